package org.gluesuite.runtime.frame;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.FieldRewriter.NewField;

/**
 * relationalize: flattens structs and pivots each array into its own frame, recursively. Row ids are row numbers
 * (1-based) of the persisted parent, so the parent's array column and the child's {@code id} always agree.
 */
final class RelationalizeStep {
  private static final String ROW_ID = "__glue_row_id";

  private RelationalizeStep() {
  }

  static Map<String, GlueFrame> apply(GlueFrame frame, String rootName) {
    Map<String, GlueFrame> out = new LinkedHashMap<>();
    pivot(frame, frame.toDF(), frame.schema(), rootName, rootName, out);
    return Collections.unmodifiableMap(out);
  }

  private static void pivot(GlueFrame origin, Dataset<Row> df, StructType schema, String tableName,
      String rootName, Map<String, GlueFrame> out) {
    List<NewField> flat = FieldSteps.flatten(schema, Columns::top, "");
    List<Column> flatColumns = new ArrayList<>();
    List<Field> flatFields = new ArrayList<>();
    boolean hasArrays = false;
    for (NewField f : flat) {
      flatColumns.add(f.column().as(f.name()));
      flatFields.add(new Field(f.name(), f.type()));
      hasArrays |= f.type() instanceof ArrayType;
    }
    Dataset<Row> flatData = df.select(flatColumns.toArray(new Column[0]));
    if (!hasArrays) {
      out.put(tableName, origin.derive(flatData, new StructType(flatFields)));
      return;
    }
    Dataset<Row> withIds = withRowIds(flatData);
    Column id = withIds.col(ROW_ID);
    List<Column> parentColumns = new ArrayList<>();
    List<Field> parentFields = new ArrayList<>();
    for (Field f : flatFields) {
      Column value = Columns.top(f.name());
      if (f.type() instanceof ArrayType) {
        parentColumns.add(when(value.isNull(), lit(null).cast(DataTypes.LongType)).otherwise(id).as(f.name()));
        parentFields.add(new Field(f.name(), PrimitiveType.BIGINT));
      } else {
        parentColumns.add(value.as(f.name()));
        parentFields.add(f);
      }
    }
    out.put(tableName, origin.derive(withIds.select(parentColumns.toArray(new Column[0])),
        new StructType(parentFields)));
    for (Field f : flatFields) {
      if (f.type() instanceof ArrayType array) {
        String val = f.name() + ".val";
        Dataset<Row> child = withIds
            .select(id.as("id"), posexplode(Columns.top(f.name())))
            .select(Columns.top("id"), Columns.top("pos").as("index"), Columns.top("col").as(val));
        StructType childSchema = StructType.of(new Field("id", PrimitiveType.BIGINT), new Field("index", PrimitiveType.INT),
            new Field(val, array.elementType()));
        pivot(origin, child, childSchema, rootName + "_" + f.name(), rootName, out);
      }
    }
  }

  /** Appends a 1-based row number; persisted so every frame derived from it sees the same numbering. */
  private static Dataset<Row> withRowIds(Dataset<Row> data) {
    JavaRDD<Row> rows = data.javaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      Object[] values = new Object[r.length() + 1];
      for (int i = 0; i < r.length(); i++) {
        values[i] = r.get(i);
      }
      values[r.length()] = t._2() + 1;
      return RowFactory.create(values);
    });
    return data.sparkSession().createDataFrame(rows, data.schema().add(ROW_ID, DataTypes.LongType, false))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }
}
