package org.gluesuite.jobs.retail;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The landed order-log format: CSV files under {@code raw/orders/yyyy/mm/dd/hh/}, one folder per invoice hour,
 * each file with the UCI Online Retail header. Quoting follows RFC 4180 (a quote inside a quoted field is
 * doubled) and is the same in every file: the text columns (invoice, stock code, description, date, country) are
 * always quoted, the numbers never, and an empty description or country is an empty unquoted field. One quoting
 * for every file gives the crawler one format, hence one table, and keeps codes such as {@code 01234} text for
 * the record reader, which types unquoted cells.
 *
 * <p>Invoice times are UK wall-clock times as written: folders follow the clock, never a time zone, so the BST
 * changes of 27 March and 30 October move nothing.
 */
public final class OrderLogFormat {
  /** The columns, in the order they are written. */
  public static final List<String> COLUMNS = List.of("InvoiceNo", "StockCode", "Description", "Quantity",
      "InvoiceDate", "UnitPrice", "CustomerID", "Country");
  /** The folder of the order logs under a pipeline root. */
  public static final String ORDERS_FOLDER = "raw/orders";
  public static final String DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";
  // STRICT with uuuu: 2011-02-30 is an error, not 2011-02-28
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter READ_SECONDS = WRITE;
  private static final DateTimeFormatter READ_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private OrderLogFormat() {
  }

  /** The header line (no line break). */
  public static String header() {
    return String.join(",", COLUMNS);
  }

  /** One line in the landed format (no line break). */
  public static String line(OrderLine line) {
    StringBuilder out = new StringBuilder(96);
    quoted(out, line.invoiceNo()).append(',');
    quoted(out, line.stockCode()).append(',');
    if (line.description() != null) {
      quoted(out, line.description());
    }
    out.append(',').append(line.quantity()).append(',');
    quoted(out, WRITE.format(line.invoiceDate())).append(',');
    out.append(line.unitPrice().toPlainString()).append(',');
    if (line.customerId() != null) {
      out.append(line.customerId());
    }
    out.append(',');
    if (line.country() != null) {
      quoted(out, line.country());
    }
    return out.toString();
  }

  /** The folder of an invoice hour relative to the orders folder: {@code yyyy/mm/dd/hh}. */
  public static String hourFolder(LocalDateTime time) {
    return String.format(Locale.ROOT, "%04d/%02d/%02d/%02d", time.getYear(), time.getMonthValue(),
        time.getDayOfMonth(), time.getHour());
  }

  /**
   * An invoice time written {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-dd HH:mm}; {@code null} when it is
   * neither (or not a real date-time).
   */
  public static LocalDateTime parseDateTime(String text) {
    if (text == null) {
      return null;
    }
    DateTimeFormatter format = text.length() == 19 ? READ_SECONDS : text.length() == 16 ? READ_MINUTES : null;
    if (format == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static StringBuilder quoted(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    return out.append('"');
  }
}
