package org.gluesuite.jobs.shipping;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.Imputer;
import org.apache.spark.ml.feature.OneHotEncoder;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.StringIndexerModel;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

/**
 * Steps 2 and 3 of the seed (feature engineering): a Spark ML {@link Pipeline} fitted on the training rows and saved,
 * then loaded as it is for the validation rows. Its stages, in the seed's order and with the seed's column names:
 *
 * <ol>
 *   <li>category reduction of {@code carrier} and {@code shipping_origin} ({@link CategoryReduction}, SQL stages);</li>
 *   <li>{@code StringIndexer} of the reduced carrier and origin and of {@code shipping_priority}, then
 *       {@code OneHotEncoder} ({@code *_indexed_ohe}); unlike the seed with {@code handleInvalid=keep}, so a value
 *       the training rows never had (a new carrier) is the extra "unknown" index, encoded as all zeros, instead of
 *       failing the validation pass;</li>
 *   <li>{@code StringIndexer} of {@code in_bulk_order} ({@code in_bulk_order_indexed}: a 0/1 number);</li>
 *   <li>the Euclidean distance {@code sqrt(x² + y²)} of the shipping distances ({@code euclidean_distance});</li>
 *   <li>product features, which the seed joins but drops: brand and model one-hot encoded like the others, screen
 *       size and package weight with nulls (orders whose product has no description) imputed by the training
 *       median ({@code *_imputed});</li>
 *   <li>the seed's column keeper: the features, {@code expected_shipping_days}, the label
 *       {@code actual_shipping_days}, and the identifying {@code order_id} and {@code order_date}.</li>
 * </ol>
 *
 * <p>{@link #transform} stores the one-hot vectors as {@code array<double>} so the features are an ordinary catalog
 * table (Glue and Athena have no vector type); {@link #withVectors} turns them back for training.
 */
public final class ShippingFeatures {
  public static final String LABEL = "actual_shipping_days";
  public static final String EXPECTED = "expected_shipping_days";
  public static final String ORDER_ID = "order_id";
  public static final String ORDER_DATE = "order_date";
  /** The product feature columns (left out of the model unless the training job asks for them). */
  public static final List<String> PRODUCT_FEATURES = List.of("computer_brand_indexed_ohe",
      "computer_model_indexed_ohe", "screen_size_imputed", "package_weight_imputed");

  private static final String INDEXED = "_indexed";
  private static final String OHE = "_ohe";

  private ShippingFeatures() {
  }

  /** The unfitted pipeline for these category reductions. */
  public static Pipeline pipeline(CategoryReduction carriers, CategoryReduction origins) {
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(new SQLTransformer().setStatement(carriers.statement()));
    stages.add(new SQLTransformer().setStatement(origins.statement()));
    String[] categorical = {carriers.outputColumn(), origins.outputColumn(), "shipping_priority",
        "computer_brand", "computer_model"};
    String[] indexed = suffixed(categorical, INDEXED);
    stages.add(new StringIndexer().setInputCols(categorical).setOutputCols(indexed).setHandleInvalid("keep"));
    stages.add(new OneHotEncoder().setInputCols(indexed).setOutputCols(suffixed(indexed, OHE)));
    stages.add(new StringIndexer().setInputCol("in_bulk_order").setOutputCol("in_bulk_order" + INDEXED)
        .setHandleInvalid("keep"));
    stages.add(new SQLTransformer().setStatement("SELECT *, sqrt(pow(x_shipping_distance, 2) + "
        + "pow(y_shipping_distance, 2)) AS euclidean_distance FROM __THIS__"));
    stages.add(new Imputer().setStrategy("median").setInputCols(new String[] {"screen_size", "package_weight"})
        .setOutputCols(new String[] {"screen_size_imputed", "package_weight_imputed"}));
    List<String> keep = new ArrayList<>(List.of(ORDER_ID, ORDER_DATE));
    for (String column : suffixed(indexed, OHE)) {
      keep.add(column);
    }
    keep.addAll(List.of("in_bulk_order" + INDEXED, "euclidean_distance", "screen_size_imputed",
        "package_weight_imputed", EXPECTED, LABEL));
    stages.add(new SQLTransformer().setStatement("SELECT " + String.join(", ", keep) + " FROM __THIS__"));
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  /** The fitted pipeline's features of {@code shipments}, vectors as {@code array<double>}. */
  public static Dataset<Row> transform(PipelineModel model, Dataset<Row> shipments) {
    Dataset<Row> features = model.transform(shipments);
    List<Column> columns = new ArrayList<>();
    for (StructField field : features.schema().fields()) {
      columns.add(field.name().endsWith(OHE)
          ? functions.vector_to_array(col(field.name()), "float64").as(field.name()) : col(field.name()));
    }
    return features.select(columns.toArray(new Column[0]));
  }

  /** {@link #transform}'s output with its {@code array<double>} columns turned back into ML vectors. */
  public static Dataset<Row> withVectors(Dataset<Row> features) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : features.schema().fields()) {
      columns.add(field.dataType() instanceof ArrayType
          ? functions.array_to_vector(col(field.name())).as(field.name()) : col(field.name()));
    }
    return features.select(columns.toArray(new Column[0]));
  }

  /**
   * The categories behind each one-hot column of a fitted pipeline, slot by slot: {@code carrier_reduced_indexed_ohe}
   * → {@code [MicroCarrier, BigBird, …]}. With {@code handleInvalid=keep} and the encoder's {@code dropLast}, the
   * slots are exactly the indexer's labels (the dropped last category is the unknown one).
   */
  public static Map<String, List<String>> oneHotSlots(PipelineModel model) {
    Map<String, List<String>> slots = new LinkedHashMap<>();
    for (Transformer stage : model.stages()) {
      if (stage instanceof StringIndexerModel indexer) {
        String[] outputs = indexer.isSet(indexer.outputCols()) ? indexer.getOutputCols()
            : new String[] {indexer.getOutputCol()};
        for (int i = 0; i < outputs.length; i++) {
          slots.put(outputs[i] + OHE, List.of(indexer.labelsArray()[i]));
        }
      }
    }
    return slots;
  }

  /** The values the training rows had for each categorical input column (the indexers' labels). */
  public static Map<String, List<String>> categories(PipelineModel model) {
    Map<String, List<String>> categories = new LinkedHashMap<>();
    for (Transformer stage : model.stages()) {
      if (stage instanceof StringIndexerModel indexer) {
        String[] inputs = indexer.isSet(indexer.inputCols()) ? indexer.getInputCols()
            : new String[] {indexer.getInputCol()};
        for (int i = 0; i < inputs.length; i++) {
          categories.put(inputs[i], List.of(indexer.labelsArray()[i]));
        }
      }
    }
    return categories;
  }

  private static String[] suffixed(String[] columns, String suffix) {
    String[] result = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      result[i] = columns[i] + suffix;
    }
    return result;
  }
}
