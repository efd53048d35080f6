package org.gluesuite.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Row-for-row equality of two runs' outputs. Exact for every value except floating-point ones, which may differ in
 * the last bits: a cluster sums partial aggregates (model fitting, metrics) in another order than {@code local[2]}.
 */
final class OutputComparison {
  /** Relative tolerance for doubles and floats: far above summation-order noise, far below any real difference. */
  static final double RELATIVE = 1e-9;

  private OutputComparison() {
  }

  static void assertSameRows(String dataset, Dataset<Row> expected, Dataset<Row> actual) {
    List<Row> a = sorted(expected);
    List<Row> b = sorted(actual);
    assertThat(b).as(dataset + ": rows").hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      Row x = a.get(i);
      Row y = b.get(i);
      for (int c = 0; c < x.length(); c++) {
        String where = dataset + ", row " + x + ", column " + x.schema().fieldNames()[c];
        if (isFloating(x.schema().fields()[c].dataType()) && !x.isNullAt(c) && !y.isNullAt(c)) {
          assertClose(where, ((Number) x.get(c)).doubleValue(), ((Number) y.get(c)).doubleValue());
        } else {
          assertThat(y.get(c)).as(where).isEqualTo(x.get(c));
        }
      }
    }
  }

  static void assertSameJson(String file, Path expected, Path actual) throws IOException {
    ObjectMapper json = new ObjectMapper();
    assertSameJson(file + " $", json.readTree(expected.toFile()), json.readTree(actual.toFile()));
  }

  private static void assertSameJson(String where, JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber() && (a.isFloatingPointNumber() || b.isFloatingPointNumber())) {
      assertClose(where, a.asDouble(), b.asDouble());
    } else if (a.isObject() && b.isObject()) {
      assertThat(iterable(b.fieldNames())).as(where + ": fields").containsExactlyInAnyOrderElementsOf(
          iterable(a.fieldNames()));
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        assertSameJson(where + "." + e.getKey(), e.getValue(), b.get(e.getKey()));
      }
    } else if (a.isArray() && b.isArray()) {
      assertThat(b.size()).as(where + ": length").isEqualTo(a.size());
      for (int i = 0; i < a.size(); i++) {
        assertSameJson(where + "[" + i + "]", a.get(i), b.get(i));
      }
    } else {
      assertThat(b).as(where).isEqualTo(a);
    }
  }

  private static void assertClose(String where, double a, double b) {
    if (Double.isNaN(a) || Double.isInfinite(a)) {
      assertThat(b).as(where).isEqualTo(a);
    } else {
      assertThat(b).as(where).isCloseTo(a, within(RELATIVE * Math.max(1.0, Math.abs(a))));
    }
  }

  /** The rows in a stable order: by their exact (non-floating) columns, then by the floating ones. */
  private static List<Row> sorted(Dataset<Row> rows) {
    List<Row> out = new ArrayList<>(rows.collectAsList());
    out.sort(Comparator.comparing(OutputComparison::exactKey).thenComparing(OutputComparison::floatingKey));
    return out;
  }

  private static String exactKey(Row row) {
    StringBuilder key = new StringBuilder();
    for (int c = 0; c < row.length(); c++) {
      if (!isFloating(row.schema().fields()[c].dataType())) {
        key.append(row.get(c)).append('\u0001');
      }
    }
    return key.toString();
  }

  private static String floatingKey(Row row) {
    StringBuilder key = new StringBuilder();
    for (int c = 0; c < row.length(); c++) {
      if (isFloating(row.schema().fields()[c].dataType())) {
        key.append(row.isNullAt(c) ? "null" : String.format(java.util.Locale.ROOT, "%.6e", row.get(c)))
            .append('\u0001');
      }
    }
    return key.toString();
  }

  private static boolean isFloating(DataType type) {
    return type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType);
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
