package org.gluesuite.jobs.retail;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The two recommendation tables of a fitted model, one row per recommendation:
 * {@code customer_recommendations (customer_id, rank, stock_code, description, score)}, the top 10 products for
 * every customer the model knows, and {@code item_recommendations (stock_code, description, rank, customer_id,
 * score)}, the 10 customers each product is most recommended to (ALS's recommendations for items). Rank 1 is the
 * best; the score is the model's preference (a dot product of factors, comparable within one model only).
 */
final class RecommendationTables {
  static final StructType CUSTOMER_SCHEMA = new StructType()
      .add("customer_id", DataTypes.IntegerType, false).add("rank", DataTypes.IntegerType, false)
      .add("stock_code", DataTypes.StringType, false).add("description", DataTypes.StringType, true)
      .add("score", DataTypes.DoubleType, false);
  static final StructType ITEM_SCHEMA = new StructType()
      .add("stock_code", DataTypes.StringType, false).add("description", DataTypes.StringType, true)
      .add("rank", DataTypes.IntegerType, false).add("customer_id", DataTypes.IntegerType, false)
      .add("score", DataTypes.DoubleType, false);

  private RecommendationTables() {
  }

  /** Top products per customer; with {@code excludeBought}, never a product in the customer's {@code bought}. */
  static Dataset<Row> forCustomers(SparkSession spark, ImplicitAls.Factors model, Map<Integer, Set<Integer>> bought,
      boolean excludeBought, Map<String, String> descriptions) {
    int k = RecommenderSettings.TOP_K;
    List<Row> rows = new ArrayList<>();
    for (int customer : customerIds(model)) {
      Set<Integer> skip = excludeBought ? bought.getOrDefault(customer, Set.of()) : Set.of();
      double[] scores = model.scoresOf(customer);
      int[] top = TopK.of(scores, k, skip::contains);
      for (int r = 0; r < top.length; r++) {
        String code = model.index().code(top[r]);
        rows.add(RowFactory.create(customer, r + 1, code, descriptions.get(code), scores[top[r]]));
      }
    }
    return spark.createDataFrame(rows, CUSTOMER_SCHEMA);
  }

  /** The customers each product is most recommended to. */
  static Dataset<Row> forItems(SparkSession spark, ImplicitAls.Factors model, Map<String, String> descriptions) {
    int k = RecommenderSettings.TOP_K;
    int[] customers = customerIds(model);
    List<Row> rows = new ArrayList<>();
    for (int item = 0; item < model.index().size(); item++) {
      double[] scores = model.scoresFor(item, customers);
      int[] top = TopK.of(scores, k, i -> false);
      String code = model.index().code(item);
      for (int r = 0; r < top.length; r++) {
        rows.add(RowFactory.create(code, descriptions.get(code), r + 1, customers[top[r]], scores[top[r]]));
      }
    }
    return spark.createDataFrame(rows, ITEM_SCHEMA);
  }

  /** Each product's most frequent description (ties: the first in text order). */
  static Map<String, String> descriptions(Dataset<Row> lines) {
    Map<String, String> out = new HashMap<>();
    Dataset<Row> counted = lines.where(col("description").isNotNull()).groupBy("stock_code", "description").count()
        .withColumn("pick", org.apache.spark.sql.functions.row_number().over(Window.partitionBy("stock_code")
            .orderBy(col("count").desc(), col("description"))))
        .where(col("pick").equalTo(1));
    for (Row row : counted.select("stock_code", "description").collectAsList()) {
      out.put(row.getString(0), row.getString(1));
    }
    return out;
  }

  private static int[] customerIds(ImplicitAls.Factors model) {
    return model.customers().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
