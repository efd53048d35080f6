package org.gluesuite.lakeformation.rowfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every operator of Lake Formation's row filter subset, its limits and its errors, compiled and run on Spark. */
class RowFilterTest {
  private static Dataset<Row> cities;
  private static final Set<String> COLUMNS = Set.of("city", "value", "hours", "day", "ok", "note", "place");

  @BeforeAll
  static void data() {
    StructType place = new StructType().add("country", DataTypes.StringType);
    StructType schema = new StructType().add("city", DataTypes.StringType).add("value", DataTypes.DoubleType)
        .add("hours", DataTypes.LongType).add("day", DataTypes.DateType).add("ok", DataTypes.BooleanType)
        .add("note", DataTypes.StringType).add("place", place);
    cities = TestSpark.session().createDataFrame(List.of(
        RowFactory.create("Delhi", 41.5, 24L, Date.valueOf("2023-01-01"), true, null, RowFactory.create("IN")),
        RowFactory.create("delhi", 12.0, 20L, Date.valueOf("2023-06-30"), false, "lower", RowFactory.create("IN")),
        RowFactory.create("Berlin", 30.0, 10L, Date.valueOf("2022-12-31"), true, "it's", RowFactory.create("DE")),
        RowFactory.create("Lima", -3.5, 0L, Date.valueOf("2024-02-29"), null, "x", RowFactory.create("PE"))),
        schema);
  }

  private static List<String> citiesWhere(String filter) {
    return cities.where(RowFilter.parse(filter).toColumn(COLUMNS)).orderBy("city").collectAsList().stream()
        .map(r -> r.getString(0)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "city = 'Delhi'                                   | Delhi",
      "city <> 'Delhi'                                  | Berlin,Lima,delhi",
      "city != 'Delhi'                                  | Berlin,Lima,delhi",
      "value < 30                                       | Lima,delhi",
      "value <= 30                                      | Berlin,Lima,delhi",
      "value > 30                                       | Delhi",
      "value >= 30.0                                    | Berlin,Delhi",
      "value >= -3.5 AND value < 0                      | Lima",
      "hours BETWEEN 10 AND 20                          | Berlin,delhi",
      "hours NOT BETWEEN 10 AND 20                      | Delhi,Lima",
      "city IN ('Lima', 'Berlin')                       | Berlin,Lima",
      "city NOT IN ('Lima', 'Berlin')                   | Delhi,delhi",
      "city LIKE 'D%'                                   | Delhi",
      "city LIKE '_elhi'                                | Delhi,delhi",
      "city NOT LIKE '%i'                               | Berlin,Lima",
      "note IS NULL                                     | Delhi",
      "note IS NOT NULL                                 | Berlin,Lima,delhi",
      "NOT city = 'Delhi'                               | Berlin,Lima,delhi",
      "city = 'Lima' OR city = 'Berlin'                 | Berlin,Lima",
      "(city = 'Lima' OR city = 'Berlin') AND hours > 5 | Berlin",
      "city = 'Lima' OR (city = 'Berlin' AND hours > 50)| Lima",
      "NOT (value > 0 AND ok = TRUE)                    | Lima,delhi",
      "ok = FALSE                                       | delhi",
      "day >= DATE '2023-06-30'                         | Lima,delhi",
      "day < TIMESTAMP '2023-01-01 00:00:01'            | Berlin,Delhi",
      "30 < value                                       | Delhi",
      "place.country = 'IN'                             | Delhi,delhi",
      "\"city\" = 'Berlin'                              | Berlin",
      "note = 'it''s'                                   | Berlin"
  })
  void everyOperator_whenCompiled_keepsExactlyTheMatchingRows(String filter, String expected) {
    assertThat(citiesWhere(filter)).containsExactly(expected.split(","));
  }

  @Test
  void keywords_areCaseInsensitive_butStringsAreCaseSensitive() {
    assertThat(citiesWhere("city = 'delhi' and hours between 0 and 100")).containsExactly("delhi");
    assertThat(citiesWhere("city = 'DELHI'")).isEmpty();
  }

  @Test
  void quotes_inAValue_stayInTheValue() {
    // An attempt to break out of the string is a value that matches nothing: no SQL text is ever built.
    assertThat(citiesWhere("city = 'x'' OR ''1''=''1'")).isEmpty();
    assertThat(RowFilter.parse("city = 'x'' OR ''1''=''1'").tree()).isInstanceOf(RowFilterExpr.Comparison.class);
  }

  @Test
  void length_under2048_isAccepted_andAt2048_isRejected() {
    String base = "city = '";
    String fits = base + "a".repeat(RowFilter.MAX_LENGTH - 1 - base.length() - 1) + "'";
    assertThat(fits).hasSize(2047);
    assertThat(RowFilter.parse(fits).expression()).isEqualTo(fits);
    String tooLong = base + "a".repeat(RowFilter.MAX_LENGTH - base.length() - 1) + "'";
    assertThat(tooLong).hasSize(2048);
    assertThatThrownBy(() -> RowFilter.parse(tooLong)).isInstanceOf(RowFilterException.class)
        .hasMessageContaining("2,048 characters long").hasMessageContaining("shorter than 2,048");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "upper(city) = 'DELHI'      | 1  | 'upper(' calls a function",
      "city = lower('X')          | 8  | 'lower(' calls a function",
      "city = note                | 8  | compares column city with column note",
      "city = \"note\"            | 8  | compares column city with column note",
      "value = hours + 1          | 15 | arithmetic",
      "note = NULL                | 8  | Write note IS NULL",
      "city = 'Delhi              | 8  | is not closed",
      "city = 'a' AND             | 15 | expected a column name but found the end",
      "city IN ()                 | 10 | expected a literal",
      "city BETWEEN 1 OR 2        | 16 | expected AND",
      "(city = 'a'                | 12 | ')' to close the '(' at position 1",
      "city LIKE 5                | 11 | a string pattern after LIKE",
      "city IS 'x'                | 9  | expected NULL",
      "city 'x'                   | 6  | a comparison",
      "city = 'a' city = 'b'      | 12 | AND, OR or the end",
      "day = DATE '2023-02-30'    | 12 | is not a valid DATE",
      "city = 'a'; DROP TABLE x   | 11 | ';' is not part"
  })
  void malformedFilters_areRejected_withTheirPosition(String filter, int position, String message) {
    assertThatThrownBy(() -> RowFilter.parse(filter)).isInstanceOfSatisfying(RowFilterException.class,
        e -> assertThat(e.position()).isEqualTo(position)).hasMessageContaining(message)
        .hasMessageContaining("position " + position);
  }

  @Test
  void unknownColumn_isRejectedWithPosition_namesAreCaseSensitive() {
    assertThatThrownBy(() -> RowFilter.parse("hours > 1 AND City = 'Lima'").toColumn(COLUMNS))
        .isInstanceOfSatisfying(RowFilterException.class, e -> assertThat(e.position()).isEqualTo(15))
        .hasMessageContaining("no column 'City'");
  }

  @Test
  void emptyFilter_isRejected() {
    assertThatThrownBy(() -> RowFilter.parse("  ")).isInstanceOf(RowFilterException.class)
        .hasMessageContaining("AllRowsWildcard");
  }
}
