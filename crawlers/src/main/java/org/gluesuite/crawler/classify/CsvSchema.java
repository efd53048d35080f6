package org.gluesuite.crawler.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;
import org.gluesuite.crawler.schema.ValueTypes;

/** Column types, Glue's header rule and the resulting classification of parsed CSV rows. */
final class CsvSchema {
  static final int MAX_HEADER_CELL = 150;
  static final String LAZY_SIMPLE = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe";
  static final String OPEN_CSV = "org.apache.hadoop.hive.serde2.OpenCSVSerde";

  private CsvSchema() {
  }

  /**
   * Glue's header rule: every cell of the first row is a non-empty string, every cell but the last is
   * under 150 characters, and some later row has a value that is not a string. Columns a trailing delimiter
   * adds ({@link #trailingDelimiterColumns}) are left out: Glue lets the last column be empty throughout the file.
   */
  static boolean headerDetected(List<List<String>> rows) {
    int columns = rows.get(0).size() - trailingDelimiterColumns(rows);
    List<String> first = rows.get(0).subList(0, columns);
    for (int i = 0; i < first.size(); i++) {
      String cell = first.get(i);
      if (cell.isEmpty() || !ValueTypes.of(cell).equals(PrimitiveType.STRING)) {
        return false;
      }
      if (i < first.size() - 1 && cell.length() >= MAX_HEADER_CELL) {
        return false;
      }
    }
    for (List<String> row : rows.subList(1, rows.size())) {
      for (String cell : row.subList(0, Math.min(columns, row.size()))) {
        GlueType type = ValueTypes.of(cell);
        if (!type.equals(PrimitiveType.STRING) && !type.equals(PrimitiveType.NULL)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How many columns at the end are empty in every row, the first included: what a delimiter ending every line
   * adds ({@code a;b;} or, as some exports write, {@code a;b;;}). They hold no data and name no column, so they
   * are not columns of the table; at least two columns are always kept (a CSV table has two or more).
   */
  static int trailingDelimiterColumns(List<List<String>> rows) {
    int width = rows.get(0).size();
    int trailing = 0;
    while (trailing < width - 2 && emptyThroughout(rows, width - 1 - trailing)) {
      trailing++;
    }
    return trailing;
  }

  private static boolean emptyThroughout(List<List<String>> rows, int column) {
    return rows.stream().allMatch(row -> column < row.size() && row.get(column).isEmpty());
  }

  static List<GlueType> columnTypes(List<List<String>> data, int columns) {
    List<GlueType> types = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      GlueType t = PrimitiveType.NULL;
      for (List<String> row : data) {
        if (c < row.size()) {
          t = TypeMerger.CATALOG.merge(t, ValueTypes.of(row.get(c)));
        }
      }
      types.add(t.equals(PrimitiveType.NULL) ? PrimitiveType.STRING : t);
    }
    return types;
  }

  static List<String> columnNames(List<String> header, int columns) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < columns; c++) {
      String base = header == null || c >= header.size() || header.get(c).isBlank() ? "col" + c
          : header.get(c).trim().toLowerCase(Locale.ROOT);
      String name = base;
      for (int k = 1; !seen.add(name); k++) {
        name = base + "_" + k;
      }
      names.add(name);
    }
    return names;
  }

  static Classification classification(String classifier, double certainty, List<List<String>> rows,
      boolean header, List<String> explicitHeader, char delimiter, char quote, boolean quoted, FileSample sample,
      List<String> warnings) {
    int columns = rows.get(0).size() - (explicitHeader.isEmpty() ? trailingDelimiterColumns(rows) : 0);
    List<List<String>> data = header ? rows.subList(1, rows.size()) : rows;
    List<String> names = columnNames(!explicitHeader.isEmpty() ? explicitHeader : header ? rows.get(0) : null, columns);
    List<GlueType> types = columnTypes(data, columns);
    List<Field> fields = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      fields.add(new Field(names.get(c), types.get(c)));
    }
    String delim = String.valueOf(delimiter);
    StorageLayout layout = quoted
        ? StorageLayout.text(OPEN_CSV, Map.of("separatorChar", delim, "quoteChar", String.valueOf(quote),
            "escapeChar", "\\"))
        : StorageLayout.text(LAZY_SIMPLE, Map.of("field.delim", delim));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("delimiter", delim);
    parameters.put("columnsOrdered", "true");
    parameters.put("areColumnsQuoted", String.valueOf(quoted));
    if (header) {
      parameters.put("skip.header.line.count", "1");
    }
    long records = RecordCounts.estimate(data.size(), sample);
    return new Classification("csv", certainty, fields, layout, parameters, records, classifier, warnings);
  }
}
