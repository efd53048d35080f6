package org.gluesuite.common.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentPrecedenceTest {

  @Test
  void resolve_ordersNonOverridableOverRunOverDefaults() {
    Map<String, String> merged = ArgumentPrecedence.resolve(
        Map.of("--a", "default", "--b", "default", "--c", "default"),
        Map.of("--b", "run", "--c", "run"),
        Map.of("--c", "locked"));

    assertThat(merged).containsOnly(Map.entry("--a", "default"), Map.entry("--b", "run"), Map.entry("--c", "locked"));
  }

  @Test
  void resolve_whenRunTriesToOverrideNonOverridable_keepsJobValueSilently() {
    Map<String, String> merged = ArgumentPrecedence.resolve(Map.of(),
        Map.of("--job-bookmark-option", "job-bookmark-disable"),
        Map.of("--job-bookmark-option", "job-bookmark-enable"));

    assertThat(merged).containsExactly(Map.entry("--job-bookmark-option", "job-bookmark-enable"));
  }

  @Test
  void resolve_whenAllEmpty_isEmpty() {
    assertThat(ArgumentPrecedence.resolve(Map.of(), Map.of(), Map.of())).isEmpty();
  }

  @Test
  void resolve_whenKeyLacksDashes_failsNamingKeyAndMap() {
    JobArgumentException e = catchThrowableOfType(() -> ArgumentPrecedence.resolve(
        Map.of("--ok", "1"), Map.of("JOB_NAME", "x"), Map.of()), JobArgumentException.class);

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_NAME);
    assertThat(e.argumentName()).isEqualTo("JOB_NAME");
    assertThat(e.getMessage()).startsWith("Argument key 'JOB_NAME' in the run's Arguments is not valid:"
        + " it does not start with '--'.").endsWith("Write it as '--JOB_NAME'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--", "---x", "-x", "--a b", "--a=b"})
  void validateKey_whenMalformed_fails(String key) {
    JobArgumentException e = catchThrowableOfType(
        () -> ArgumentPrecedence.validateKey(key, "the job's DefaultArguments"), JobArgumentException.class);

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_NAME);
    assertThat(e.argumentName()).isEqualTo(key);
    assertThat(e.getMessage()).contains("in the job's DefaultArguments is not valid");
  }

  @Test
  void validateKeys_whenValueNull_fails() {
    Map<String, String> withNull = new HashMap<>();
    withNull.put("--a", null);

    JobArgumentException e = catchThrowableOfType(
        () -> ArgumentPrecedence.validateKeys(withNull, "the run's Arguments"), JobArgumentException.class);

    assertThat(e.argumentName()).isEqualTo("a");
    assertThat(e.getMessage()).contains("use \"\" for an empty value");
  }

  @Test
  void resolvedMap_becomesTypedArguments_withoutACommandLineInBetween() {
    Map<String, String> merged = ArgumentPrecedence.resolve(
        Map.of("--JOB_NAME", "orders", "--TempDir", "s3://b/tmp", "--job-bookmark-option", "job-bookmark-enable"),
        Map.of("--sep", "--", "--empty", ""),
        Map.of());

    JobArguments resolved = JobArgumentParser.resolve(merged).getResolvedOptions(List.of("JOB_NAME", "sep", "empty"));

    assertThat(resolved.jobName()).isEqualTo("orders");
    assertThat(resolved.tempDir()).contains("s3://b/tmp");
    assertThat(resolved.get("RedshiftTempDir")).isEqualTo("s3://b/tmp");
    assertThat(resolved.get("sep")).isEqualTo("--");
    assertThat(resolved.get("empty")).isEmpty();
    assertThat(resolved.bookmarkSettings().option()).isEqualTo(BookmarkOption.ENABLE);
  }

  @Test
  void resolve_whenAKeyHasNoDashes_failsNamingIt() {
    JobArgumentException e = catchThrowableOfType(() -> JobArgumentParser.resolve(Map.of("city", "x")),
        JobArgumentException.class);

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_NAME);
    assertThat(e.getMessage()).contains("Write it as '--city'");
  }
}
