package org.gluesuite.jobs.retail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Dense ids {@code 0..n-1} for stock codes, in code order: ALS needs int item ids, and the same code always gets
 * the same id within one index.
 */
final class ItemIndex {
  static final String ITEM = "item";
  private final List<String> codes;
  private final Map<String, Integer> ids = new HashMap<>();

  private ItemIndex(List<String> codes) {
    this.codes = List.copyOf(codes);
    for (int i = 0; i < this.codes.size(); i++) {
      ids.put(this.codes.get(i), i);
    }
  }

  /** The distinct stock codes of {@code lines}, in code order. */
  static ItemIndex of(Dataset<Row> lines) {
    List<String> codes = new ArrayList<>();
    for (Row row : lines.select("stock_code").distinct().orderBy("stock_code").collectAsList()) {
      codes.add(row.getString(0));
    }
    return new ItemIndex(codes);
  }

  int size() {
    return codes.size();
  }

  String code(int id) {
    return codes.get(id);
  }

  /** The id of a code, or -1 when the index does not know it. */
  int id(String code) {
    return ids.getOrDefault(code, -1);
  }

  /**
   * Each customer's distinct products of {@code lines}, by id. Products this index does not know are left out, or
   * with {@code keepUnknown} get ids below -1 (one per code), so they can be relevant but never recommended.
   */
  Map<Integer, Set<Integer>> byCustomer(Dataset<Row> lines, boolean keepUnknown) {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    Map<String, Integer> unknown = new HashMap<>();
    for (Row row : lines.select("customer_id", "stock_code").distinct().collectAsList()) {
      String code = row.getString(1);
      int id = id(code);
      if (id < 0) {
        if (!keepUnknown) {
          continue;
        }
        id = unknown.computeIfAbsent(code, c -> -2 - unknown.size());
      }
      out.computeIfAbsent(row.getInt(0), c -> new HashSet<>()).add(id);
    }
    return out;
  }

  /** {@code (stock_code, item)} rows, to join ids onto lines. */
  Dataset<Row> asTable(SparkSession spark) {
    List<Row> rows = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      rows.add(RowFactory.create(codes.get(i), i));
    }
    StructType schema = new StructType().add("stock_code", DataTypes.StringType, false)
        .add(ITEM, DataTypes.IntegerType, false);
    return spark.createDataFrame(rows, schema);
  }
}
