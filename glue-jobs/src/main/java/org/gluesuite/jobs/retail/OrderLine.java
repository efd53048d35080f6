package org.gluesuite.jobs.retail;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of an order log in the UCI Online Retail schema, as landed: an invoice line with its time as
 * UK wall-clock time (no time zone). Values are kept as given; the clean job decides which lines count.
 *
 * @param invoiceNo six digits, or {@code C} and six digits for a cancellation
 * @param stockCode the product code (five digits and an optional letter variant), or a non-product code
 *     such as {@code POST}
 * @param description the product name, or {@code null} when the file leaves it empty
 * @param quantity items on the line; negative on cancellations and stock adjustments
 * @param invoiceDate the invoice time, to the minute or second
 * @param unitPrice the price per item in pounds sterling, exactly as written ({@code 2.10} keeps its zero)
 * @param customerId the customer, or {@code null} for a guest order
 * @param country the customer's country, or {@code null} when empty
 */
public record OrderLine(String invoiceNo, String stockCode, String description, int quantity,
    LocalDateTime invoiceDate, BigDecimal unitPrice, Integer customerId, String country) {

  public OrderLine {
    Objects.requireNonNull(invoiceNo, "invoiceNo");
    Objects.requireNonNull(stockCode, "stockCode");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(unitPrice, "unitPrice");
  }
}
