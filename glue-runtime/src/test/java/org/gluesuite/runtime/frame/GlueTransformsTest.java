package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.testing.DataFrameAssertions.assertDataFrameEquals;
import static org.gluesuite.runtime.testing.DataFrameAssertions.assertRows;
import static org.gluesuite.runtime.testing.DataFrameAssertions.row;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.types.TableSchema;
import org.junit.jupiter.api.Test;

class GlueTransformsTest {
  private static Dataset<Row> nested() {
    return spark().sql("SELECT * FROM VALUES "
        + "(1, named_struct('city', 'Paris', 'zip', '75001'), array(1, 2), CAST(NULL AS STRING)), "
        + "(2, named_struct('city', 'Lyon', 'zip', NULL), array(), 'x') AS t(id, address, nums, note)");
  }

  @Test
  void applyMapping_onPlainDataFrame() {
    Dataset<Row> out = GlueTransforms.applyMapping(nested(), List.of(
        Mapping.of("id", "int", "key", "long"), Mapping.of("address.city", "string", "city", "string")));

    assertRows(out, new StructType().add("key", DataTypes.LongType).add("city", DataTypes.StringType),
        row(1L, "Paris"), row(2L, "Lyon"));
  }

  @Test
  void fieldEditsAndUnnest_onPlainDataFrame() {
    Dataset<Row> out = GlueTransforms.unnest(GlueTransforms.renameField(
        GlueTransforms.dropFields(nested(), List.of("nums", "note")), "address.zip", "address.postcode"));

    assertRows(out, new StructType().add("id", DataTypes.IntegerType).add("address.city", DataTypes.StringType)
        .add("address.postcode", DataTypes.StringType), row(1, "Paris", "75001"), row(2, "Lyon", null));
    assertThat(GlueTransforms.selectFields(nested(), List.of("note")).columns()).containsExactly("note");
  }

  @Test
  void resolveChoice_castOnPlainDataFrame() {
    Dataset<Row> out = GlueTransforms.resolveChoice(nested().select("id"),
        List.of(ResolveChoiceSpec.of("id", "cast:string")), TableSchema.NONE);

    assertRows(out, new StructType().add("id", DataTypes.StringType), row("1"), row("2"));
  }

  @Test
  void splitRowsAndJoinAndMerge_onPlainDataFrames() {
    Split<Dataset<Row>> split = GlueTransforms.splitRows(nested().select("id"),
        List.of(RowComparison.of("id", "<", 2)));
    assertRows(split.first(), new StructType().add("id", DataTypes.IntegerType), row(1));
    assertRows(split.second(), new StructType().add("id", DataTypes.IntegerType), row(2));

    Dataset<Row> names = spark().sql("SELECT * FROM VALUES (1, 'one') AS t(num, name)");
    assertRows(GlueTransforms.join(nested().select("id"), List.of("id"), List.of("num"), names),
        new StructType().add("id", DataTypes.IntegerType).add("num", DataTypes.IntegerType)
            .add("name", DataTypes.StringType), row(1, 1, "one"));

    Dataset<Row> staging = spark().sql("SELECT * FROM VALUES (2, 'two') AS t(num, name)");
    assertDataFrameEquals(spark().sql("SELECT * FROM VALUES (1, 'one'), (2, 'two') AS t(num, name)"),
        GlueTransforms.mergeDynamicFrame(names, staging, List.of("num")));
  }

  @Test
  void relationalizeAndDropNullFields_onPlainDataFrame() {
    Map<String, Dataset<Row>> frames = GlueTransforms.relationalize(nested().drop("note"), "t");

    assertThat(frames.keySet()).containsExactly("t", "t_nums");
    assertRows(frames.get("t_nums"), new StructType().add("id", DataTypes.LongType)
        .add("index", DataTypes.IntegerType).add("nums.val", DataTypes.IntegerType), row(1L, 0, 1), row(1L, 1, 2));
    Dataset<Row> withNullType = spark().sql("SELECT 1 AS id, NULL AS nothing");
    assertThat(GlueTransforms.dropNullFields(withNullType).columns()).containsExactly("id");
  }
}
