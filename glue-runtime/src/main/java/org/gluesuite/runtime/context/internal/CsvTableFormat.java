package org.gluesuite.runtime.context.internal;

import java.util.Map;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.context.ContextErrors;

/**
 * How a CSV table's files are laid out, resolved once from its SerDe parameters ({@code separatorChar},
 * {@code quoteChar}, {@code escapeChar} of OpenCSVSerde; {@code field.delim} of LazySimpleSerDe) and table
 * parameters ({@code delimiter}, {@code skip.header.line.count}), in that order of precedence, as Athena
 * and Glue read them. {@code doubledQuotes}: the SerDe is OpenCSVSerde, which reads a quote doubled inside a
 * quoted field as one quote (RFC 4180), whatever its {@code escapeChar}.
 */
public record CsvTableFormat(char separator, char quote, Character escape, boolean header, boolean doubledQuotes) {
  static final String OPEN_CSV_SERDE = "org.apache.hadoop.hive.serde2.OpenCSVSerde";

  public static CsvTableFormat of(Table table) {
    Map<String, String> serde = table.storageDescriptor() == null || table.storageDescriptor().serdeInfo() == null
        ? Map.of() : table.storageDescriptor().serdeInfo().parameters();
    String separator = serde.getOrDefault("separatorChar", serde.getOrDefault("field.delim",
        table.parameters().getOrDefault("delimiter", ",")));
    String quote = serde.getOrDefault("quoteChar", "\"");
    String escape = serde.get("escapeChar");
    boolean header = "1".equals(table.parameters().get("skip.header.line.count"));
    boolean openCsv = table.storageDescriptor() != null && table.storageDescriptor().serdeInfo() != null
        && OPEN_CSV_SERDE.equals(table.storageDescriptor().serdeInfo().serializationLibrary());
    return new CsvTableFormat(single(table, "separator", separator), single(table, "quote", quote),
        escape == null || escape.isEmpty() ? null : single(table, "escape", escape), header, openCsv);
  }

  private static char single(Table table, String what, String value) {
    String unescaped = "\\t".equals(value) ? "\t" : value;
    if (unescaped == null || unescaped.length() != 1) {
      throw ContextErrors.csvCharacterNotSingle(table, what, value);
    }
    return unescaped.charAt(0);
  }
}
