package org.gluesuite.runtime.frame;

import java.util.List;

/**
 * Glue's CSV format options.
 *
 * @param separator the field separator, {@code ','} by default
 * @param quoteChar the quote character, {@code '"'} by default; a doubled quote inside quotes is a literal quote
 * @param escaper a character that makes the next character literal, or {@code null} for none (the default)
 * @param withHeader the first line of each file names the columns; otherwise columns are {@code col0, col1, ...}.
 *     Empty cells past the last named column (a delimiter ending every line) add no column.
 * @param skipFirst skip the first data line of each file (after the header, if any)
 * @param multiLine a quoted field may contain line breaks
 * @param columnNames names of the columns by position when the file has no header (a catalog table's columns),
 *     as a header would; empty (the default) names them {@code col0, col1, ...}. Not one of Glue's options.
 */
public record CsvReadOptions(char separator, char quoteChar, Character escaper, boolean withHeader,
    boolean skipFirst, boolean multiLine, List<String> columnNames) implements java.io.Serializable {
  public static final CsvReadOptions DEFAULT = new CsvReadOptions(',', '"', null, false, false, false,
      List.of());

  public CsvReadOptions {
    columnNames = List.copyOf(columnNames);
  }

  public CsvReadOptions withSeparator(char value) {
    return new CsvReadOptions(value, quoteChar, escaper, withHeader, skipFirst, multiLine, columnNames);
  }

  public CsvReadOptions withQuoteChar(char value) {
    return new CsvReadOptions(separator, value, escaper, withHeader, skipFirst, multiLine, columnNames);
  }

  public CsvReadOptions withEscaper(Character value) {
    return new CsvReadOptions(separator, quoteChar, value, withHeader, skipFirst, multiLine, columnNames);
  }

  public CsvReadOptions withHeader(boolean value) {
    return new CsvReadOptions(separator, quoteChar, escaper, value, skipFirst, multiLine, columnNames);
  }

  public CsvReadOptions withSkipFirst(boolean value) {
    return new CsvReadOptions(separator, quoteChar, escaper, withHeader, value, multiLine, columnNames);
  }

  public CsvReadOptions withMultiLine(boolean value) {
    return new CsvReadOptions(separator, quoteChar, escaper, withHeader, skipFirst, value, columnNames);
  }

  public CsvReadOptions withColumnNames(List<String> names) {
    return new CsvReadOptions(separator, quoteChar, escaper, withHeader, skipFirst, multiLine, names);
  }
}
