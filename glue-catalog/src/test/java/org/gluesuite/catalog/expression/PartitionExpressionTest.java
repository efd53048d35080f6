package org.gluesuite.catalog.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.junit.jupiter.api.Test;

class PartitionExpressionTest {

  /** Keys of every kind Glue's expressions compare: string, int, date, timestamp, decimal; and a boolean. */
  private static final Table TABLE = table(List.of(Column.of("region", "string"), Column.of("hour", "int"),
      Column.of("day", "date"), Column.of("ts", "timestamp"), Column.of("price", "decimal(10,2)"),
      Column.of("flag", "boolean")));

  private static Table table(List<Column> keys) {
    TableInput input = TableInput.external("events", List.of(Column.of("id", "bigint")), keys, "s3://b/events/",
        StorageFormat.PARQUET);
    return new Table("logs", input.name(), null, null, input.storageDescriptor(), input.partitionKeys(),
        input.tableType(), input.parameters(), null, null, "0");
  }

  private static boolean matches(String expression, String region, String hour, String day) {
    return PartitionExpression.parse(expression, TABLE).matches(List.of(region, hour, day,
        "2024-03-01 10:00:00", "9.50", "true"));
  }

  @Test
  void comparisons_useTheKeysType_numericForIntAndTextualForString() {
    assertThat(matches("hour > 9", "eu", "10", "2024-01-01")).isTrue();
    assertThat(matches("region > 'eu9'", "eu10", "1", "2024-01-01")).isFalse();
    assertThat(matches("hour >= 10 AND hour <= 10", "eu", "10", "2024-01-01")).isTrue();
    assertThat(matches("hour <> 10", "eu", "10", "2024-01-01")).isFalse();
    assertThat(matches("hour != 11", "eu", "10", "2024-01-01")).isTrue();
    assertThat(matches("day < '2024-02-01'", "eu", "1", "2024-01-31")).isTrue();
    assertThat(matches("ts = '2024-03-01 10:00:00.000'", "eu", "1", "2024-01-01")).isTrue();
    assertThat(matches("price BETWEEN 9 AND 9.5", "eu", "1", "2024-01-01")).isTrue();
    assertThat(matches("10 < hour", "eu", "11", "2024-01-01")).isTrue();
  }

  @Test
  void logicalOperators_followSqlPrecedence_andKeywordsIgnoreCase() {
    // AND binds tighter than OR.
    assertThat(matches("region = 'us' or region = 'eu' and hour = 1", "us", "5", "2024-01-01")).isTrue();
    assertThat(matches("(region = 'us' OR region = 'eu') AND hour = 1", "us", "5", "2024-01-01")).isFalse();
    assertThat(matches("NOT region IN ('us', 'eu')", "ap", "1", "2024-01-01")).isTrue();
    assertThat(matches("region NOT IN ('us', 'eu')", "eu", "1", "2024-01-01")).isFalse();
    assertThat(matches("hour NOT BETWEEN 1 AND 3", "eu", "4", "2024-01-01")).isTrue();
    assertThat(matches("region LIKE 'e_-%'", "eu-west-1", "4", "2024-01-01")).isTrue();
    assertThat(matches("region NOT LIKE '%west%'", "eu-west-1", "4", "2024-01-01")).isFalse();
    assertThat(matches("region IS NOT NULL AND NOT hour IS NULL", "eu", "4", "2024-01-01")).isTrue();
    assertThat(matches("`region` = 'eu' AND \"HOUR\" = 4", "eu", "4", "2024-01-01")).isTrue();
    assertThat(matches("region = 'it''s'", "it's", "4", "2024-01-01")).isTrue();
  }

  @Test
  void aValueThatIsNotOfItsKeysType_isUnknown_andNeverSelected() {
    assertThat(matches("hour > 1", "eu", "n/a", "2024-01-01")).isFalse();
    assertThat(matches("NOT hour > 1", "eu", "n/a", "2024-01-01")).isFalse();
    assertThat(matches("hour > 1 OR region = 'eu'", "eu", "n/a", "2024-01-01")).isTrue();
  }

  @Test
  void parse_whenMalformed_failsNamingTheExpressionTableReasonAndCharacter() {
    assertThatThrownBy(() -> PartitionExpression.parse("hour > 'ten'", TABLE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Partition expression \"hour > 'ten'\" for table logs.events is not valid: 'ten' is"
            + " not an integer value, as partition key 'hour' needs (e.g. 42) (at character 8).");
    assertThatThrownBy(() -> PartitionExpression.parse("(region = 'eu'", TABLE))
        .hasMessageContaining("expected ')' to close the '(' at character 1 but found the end of the expression");
    assertThatThrownBy(() -> PartitionExpression.parse("region = 'eu", TABLE))
        .hasMessageContaining("the quote ' opened here is never closed (at character 10)");
    assertThatThrownBy(() -> PartitionExpression.parse("flag = 'true'", TABLE))
        .hasMessageContaining("partition key 'flag' has type 'boolean', which Glue's partition expressions do not"
            + " support");
    assertThatThrownBy(() -> PartitionExpression.parse("hour LIKE '1%'", TABLE))
        .hasMessageContaining("LIKE takes a quoted pattern and compares string keys only");
    assertThatThrownBy(() -> PartitionExpression.parse("region = 'eu' hour = 1", TABLE))
        .hasMessageContaining("expected AND, OR or the end but found 'hour' (at character 15)");
    assertThatThrownBy(() -> PartitionExpression.parse("", TABLE)).hasMessageContaining("it is empty");
    assertThatThrownBy(() -> PartitionExpression.parse("region ; 1", TABLE))
        .hasMessageContaining("unexpected character ';' (at character 8)");
  }
}
