package org.gluesuite.jobs.shipping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.GlueRecord;
import org.gluesuite.runtime.frame.Mapping;
import org.gluesuite.runtime.frame.TransformOptions;

/**
 * Step 1 of the seed (data preprocessing), on frames: the shipping logs left-joined with the product descriptions on
 * the product id, columns in snake_case with their curated types, {@code M/D/YY} order dates as dates, and the
 * seed's split by a date cutoff in a {@code split} column ({@code training} / {@code validation}).
 *
 * <p>Rows are checked one by one: a row with a missing or malformed value (a day count that is not a number, a date
 * that is not {@code M/D/YY}) becomes an error record naming the column and the value, and the other rows go on.
 * Source columns are found by name whatever their case, so the crawler's lower-cased names and the files' own
 * headers both work.
 */
public final class ShippingPreprocessing {
  /** The partition column of the curated table. */
  public static final String SPLIT = "split";
  public static final String TRAINING = "training";
  public static final String VALIDATION = "validation";
  /** The seed's {@code --training-fraction} default. */
  public static final double SEED_TRAINING_FRACTION = 0.9;
  /** The transformation contexts of the two row steps, as error records and run records name them. */
  public static final String CHECK_ROWS = "check_rows";
  public static final String ASSIGN_SPLIT = "assign_split";

  private static final String ORDER_DATE = "order_date";
  private static final List<SourceColumn> CURATED = curatedColumns();

  private ShippingPreprocessing() {
  }

  /** What {@link #preprocess} made: the curated frame (with the {@code split} column) and the split it applied. */
  public record Preprocessed(GlueFrame shipments, DateSplit split) {
  }

  /**
   * Joins, checks, types and splits. {@code logs} and {@code products} are the two files as read (any column name
   * case); {@code describedAs} names each for messages (e.g. its catalog table).
   *
   * @throws ShippingDataException when a source lacks a column, product ids repeat, or fewer than two distinct
   *     order dates remain
   */
  public static Preprocessed preprocess(GlueFrame logs, String logsName, GlueFrame products, String productsName,
      double trainingFraction) {
    checkTrainingFraction(trainingFraction);
    requireColumns(logs, logsName, ShippingSource.SHIPPING_LOGS);
    requireColumns(products, productsName, ShippingSource.PRODUCT_DESCRIPTIONS);
    String key = ShippingSource.PRODUCT_ID.toLowerCase(Locale.ROOT);
    // Cells typed differently across rows (14 and 15.6) are choices: read them as text, checked per row below.
    Dataset<Row> productRows = products.resolveChoice("cast:string").toDF();
    List<String> repeated = productRows.groupBy(key).count().where("count > 1").limit(ShippingErrors.MAX_LISTED)
        .collectAsList().stream().map(r -> String.valueOf(r.get(0))).toList();
    if (!repeated.isEmpty()) {
      throw ShippingErrors.repeatedProductIds(productsName, repeated);
    }
    // The seed's LEFT join: an order whose product has no description keeps null product columns.
    Dataset<Row> joined = logs.resolveChoice("cast:string").toDF().join(productRows, key, "left");
    GlueFrame checked = GlueFrame.fromDF(joined, "shipments")
        .map(ShippingPreprocessing::curatedRecord, TransformOptions.context(CHECK_ROWS));
    DateSplit split = dateSplit(checked.toDF(), trainingFraction);
    String cutoff = split.cutoff().toString();
    GlueFrame assigned = checked.map(r -> r.set(SPLIT,
        String.valueOf(r.get(ORDER_DATE)).compareTo(cutoff) <= 0 ? TRAINING : VALIDATION),
        TransformOptions.context(ASSIGN_SPLIT));
    return new Preprocessed(assigned.applyMapping(curatedMappings()), split);
  }

  /** The curated columns in order: the logs' columns, then the products' (but the key), then {@code split}. */
  public static List<SourceColumn> curatedColumns() {
    List<SourceColumn> columns = new ArrayList<>(ShippingSource.SHIPPING_LOGS.columns());
    ShippingSource.PRODUCT_DESCRIPTIONS.columns().stream()
        .filter(c -> !c.header().equals(ShippingSource.PRODUCT_ID)).forEach(columns::add);
    return columns;
  }

  /**
   * The seed's cutoff: walking the order dates in order with the cumulative fraction of rows, the first date whose
   * fraction reaches {@code trainingFraction} (Python's {@code bisect_left}), moved back so that at least the last
   * date is left for validation. Needs two distinct dates.
   */
  static DateSplit dateSplit(Dataset<Row> shipments, double trainingFraction) {
    List<Row> perDate = shipments.groupBy(ORDER_DATE).count().orderBy(ORDER_DATE).collectAsList();
    if (perDate.size() < 2) {
      throw ShippingErrors.tooFewDates(perDate.size());
    }
    long total = perDate.stream().mapToLong(r -> r.getLong(1)).sum();
    long cumulative = 0;
    int cut = perDate.size() - 1;
    for (int i = 0; i < perDate.size(); i++) {
      cumulative += perDate.get(i).getLong(1);
      if (cumulative / (double) total >= trainingFraction) {
        cut = i;
        break;
      }
    }
    cut = Math.min(cut, perDate.size() - 2);
    long training = 0;
    for (int i = 0; i <= cut; i++) {
      training += perDate.get(i).getLong(1);
    }
    return new DateSplit(LocalDate.parse(perDate.get(cut).getString(0)), trainingFraction, training,
        total - training, perDate.size());
  }

  /** {@code --training_fraction} as given (null: the seed's 0.9), checked. */
  public static double trainingFraction(String text) {
    if (text == null) {
      return SEED_TRAINING_FRACTION;
    }
    try {
      double fraction = Double.parseDouble(text.trim());
      checkTrainingFraction(fraction);
      return fraction;
    } catch (NumberFormatException e) {
      throw ShippingErrors.invalidArgument("training_fraction", text, "it must be a number between 0 and 1, "
          + "e.g. 0.9 (the seed's default)");
    }
  }

  static void checkTrainingFraction(double fraction) {
    if (!(fraction > 0 && fraction < 1)) {
      throw ShippingErrors.invalidArgument("training_fraction", String.valueOf(fraction),
          "it must be between 0 and 1, both excluded (the seed's default is 0.9)");
    }
  }

  private static void requireColumns(GlueFrame frame, String name, ShippingSource source) {
    List<String> present = frame.schema().fields().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    List<String> missing = source.columns().stream().filter(c -> !present.contains(c.crawledName()))
        .map(SourceColumn::header).toList();
    if (!missing.isEmpty()) {
      throw ShippingErrors.missingSourceColumns(name, source, missing,
          frame.schema().fields().stream().map(f -> f.name()).toList());
    }
  }

  /**
   * One joined row checked and renamed: the logs' columns must all hold valid values; the products' may be null (no
   * description for the product) but, when present, must be valid.
   */
  private static GlueRecord curatedRecord(GlueRecord in) {
    Map<String, String> names = new HashMap<>();
    in.fieldNames().forEach(n -> names.put(n.toLowerCase(Locale.ROOT), n));
    GlueRecord out = GlueRecord.create();
    for (SourceColumn column : CURATED) {
      boolean fromLogs = ShippingSource.SHIPPING_LOGS.columns().contains(column);
      Object value = in.get(names.get(column.crawledName()));
      if (value == null && !fromLogs) {
        out.set(column.curatedName(), null);
        continue;
      }
      try {
        out.set(column.curatedName(), column.kind().normalize(value == null ? null : String.valueOf(value)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + column.header() + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static List<Mapping> curatedMappings() {
    List<Mapping> mappings = new ArrayList<>();
    for (SourceColumn column : curatedColumns()) {
      mappings.add(Mapping.of(column.curatedName(), "string", column.curatedName(), column.curatedType()));
    }
    mappings.add(Mapping.of(SPLIT, "string", SPLIT, "string"));
    return mappings;
  }
}
