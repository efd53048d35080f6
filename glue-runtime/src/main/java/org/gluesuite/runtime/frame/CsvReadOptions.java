package org.gluesuite.runtime.frame;

/**
 * Glue's CSV format options.
 *
 * @param separator the field separator, {@code ','} by default
 * @param quoteChar the quote character, {@code '"'} by default; a doubled quote inside quotes is a literal quote
 * @param escaper a character that makes the next character literal, or {@code null} for none (the default)
 * @param withHeader the first line of each file names the columns; otherwise columns are {@code col0, col1, ...}
 * @param skipFirst skip the first data line of each file (after the header, if any)
 * @param multiLine a quoted field may contain line breaks
 */
public record CsvReadOptions(char separator, char quoteChar, Character escaper, boolean withHeader,
    boolean skipFirst, boolean multiLine) implements java.io.Serializable {
  public static final CsvReadOptions DEFAULT = new CsvReadOptions(',', '"', null, false, false, false);

  public CsvReadOptions withSeparator(char value) {
    return new CsvReadOptions(value, quoteChar, escaper, withHeader, skipFirst, multiLine);
  }

  public CsvReadOptions withQuoteChar(char value) {
    return new CsvReadOptions(separator, value, escaper, withHeader, skipFirst, multiLine);
  }

  public CsvReadOptions withEscaper(Character value) {
    return new CsvReadOptions(separator, quoteChar, value, withHeader, skipFirst, multiLine);
  }

  public CsvReadOptions withHeader(boolean value) {
    return new CsvReadOptions(separator, quoteChar, escaper, value, skipFirst, multiLine);
  }

  public CsvReadOptions withSkipFirst(boolean value) {
    return new CsvReadOptions(separator, quoteChar, escaper, withHeader, value, multiLine);
  }

  public CsvReadOptions withMultiLine(boolean value) {
    return new CsvReadOptions(separator, quoteChar, escaper, withHeader, skipFirst, value);
  }
}
