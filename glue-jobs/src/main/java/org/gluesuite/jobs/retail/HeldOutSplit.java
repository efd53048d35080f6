package org.gluesuite.jobs.retail;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The evaluation split of the curated purchases: everything before the cutoff trains, the held-out period from the
 * cutoff to the last invoice tests. The cutoff is midnight of the last invoice day minus {@code months} months (on
 * the Online Retail data: last invoice 2011-12-09 12:50, cutoff 2011-11-09 00:00).
 *
 * <p>Products are the training period's; a product first bought in the test period stays in the customer's
 * relevant set as one the model cannot recommend (a miss), so recall is not inflated. The evaluated customers
 * bought in both periods: a customer first seen in the test period has no factors, by definition.
 */
final class HeldOutSplit {
  private final Dataset<Row> train;
  private final Dataset<Row> test;
  private final String cutoff;
  private final ItemIndex items;
  private final Map<Integer, Set<Integer>> trainItems;
  private final Map<Integer, Set<Integer>> testItems;
  private final List<Integer> evaluated;
  private final long trainLines;
  private final long testLines;
  private final long unknownItemLines;
  private final String firstInvoice;
  private final String lastInvoice;

  private HeldOutSplit(Dataset<Row> lines, int months) {
    Row range = lines.selectExpr("CAST(min(invoice_date) AS STRING)", "CAST(max(invoice_date) AS STRING)",
        "CAST(add_months(to_date(max(invoice_date)), -" + months + ") AS STRING)").first();
    this.firstInvoice = range.getString(0);
    this.lastInvoice = range.getString(1);
    this.cutoff = range.getString(2);
    if (cutoff == null) {
      throw RetailErrors.notEnoughHistory("the curated table has no purchase", "(none)",
          "Land order logs with purchases by known customers, then run the clean job before training.");
    }
    String at = "to_timestamp('" + cutoff + " 00:00:00')";
    this.train = lines.where("invoice_date < " + at);
    this.test = lines.where("invoice_date >= " + at);
    this.items = ItemIndex.of(train);
    this.trainItems = items.byCustomer(train, false);
    this.testItems = items.byCustomer(test, true);
    List<Integer> both = new ArrayList<>();
    for (Integer customer : testItems.keySet()) {
      if (trainItems.containsKey(customer)) {
        both.add(customer);
      }
    }
    Collections.sort(both);
    this.evaluated = List.copyOf(both);
    this.trainLines = train.count();
    this.testLines = test.count();
    this.unknownItemLines = test.join(train.select("stock_code").distinct(),
        test.col("stock_code").equalTo(train.col("stock_code")), "left_anti").count();
    if (items.size() == 0 || evaluated.isEmpty()) {
      throw RetailErrors.notEnoughHistory(items.size() == 0
              ? "no purchase was made before the cutoff " + cutoff + " (the data covers " + firstInvoice + " .. "
                  + lastInvoice + ")"
              : "no customer bought both before and after the cutoff " + cutoff, cutoff,
          "Give more history (at least a few weeks before the held-out " + (months == 1 ? "month" : months
              + " months") + "), or hold out fewer months with --holdout_months.");
    }
  }

  static HeldOutSplit of(Dataset<Row> purchases, int months) {
    return new HeldOutSplit(purchases, months);
  }

  Dataset<Row> train() {
    return train;
  }

  Dataset<Row> test() {
    return test;
  }

  /** The cutoff day {@code yyyy-MM-dd}: training lines are before its midnight. */
  String cutoff() {
    return cutoff;
  }

  ItemIndex items() {
    return items;
  }

  Set<Integer> trainItems(int customer) {
    return trainItems.getOrDefault(customer, Set.of());
  }

  Set<Integer> testItems(int customer) {
    return testItems.getOrDefault(customer, Set.of());
  }

  /** Customers with purchases in both periods, in id order. */
  List<Integer> evaluated() {
    return evaluated;
  }

  int trainCustomers() {
    return trainItems.size();
  }

  int testCustomers() {
    return testItems.size();
  }

  long trainLines() {
    return trainLines;
  }

  long testLines() {
    return testLines;
  }

  /** Test lines of products never bought before the cutoff. */
  long unknownItemLines() {
    return unknownItemLines;
  }

  String firstInvoice() {
    return firstInvoice;
  }

  String lastInvoice() {
    return lastInvoice;
  }

  /** Distinct training customers of each product, by id: the most-popular baseline's scores. */
  double[] customersPerItem() {
    double[] counts = new double[items.size()];
    trainItems.values().forEach(set -> set.forEach(i -> counts[i]++));
    return counts;
  }

  /** Distinct customers of each product over the last {@code days} days before the cutoff. */
  double[] recentCustomersPerItem(int days) {
    double[] counts = new double[items.size()];
    Dataset<Row> recent = train.where(col("invoice_date").geq(
        org.apache.spark.sql.functions.expr("to_timestamp('" + cutoff + " 00:00:00') - INTERVAL " + days + " DAYS")));
    for (Row row : recent.groupBy("stock_code").agg(
        org.apache.spark.sql.functions.countDistinct("customer_id")).collectAsList()) {
      counts[items.id(row.getString(0))] = row.getLong(1);
    }
    return counts;
  }
}
