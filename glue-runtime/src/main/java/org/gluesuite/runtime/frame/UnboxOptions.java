package org.gluesuite.runtime.frame;

import java.util.List;
import org.gluesuite.common.Immutable;

/**
 * How unbox parses a string field: {@code json} (an object), or {@code csv} with the CSV options' separator,
 * quoteChar and escaper. CSV values become a struct with fields {@code columnNames}, or {@code col0, col1, ...}.
 */
public record UnboxOptions(String format, CsvReadOptions csv, List<String> columnNames) implements java.io.Serializable {
  public UnboxOptions {
    if (!format.equals("json") && !format.equals("csv")) {
      throw FrameErrors.invalidOption("format", format, "unbox parses json or csv");
    }
    columnNames = Immutable.list(columnNames);
  }

  public static UnboxOptions json() {
    return new UnboxOptions("json", CsvReadOptions.DEFAULT, List.of());
  }

  public static UnboxOptions csv(char separator) {
    return new UnboxOptions("csv", CsvReadOptions.DEFAULT.withSeparator(separator), List.of());
  }

  public UnboxOptions withColumnNames(List<String> names) {
    return new UnboxOptions(format, csv, names);
  }
}
