package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gluesuite.workflow.cron.CronExpression;
import org.gluesuite.workflow.cron.CronSyntaxException;
import org.junit.jupiter.api.Test;

/** Next fire times checked by hand against a calendar (all UTC). 2024-03-01 is a Friday. */
class CronExpressionTest {
  private static final Instant FROM = Instant.parse("2024-03-01T10:07:30Z");

  private static List<String> next(String cron, int n) {
    return CronExpression.parse(cron).nextFireTimes(FROM, n).stream().map(Instant::toString).toList();
  }

  @Test
  void nextFireTimes_daily() {
    assertThat(next("cron(15 12 * * ? *)", 2)).containsExactly("2024-03-01T12:15:00Z", "2024-03-02T12:15:00Z");
  }

  @Test
  void nextFireTimes_everyFifteenMinutes() {
    assertThat(next("cron(0/15 * * * ? *)", 3))
        .containsExactly("2024-03-01T10:15:00Z", "2024-03-01T10:30:00Z", "2024-03-01T10:45:00Z");
  }

  @Test
  void nextFireTimes_weekdaysByName() {
    assertThat(next("cron(0 18 ? * MON-FRI *)", 3))
        .containsExactly("2024-03-01T18:00:00Z", "2024-03-04T18:00:00Z", "2024-03-05T18:00:00Z");
  }

  @Test
  void nextFireTimes_lastDayOfMonth_inALeapYear() {
    assertThat(next("cron(0 0 L * ? *)", 3))
        .containsExactly("2024-03-31T00:00:00Z", "2024-04-30T00:00:00Z", "2024-05-31T00:00:00Z");
    assertThat(CronExpression.parse("cron(0 0 L 2 ? *)").nextFireAfter(FROM).orElseThrow())
        .isEqualTo(Instant.parse("2025-02-28T00:00:00Z"));
  }

  @Test
  void nextFireTimes_nearestWeekday_andLastWeekday() {
    // 2024-06-15 is a Saturday → Friday 14th; 2024-09-15 a Sunday → Monday 16th.
    assertThat(next("cron(0 9 15W 6,9 ? *)", 2)).containsExactly("2024-06-14T09:00:00Z", "2024-09-16T09:00:00Z");
    // Last weekday: 2024-03-31 is a Sunday → Friday 29th; 2024-04-30 a Tuesday.
    assertThat(next("cron(0 9 LW * ? *)", 2)).containsExactly("2024-03-29T09:00:00Z", "2024-04-30T09:00:00Z");
    // 1W on Saturday 2024-06-01 stays in June → Monday 3rd.
    assertThat(next("cron(0 9 1W 6 ? 2024)", 1)).containsExactly("2024-06-03T09:00:00Z");
  }

  @Test
  void nextFireTimes_nthAndLastWeekdayOfMonth() {
    // Third Friday (6#3): 2024-03-15, 2024-04-19. Last Thursday (5L): 2024-03-28, 2024-04-25.
    assertThat(next("cron(30 8 ? * 6#3 *)", 2)).containsExactly("2024-03-15T08:30:00Z", "2024-04-19T08:30:00Z");
    assertThat(next("cron(30 8 ? * 5L *)", 2)).containsExactly("2024-03-28T08:30:00Z", "2024-04-25T08:30:00Z");
  }

  @Test
  void nextFireTimes_yearField_andNoMoreFires() {
    assertThat(next("cron(0 0 1 1 ? 2026-2027)", 3)).containsExactly("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    assertThat(next("cron(0 10 1 3 ? 2024)", 1)).isEmpty();
  }

  @Test
  void parse_rejectsWhatGlueRejects() {
    assertThatThrownBy(() -> CronExpression.parse("cron(0 12 * * MON *)")).isInstanceOf(CronSyntaxException.class)
        .hasMessageContaining("exactly one of Day-of-month and Day-of-week must be '?'");
    assertThatThrownBy(() -> CronExpression.parse("cron(0 12 * * ?)")).hasMessageContaining("has 5 fields");
    assertThatThrownBy(() -> CronExpression.parse("cron(0/2 * * * ? *)")).hasMessageContaining("minimum is every 5");
    assertThatThrownBy(() -> CronExpression.parse("cron(0 12 ? * 9 *)")).hasMessageContaining("Day-of-week");
    assertThatThrownBy(() -> CronExpression.parse("cron(0 12 ? JANUARY * *)")).hasMessageContaining("Month");
    assertThatThrownBy(() -> CronExpression.parse("rate(5 minutes)")).hasMessageContaining("not cron");
  }
}
