package org.gluesuite.jobs.retail;

import static org.apache.spark.sql.functions.expr;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.frame.GlueRecord;

/**
 * What the clean job does to the raw order-log lines: check that each can be typed ({@link #check}: a line that
 * cannot is an error record naming the column and value), type them ({@link #typed}) and decide which are purchases
 * worth learning from. A line is dropped for the first of these reasons that applies, in this order:
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
  /** The column of {@link #typed} rows that holds the drop reason, null for a purchase. */
  public static final String DROP_REASON = "drop_reason";
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");
  private static final Pattern CUSTOMER = Pattern.compile("\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private OrderLineRules() {
  }

  /**
   * Accepts a raw record whose values {@link #typed} can type; otherwise throws, naming the column, the value and
   * what it should be (the frame's {@code filter} keeps it as an error record with that message).
   */
  public static boolean check(GlueRecord raw) {
    if (blank(raw.get("invoiceno"))) {
      throw new IllegalArgumentException("InvoiceNo is empty: every line belongs to an invoice");
    }
    if (blank(raw.get("stockcode"))) {
      throw new IllegalArgumentException("StockCode is empty: every line names a product or a charge");
    }
    Object quantity = raw.get("quantity");
    if (!wholeNumber(quantity, Integer.MIN_VALUE) && !matches(WHOLE, quantity)) {
      throw new IllegalArgumentException("Quantity " + shown(quantity) + " is not a whole number: give the number "
          + "of items on the line, e.g. 6 (negative on cancellations)");
    }
    Object time = raw.get("invoicedate");
    if (time == null || OrderLogFormat.parseDateTime(time.toString().trim()) == null) {
      throw new IllegalArgumentException("InvoiceDate " + shown(time) + " is not a date-time written "
          + OrderLogFormat.DATE_TIME_PATTERN + ", e.g. 2010-12-01 08:26:00");
    }
    Object price = raw.get("unitprice");
    if (!(price instanceof Number) && !matches(DECIMAL, price)) {
      throw new IllegalArgumentException("UnitPrice " + shown(price) + " is not a decimal number: give the price "
          + "of one item, e.g. 2.55");
    }
    Object customer = raw.get("customerid");
    if (!blank(customer) && !wholeNumber(customer, 0) && !matches(CUSTOMER, customer)) {
      throw new IllegalArgumentException("CustomerID " + shown(customer) + " is not a customer number: give digits "
          + "(e.g. 17850), or leave it empty for a guest order");
    }
    return true;
  }

  /**
   * Typed order lines of checked raw rows whose columns are all strings: {@code invoice_no, stock_code,
   * description, quantity (int), invoice_date (timestamp: the wall-clock time read in the session's time zone, UTC
   * on Glue and here), unit_price (double), customer_id (int), country}, the {@value #DROP_REASON} and the invoice's
   * {@code year, month, day} (from the text, so no time zone moves a line to another day).
   */
  public static Dataset<Row> typed(Dataset<Row> checked) {
    Column time = expr("trim(invoicedate)");
    // check() let through only values these expressions type: none of them gives null for a non-empty value
    return checked.select(
        expr("invoiceno").as("invoice_no"),
        expr("stockcode").as("stock_code"),
        expr("nullif(description, '')").as("description"),
        expr("CAST(CAST(trim(quantity) AS DOUBLE) AS INT)").as("quantity"),
        expr("coalesce(to_timestamp(trim(invoicedate), 'yyyy-MM-dd HH:mm:ss'), "
            + "to_timestamp(trim(invoicedate), 'yyyy-MM-dd HH:mm'))").as("invoice_date"),
        expr("CAST(trim(unitprice) AS DOUBLE)").as("unit_price"),
        expr("CAST(CAST(nullif(trim(customerid), '') AS DOUBLE) AS INT)").as("customer_id"),
        expr("nullif(country, '')").as("country"),
        time.substr(1, 4).as("year"), time.substr(6, 2).as("month"), time.substr(9, 2).as("day"))
        .withColumn(DROP_REASON, expr("CASE WHEN customer_id IS NULL THEN '" + NULL_CUSTOMER + "'"
            + " WHEN invoice_no LIKE 'C%' THEN '" + CANCELLATION + "'"
            + " WHEN quantity <= 0 THEN '" + NON_POSITIVE_QUANTITY + "'"
            + " WHEN NOT stock_code RLIKE '^" + PRODUCT_CODE.pattern() + "$' THEN '" + NON_PRODUCT + "' END"));
  }

  /** A number with no fraction between {@code min} and the largest int (a reader types unquoted cells). */
  private static boolean wholeNumber(Object value, long min) {
    return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= min
        && n.doubleValue() <= Integer.MAX_VALUE;
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static boolean matches(Pattern pattern, Object value) {
    return value != null && pattern.matcher(value.toString().trim()).matches();
  }

  private static String shown(Object value) {
    return value == null ? "(empty)" : "'" + value + "'";
  }
}
