package org.gluesuite.crawler.classify;

import java.util.List;
import java.util.Optional;

/**
 * The built-in CSV classifier: detects the delimiter among {@code , | \t ;} and {@code \u0001}, needs at
 * least 2 columns and 2 rows with the same number of fields, applies Glue's header rule, and infers
 * boolean, bigint, double, date, timestamp or string per column from the first 1,000 rows or 1 MB.
 */
public final class CsvClassifier implements FileClassifier {
  public static final char[] DELIMITERS = {',', '|', '\t', ';', '\u0001'};
  static final int MAX_ROWS = 1000;

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public Optional<Classification> classify(FileSample sample) throws SkippedFileException {
    String text = sample.text(FileSample.MB);
    CsvText.Rows best = null;
    char bestDelimiter = 0;
    int bestColumns = 1;
    boolean bestConsistent = false;
    for (char delimiter : DELIMITERS) {
      CsvText.Rows rows = CsvText.parse(text, delimiter, '"', MAX_ROWS + 1);
      if (rows.rows().size() < 2) {
        continue;
      }
      int columns = modalWidth(rows.rows());
      boolean consistent = rows.rows().stream().allMatch(r -> r.size() == columns);
      // A delimiter that splits every row alike beats one that does not; then more columns win.
      boolean better = columns >= 2 && (best == null || (consistent && !bestConsistent)
          || (consistent == bestConsistent && columns > bestColumns));
      if (better) {
        best = rows;
        bestDelimiter = delimiter;
        bestColumns = columns;
        bestConsistent = consistent;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    List<List<String>> rows = best.rows();
    int consistent = 0;
    int firstRagged = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() == bestColumns) {
        consistent++;
      } else if (firstRagged < 0) {
        firstRagged = i;
      }
    }
    if (firstRagged >= 0) {
      if (consistent * 10 >= rows.size() * 8) {
        throw new SkippedFileException(String.format(
            "ragged CSV: row %d has %d fields where the others have %d (delimiter '%s')", firstRagged + 1,
            rows.get(firstRagged).size(), bestColumns, printable(bestDelimiter)));
      }
      return Optional.empty();
    }
    boolean header = CsvSchema.headerDetected(rows);
    return Optional.of(CsvSchema.classification(name(), 1.0, rows, header, List.of(), bestDelimiter, '"',
        best.quoted(), sample, List.of()));
  }

  static int modalWidth(List<List<String>> rows) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    rows.forEach(r -> counts.merge(r.size(), 1, Integer::sum));
    return counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
        .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).orElse(0);
  }

  static String printable(char c) {
    return switch (c) {
      case '\t' -> "\\t";
      case '\u0001' -> "\\u0001";
      default -> String.valueOf(c);
    };
  }
}
