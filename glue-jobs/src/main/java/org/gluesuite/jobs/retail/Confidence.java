package org.gluesuite.jobs.retail;

import java.util.Locale;

/**
 * How a customer's purchases of a product become the confidence of implicit-feedback ALS (one value per customer
 * and product over the training lines). Counting invoices (how often the customer came back for the product),
 * damped by a logarithm, works best on the Online Retail data; raw quantities let a few bulk buyers' thousands
 * swamp everyone else.
 */
public enum Confidence {
  /** {@code ln(1 + distinct invoices)}: the default. */
  INVOICES_LOG("ln(1 + count(DISTINCT invoice_no))"),
  /** Distinct invoices. */
  INVOICES("count(DISTINCT invoice_no)"),
  /** {@code ln(1 + total quantity)}. */
  QUANTITY_LOG("ln(1 + sum(quantity))"),
  /** Total quantity. */
  QUANTITY("sum(quantity)"),
  /** 1 for every product the customer bought. */
  BINARY("1.0");

  private final String aggregate;

  Confidence(String aggregate) {
    this.aggregate = aggregate;
  }

  /** The Spark SQL aggregate over one customer's lines of one product. */
  public String aggregate() {
    return aggregate;
  }

  /** The argument's spelling: {@code invoices_log}. */
  public String argument() {
    return name().toLowerCase(Locale.ROOT);
  }
}
