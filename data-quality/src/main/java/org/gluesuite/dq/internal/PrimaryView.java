package org.gluesuite.dq.internal;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * CustomSql statements name the data being evaluated {@code primary}. The data is registered under that name only
 * while Spark analyses the statement (the analysed plan keeps it), one statement at a time per JVM, so concurrent
 * evaluations in one session never see each other's data.
 */
final class PrimaryView {
  static final String NAME = "primary";

  private PrimaryView() {
  }

  static Dataset<Row> query(Dataset<Row> data, String statement) {
    synchronized (PrimaryView.class) {
      data.createOrReplaceTempView(NAME);
      try {
        return data.sparkSession().sql(statement);
      } finally {
        data.sparkSession().catalog().dropTempView(NAME);
      }
    }
  }
}
