package org.gluesuite.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.holdenkarau.spark.testing.DataFrameSuiteBase$;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * DataFrame equality for tests: same schema (names and types, nullability ignored), same rows in any order, doubles
 * within a tolerance. Row comparison delegates to spark-testing-base's {@code DataFrameSuiteBase.approxEquals}.
 */
public final class DataFrameAssertions {
  public static final double TOLERANCE = 1e-9;

  private DataFrameAssertions() {
  }

  public static void assertDataFrameEquals(Dataset<Row> expected, Dataset<Row> actual) {
    assertSameSchema(expected.schema(), actual.schema());
    List<Row> e = sorted(expected.collectAsList());
    List<Row> a = sorted(actual.collectAsList());
    assertThat(a).as("row count of\n%s", rendered(a)).hasSize(e.size());
    for (int i = 0; i < e.size(); i++) {
      if (!DataFrameSuiteBase$.MODULE$.approxEquals(e.get(i), a.get(i), TOLERANCE)) {
        fail("Rows differ at sorted position %d: expected %s but was %s%nexpected rows:%n%s%nactual rows:%n%s",
            i, e.get(i), a.get(i), rendered(e), rendered(a));
      }
    }
  }

  /** Compares with rows given inline, laid out by the actual DataFrame's schema. */
  public static void assertRows(Dataset<Row> actual, StructType expectedSchema, Row... expectedRows) {
    assertDataFrameEquals(actual.sparkSession().createDataFrame(List.of(expectedRows), expectedSchema), actual);
  }

  public static Row row(Object... values) {
    return RowFactory.create(values);
  }

  /** A Scala Seq, the external type of an array value in a Row. */
  public static scala.collection.Seq<Object> seq(Object... values) {
    return scala.collection.JavaConverters.asScalaBuffer(java.util.Arrays.asList(values)).toList();
  }

  public static void assertSameSchema(StructType expected, StructType actual) {
    assertThat(actual.asNullable().simpleString()).as("schema").isEqualTo(expected.asNullable().simpleString());
  }

  private static List<Row> sorted(List<Row> rows) {
    List<Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Row::toString));
    return out;
  }

  private static String rendered(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    rows.forEach(r -> out.append("  ").append(r).append('\n'));
    return out.toString();
  }
}
