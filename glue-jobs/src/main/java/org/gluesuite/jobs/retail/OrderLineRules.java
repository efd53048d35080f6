package org.gluesuite.jobs.retail;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gluesuite.runtime.frame.GlueRecord;

/**
 * What the clean job does to one raw order-log record: type it (a value that cannot be typed makes the record an
 * error record, with a message naming the column and the value) and decide whether it is a purchase worth learning
 * from. A line is dropped, for the first of these reasons that applies, in this order:
 * <ol>
 *   <li>{@value #NULL_CUSTOMER}: no customer (a guest order or a stock adjustment);</li>
 *   <li>{@value #CANCELLATION}: an invoice number starting with {@code C};</li>
 *   <li>{@value #NON_POSITIVE_QUANTITY}: a quantity of zero or less;</li>
 *   <li>{@value #NON_PRODUCT}: a stock code that is not a product code: five digits and an optional one- or
 *       two-letter variant ({@code 85123A}, {@code 15056BL}). This drops postage ({@code POST}, {@code DOT}),
 *       carriage ({@code C2}), manual lines ({@code M}), discounts ({@code D}), samples ({@code S}), bank charges,
 *       Amazon fees, commissions ({@code CRUK}), gift vouchers ({@code gift_0001_10}), bad debt ({@code B}), the
 *       cushion pads line ({@code PADS}) and dotcom gift-shop lines ({@code DCGS…}).</li>
 * </ol>
 * Static and stateless: it runs inside Spark tasks.
 */
public final class OrderLineRules {
  public static final String NULL_CUSTOMER = "null_customer";
  public static final String CANCELLATION = "cancellation";
  public static final String NON_POSITIVE_QUANTITY = "non_positive_quantity";
  public static final String NON_PRODUCT = "non_product";
  /** The drop reasons in the order they are checked. */
  public static final List<String> DROP_REASONS = List.of(NULL_CUSTOMER, CANCELLATION, NON_POSITIVE_QUANTITY,
      NON_PRODUCT);
  /** A product's stock code. */
  public static final Pattern PRODUCT_CODE = Pattern.compile("[0-9]{5}[A-Za-z]{0,2}");
  /** The raw table's columns as the crawler names the header's (lower case). */
  public static final List<String> RAW_COLUMNS = List.of("invoiceno", "stockcode", "description", "quantity",
      "invoicedate", "unitprice", "customerid", "country");
  /** The field of a typed record that holds its drop reason, null for a purchase. */
  public static final String DROP_REASON = "drop_reason";

  private OrderLineRules() {
  }

  /**
   * The typed record of a raw one: {@code invoice_no, stock_code, description, quantity, invoice_date,
   * unit_price, customer_id, country}, the drop reason and the {@code year, month, day} of the invoice.
   *
   * @throws IllegalArgumentException naming the column and value that cannot be typed
   */
  public static GlueRecord typed(GlueRecord raw) {
    String invoice = text(raw, "invoiceno");
    String stockCode = text(raw, "stockcode");
    if (invoice == null || invoice.isBlank()) {
      throw new IllegalArgumentException("InvoiceNo is empty: every line belongs to an invoice");
    }
    if (stockCode == null || stockCode.isBlank()) {
      throw new IllegalArgumentException("StockCode is empty: every line names a product or a charge");
    }
    int quantity = wholeNumber(raw, "quantity", "Quantity");
    LocalDateTime time = dateTime(raw);
    double price = decimal(raw);
    Integer customer = customer(raw);
    GlueRecord out = GlueRecord.create();
    out.set("invoice_no", invoice);
    out.set("stock_code", stockCode);
    out.set("description", emptyToNull(text(raw, "description")));
    out.set("quantity", quantity);
    out.set("invoice_date", time.toInstant(ZoneOffset.UTC));
    out.set("unit_price", price);
    out.set("customer_id", customer);
    out.set("country", emptyToNull(text(raw, "country")));
    out.set(DROP_REASON, dropReason(invoice, stockCode, quantity, customer));
    out.set("year", String.format(Locale.ROOT, "%04d", time.getYear()));
    out.set("month", String.format(Locale.ROOT, "%02d", time.getMonthValue()));
    out.set("day", String.format(Locale.ROOT, "%02d", time.getDayOfMonth()));
    return out;
  }

  /** Why a line is not a purchase to learn from, or null when it is one. */
  public static String dropReason(String invoice, String stockCode, int quantity, Integer customer) {
    if (customer == null) {
      return NULL_CUSTOMER;
    }
    if (invoice.startsWith("C")) {
      return CANCELLATION;
    }
    if (quantity <= 0) {
      return NON_POSITIVE_QUANTITY;
    }
    if (!PRODUCT_CODE.matcher(stockCode).matches()) {
      return NON_PRODUCT;
    }
    return null;
  }

  private static String text(GlueRecord raw, String field) {
    Object value = raw.get(field);
    return value == null ? null : value.toString();
  }

  private static int wholeNumber(GlueRecord raw, String field, String column) {
    Object value = raw.get(field);
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    if (value instanceof String s) {
      try {
        return Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(column + (value == null ? " is empty" : " '" + value + "' is not a whole "
        + "number") + ": give the number of items on the line, e.g. 6 (negative on cancellations)");
  }

  private static LocalDateTime dateTime(GlueRecord raw) {
    Object value = raw.get("invoicedate");
    LocalDateTime time = value == null ? null : OrderLogFormat.parseDateTime(value.toString().trim());
    if (time == null) {
      throw new IllegalArgumentException("InvoiceDate " + (value == null ? "is empty" : "'" + value + "' is not a "
          + "date-time written " + OrderLogFormat.DATE_TIME_PATTERN) + ", e.g. 2010-12-01 08:26:00");
    }
    return time;
  }

  private static double decimal(GlueRecord raw) {
    Object value = raw.get("unitprice");
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException("UnitPrice " + (value == null ? "is empty" : "'" + value + "' is not a "
        + "decimal number") + ": give the price of one item, e.g. 2.55");
  }

  private static Integer customer(GlueRecord raw) {
    Object value = raw.get("customerid");
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 0
        && n.doubleValue() <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    if (value instanceof String s && s.trim().matches("\\d{1,9}")) {
      return Integer.valueOf(s.trim());
    }
    throw new IllegalArgumentException("CustomerID '" + value + "' is not a customer number: give digits "
        + "(e.g. 17850), or leave it empty for a guest order");
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
