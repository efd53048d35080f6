package org.gluesuite.dq.internal;

import java.util.Arrays;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Column lookup as Spark resolves names by default: ignoring case. */
final class SchemaColumns {
  private SchemaColumns() {
  }

  static StructField find(StructType schema, String name) {
    return Arrays.stream(schema.fields()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }
}
