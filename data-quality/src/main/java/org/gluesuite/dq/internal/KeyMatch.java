package org.gluesuite.dq.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** Marks the rows of {@code data} whose values in {@code columns} appear among {@code keys}' rows. */
final class KeyMatch {
  private KeyMatch() {
  }

  /**
   * {@code data} with a boolean column {@code flag}: true where a row of {@code keys} has the same values ({@code keys}
   * has one column per entry of {@code columns}, in order). {@code nullSafe}: whether null matches null.
   */
  static Dataset<Row> mark(Dataset<Row> data, List<String> columns, Dataset<Row> keys, String flag, boolean nullSafe) {
    List<String> renamed = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      renamed.add(flag + "_k" + i);
    }
    Dataset<Row> distinct = keys.toDF(renamed.toArray(String[]::new)).distinct()
        .withColumn(flag + "_hit", functions.lit(true));
    Column on = functions.lit(true);
    for (int i = 0; i < columns.size(); i++) {
      Column left = data.col(SqlText.column(columns.get(i)));
      Column right = distinct.col(renamed.get(i));
      on = on.and(nullSafe ? left.eqNullSafe(right) : left.equalTo(right));
    }
    Dataset<Row> joined = data.join(distinct, on, "left");
    List<Column> keep = new ArrayList<>();
    for (String c : data.columns()) {
      keep.add(data.col(SqlText.column(c)));
    }
    keep.add(functions.coalesce(distinct.col(flag + "_hit"), functions.lit(false)).as(flag));
    return joined.select(keep.toArray(Column[]::new));
  }
}
