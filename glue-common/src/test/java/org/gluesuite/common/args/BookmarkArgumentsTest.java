package org.gluesuite.common.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BookmarkArgumentsTest {

  private static JobArguments parse(String... args) {
    return JobArgumentParser.getResolvedOptions(args, List.of());
  }

  private static JobArgumentException failure(String... args) {
    return catchThrowableOfType(() -> parse(args), JobArgumentException.class);
  }

  @Test
  void bookmarkSettings_whenOptionAbsent_defaultsToDisable() {
    JobArguments resolved = parse("--JOB_NAME", "j");

    assertThat(resolved.bookmarkSettings()).isEqualTo(BookmarkSettings.disabled());
    assertThat(resolved.get("job-bookmark-option")).isEqualTo("job-bookmark-disable");
  }

  @ParameterizedTest
  @CsvSource({"job-bookmark-enable,ENABLE", "job-bookmark-disable,DISABLE", "job-bookmark-pause,PAUSE"})
  void bookmarkSettings_whenOptionGiven_mapsToEnum(String value, BookmarkOption expected) {
    JobArguments resolved = parse("--job-bookmark-option", value);

    assertThat(resolved.bookmarkSettings().option()).isEqualTo(expected);
    assertThat(resolved.bookmarkSettings().hasRunWindow()).isFalse();
  }

  @Test
  void bookmarkSettings_whenOptionUnknown_failsListingChoices() {
    JobArgumentException e = failure("--job-bookmark-option", "enable");

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_VALUE);
    assertThat(e.argumentName()).isEqualTo("job-bookmark-option");
    assertThat(e.getMessage()).contains("'enable'")
        .contains("one of: job-bookmark-enable, job-bookmark-disable, job-bookmark-pause");
  }

  @Test
  void bookmarkSettings_whenPauseWithBothEnds_hasRunWindow() {
    JobArguments resolved = parse("--job-bookmark-option", "job-bookmark-pause",
        "--job-bookmark-from", "jr_1", "--job-bookmark-to", "jr_5");

    assertThat(resolved.bookmarkSettings()).isEqualTo(BookmarkSettings.pausedBetween("jr_1", "jr_5"));
    assertThat(resolved.bookmarkSettings().fromRunId()).contains("jr_1");
    assertThat(resolved.bookmarkSettings().toRunId()).contains("jr_5");
  }

  @Test
  void bookmarkSettings_whenPauseWithNeitherEnd_processesFromLastBookmark() {
    assertThat(parse("--job-bookmark-option", "job-bookmark-pause").bookmarkSettings())
        .isEqualTo(BookmarkSettings.paused());
  }

  @Test
  void bookmarkSettings_whenPauseWithOnlyFrom_failsNamingTo() {
    JobArgumentException e = failure("--job-bookmark-option", "job-bookmark-pause", "--job-bookmark-from", "jr_1");

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.CONFLICTING_ARGUMENTS);
    assertThat(e.argumentName()).isEqualTo("job-bookmark-to");
    assertThat(e.getMessage()).startsWith("Job argument --job-bookmark-to is missing: --job-bookmark-from was given")
        .contains("Pass both --job-bookmark-from <run id> and --job-bookmark-to <run id>, or neither");
  }

  @Test
  void bookmarkSettings_whenPauseWithOnlyTo_failsNamingFrom() {
    JobArgumentException e = failure("--job-bookmark-option", "job-bookmark-pause", "--job-bookmark-to", "jr_5");

    assertThat(e.argumentName()).isEqualTo("job-bookmark-from");
    assertThat(e.getMessage()).startsWith("Job argument --job-bookmark-from is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"job-bookmark-enable", "job-bookmark-disable"})
  void bookmarkSettings_whenNotPauseWithBothEnds_fails(String option) {
    JobArgumentException e = failure("--job-bookmark-option", option,
        "--job-bookmark-from", "jr_1", "--job-bookmark-to", "jr_5");

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.CONFLICTING_ARGUMENTS);
    assertThat(e.getMessage()).contains("--job-bookmark-option " + option)
        .contains("applies only to a paused bookmark")
        .contains("'--job-bookmark-option job-bookmark-pause'");
  }

  @Test
  void bookmarkSettings_whenDefaultOptionWithBothEnds_fails() {
    assertThat(failure("--job-bookmark-from", "jr_1", "--job-bookmark-to", "jr_5").getMessage())
        .contains("--job-bookmark-option job-bookmark-disable");
  }

  @ParameterizedTest
  @CsvSource({"job-bookmark-enable,job-bookmark-from", "job-bookmark-disable,job-bookmark-to"})
  void bookmarkSettings_whenNotPauseWithOneEnd_acceptsAndIgnoresIt(String option, String end) {
    JobArguments resolved = parse("--job-bookmark-option", option, "--" + end, "jr_1");

    assertThat(resolved.bookmarkSettings().hasRunWindow()).isFalse();
    assertThat(resolved.bookmarkSettings().option().argumentValue()).isEqualTo(option);
    assertThat(resolved.get(end)).as("kept as given").isEqualTo("jr_1");
  }

  @Test
  void bookmarkSettings_whenRunIdBlank_fails() {
    JobArgumentException e = failure("--job-bookmark-option", "job-bookmark-pause",
        "--job-bookmark-from=", "--job-bookmark-to", "jr_5");

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_VALUE);
    assertThat(e.argumentName()).isEqualTo("job-bookmark-from");
  }

  @ParameterizedTest
  @CsvSource({"continuation-enabled,ENABLE", "continuation-readonly,PAUSE", "continuation-ignore,DISABLE"})
  void bookmarkSettings_whenOnlyLegacyContinuationOption_translatesIt(String value, BookmarkOption expected) {
    JobArguments resolved = parse("--continuation-option", value);

    assertThat(resolved.bookmarkSettings().option()).isEqualTo(expected);
    assertThat(resolved.contains("continuation-option")).isFalse();
    assertThat(resolved.get("job-bookmark-option")).isEqualTo(expected.argumentValue());
  }

  @Test
  void bookmarkSettings_whenBothOptionsGiven_jobBookmarkOptionWins() {
    JobArguments resolved = parse("--continuation-option", "continuation-enabled",
        "--job-bookmark-option", "job-bookmark-pause");

    assertThat(resolved.bookmarkSettings().option()).isEqualTo(BookmarkOption.PAUSE);
  }

  @Test
  void bookmarkSettingsRecord_rejectsWindowWithoutPauseOrWithOneEnd() {
    assertThatThrownBy(() -> new BookmarkSettings(BookmarkOption.ENABLE,
        java.util.Optional.of("a"), java.util.Optional.of("b"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BookmarkSettings(BookmarkOption.PAUSE,
        java.util.Optional.of("a"), java.util.Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}
