package org.gluesuite.common.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobArgumentParserTest {

  private static String[] args(String... tokens) {
    return tokens;
  }

  private static JobArgumentException failure(String[] args, List<String> names) {
    return catchThrowableOfType(() -> JobArgumentParser.getResolvedOptions(args, names), JobArgumentException.class);
  }

  @Test
  void getResolvedOptions_whenRequestedArgumentsGiven_returnsTheirValues() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(
        args("--JOB_NAME", "orders", "--day", "2024-01-05"), List.of("JOB_NAME", "day"));

    assertThat(resolved.jobName()).isEqualTo("orders");
    assertThat(resolved.get("day")).isEqualTo("2024-01-05");
  }

  @Test
  void getResolvedOptions_whenEqualsForm_acceptsItLikeSpaceForm() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(
        args("--JOB_NAME=orders", "--filter=a=b", "--empty="), List.of("JOB_NAME", "filter", "empty"));

    assertThat(resolved.jobName()).isEqualTo("orders");
    assertThat(resolved.get("filter")).as("split at the first '='").isEqualTo("a=b");
    assertThat(resolved.get("empty")).isEmpty();
  }

  @Test
  void getResolvedOptions_whenRequestedArgumentMissing_namesItListsGivenAndShowsHowToPass() {
    JobArgumentException e = failure(args("--JOB_NAME", "orders", "--other", "x"), List.of("JOB_NAME", "day"));

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.MISSING_ARGUMENT);
    assertThat(e.argumentName()).isEqualTo("day");
    assertThat(e.getMessage())
        .startsWith("Missing required job argument: --day.")
        .contains("Arguments given: --JOB_NAME, --other.")
        .contains("Pass it as '--day <value>'");
  }

  @Test
  void getResolvedOptions_whenSeveralMissing_reportsAllInRequestOrder() {
    JobArgumentException e = failure(args(), List.of("b", "JOB_NAME", "a"));

    assertThat(e.argumentName()).isEqualTo("b");
    assertThat(e.getMessage())
        .startsWith("Missing required job arguments: --b, --JOB_NAME, --a.")
        .contains("Arguments given: none.")
        .contains("'--b <value> --JOB_NAME <value> --a <value>'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"job-bookmark-option", "continuation-option", "job-bookmark-from", "job-bookmark-to",
      "JOB_ID", "JOB_RUN_ID", "SECURITY_CONFIGURATION", "encryption-type", "enable-data-lineage"})
  void getResolvedOptions_whenReservedNameRequested_fails(String reserved) {
    JobArgumentException e = failure(args("--" + reserved, "x", "--JOB_NAME", "j"), List.of("JOB_NAME", reserved));

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.RESERVED_NAME);
    assertThat(e.argumentName()).isEqualTo(reserved);
    assertThat(e.getMessage())
        .startsWith("The job asks for --" + reserved + ", but Glue reserves that name")
        .contains("Remove '" + reserved + "' from the requested names");
  }

  @Test
  void reservedNames_areExactlyGluesNine() {
    assertThat(GlueArgumentNames.RESERVED).containsExactlyInAnyOrder("job-bookmark-option", "continuation-option",
        "job-bookmark-from", "job-bookmark-to", "JOB_ID", "JOB_RUN_ID", "SECURITY_CONFIGURATION",
        "encryption-type", "enable-data-lineage");
  }

  @Test
  void getResolvedOptions_whenJobNameRequested_isNotReserved() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(args("--JOB_NAME", "j"), List.of("JOB_NAME"));

    assertThat(resolved.jobName()).isEqualTo("j");
  }

  @Test
  void getResolvedOptions_whenReservedArgumentsGivenButNotRequested_exposesThemTyped() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(args("--JOB_NAME", "j", "--JOB_ID", "j_1",
        "--JOB_RUN_ID", "jr_1", "--SECURITY_CONFIGURATION", "sc", "--WORKFLOW_NAME", "wf",
        "--WORKFLOW_RUN_ID", "wr_1"), List.of("JOB_NAME"));

    assertThat(resolved.jobId()).contains("j_1");
    assertThat(resolved.jobRunId()).contains("jr_1");
    assertThat(resolved.securityConfiguration()).contains("sc");
    assertThat(resolved.workflowName()).contains("wf");
    assertThat(resolved.workflowRunId()).contains("wr_1");
  }

  @Test
  void getResolvedOptions_whenOptionalGlueArgumentsAbsent_areEmpty() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(args("--JOB_NAME", "j"), List.of("JOB_NAME"));

    assertThat(resolved.jobRunId()).isEmpty();
    assertThat(resolved.workflowName()).isEmpty();
    assertThat(resolved.workflowRunId()).isEmpty();
    assertThat(resolved.tempDir()).isEmpty();
  }

  @Test
  void getResolvedOptions_whenUnknownArgumentsGiven_ignoresThemButKeepsThem() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(
        args("script.py", "--JOB_NAME", "j", "--unknown", "u", "-x", "stray", "--switch"), List.of("JOB_NAME"));

    assertThat(resolved.asMap()).containsExactly(
        Map.entry("JOB_NAME", "j"), Map.entry("unknown", "u"), Map.entry("switch", ""),
        Map.entry("job-bookmark-option", "job-bookmark-disable"));
  }

  @Test
  void getResolvedOptions_whenArgumentRepeated_lastValueWins() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(
        args("--day", "1", "--day=2", "--day", "3"), List.of("day"));

    assertThat(resolved.get("day")).isEqualTo("3");
  }

  @Test
  void getResolvedOptions_whenRequestedArgumentLastWithoutValue_failsWithMissingValue() {
    JobArgumentException e = failure(args("--JOB_NAME", "j", "--day"), List.of("JOB_NAME", "day"));

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.MISSING_VALUE);
    assertThat(e.argumentName()).isEqualTo("day");
    assertThat(e.getMessage()).startsWith("Job argument --day has no value").contains("'--day <value>' or '--day=<value>'");
  }

  @Test
  void getResolvedOptions_whenRequestedArgumentFollowedByAnotherArgument_failsWithMissingValue() {
    JobArgumentException e = failure(args("--day", "--JOB_NAME", "j"), List.of("JOB_NAME", "day"));

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.MISSING_VALUE);
    assertThat(e.argumentName()).isEqualTo("day");
  }

  @Test
  void getResolvedOptions_whenGlueValueArgumentWithoutValue_fails() {
    JobArgumentException e = failure(args("--JOB_NAME", "j", "--job-bookmark-option"), List.of("JOB_NAME"));

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.MISSING_VALUE);
    assertThat(e.argumentName()).isEqualTo("job-bookmark-option");
  }

  @Test
  void getResolvedOptions_whenValueStartsWithDashes_acceptsEqualsForm() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(args("--sep=--", "--n", "-5"), List.of("sep", "n"));

    assertThat(resolved.get("sep")).isEqualTo("--");
    assertThat(resolved.get("n")).as("single dash values are values").isEqualTo("-5");
  }

  @Test
  void getResolvedOptions_whenTempDirRequestedButAbsent_isNotAnError() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(args("--JOB_NAME", "j"), List.of("JOB_NAME", "TempDir"));

    assertThat(resolved.tempDir()).isEmpty();
    assertThat(resolved.contains("TempDir")).isFalse();
  }

  @Test
  void getResolvedOptions_whenTempDirGiven_mirrorsRedshiftTempDir() {
    JobArguments resolved = JobArgumentParser.getResolvedOptions(args("--TempDir", "s3://b/tmp"), List.of("TempDir"));

    assertThat(resolved.tempDir()).contains("s3://b/tmp");
    assertThat(resolved.get("RedshiftTempDir")).isEqualTo("s3://b/tmp");
  }

  @Test
  void getResolvedOptions_whenOnlyRedshiftTempDirGiven_tempDirFallsBackToIt() {
    JobArguments resolved = JobArgumentParser.parse(args("--RedshiftTempDir", "s3://b/rs"));

    assertThat(resolved.tempDir()).contains("s3://b/rs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--JOB_NAME", "-x", "", " ", "a b", "a=b"})
  void getResolvedOptions_whenRequestedNameMalformed_failsWithInvalidName(String name) {
    JobArgumentException e = failure(args(), List.of(name));

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_NAME);
    assertThat(e.getMessage()).contains("Request names without the leading dashes");
  }

  @Test
  void getResolvedOptions_whenEncryptionTypeNotSseS3_fails() {
    JobArgumentException e = failure(args("--encryption-type", "kms"), List.of());

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_VALUE);
    assertThat(e.argumentName()).isEqualTo("encryption-type");
    assertThat(e.getMessage()).contains("'kms'").contains("one of: sse-s3");
  }

  @Test
  void get_whenArgumentAbsent_failsNamingItAndHowToPass() {
    JobArguments resolved = JobArgumentParser.parse(args("--a", "1"));

    assertThatThrownBy(() -> resolved.get("b"))
        .isInstanceOf(JobArgumentException.class)
        .hasMessageStartingWith("Job argument --b was not passed")
        .hasMessageContaining("Arguments given: --a, --job-bookmark-option")
        .hasMessageContaining("'--b <value>'");
    assertThatThrownBy(resolved::jobName).hasMessageStartingWith("Job argument --JOB_NAME was not passed");
  }

  @Test
  void getOrDefault_andFind_whenAbsentOrPresent_returnExpected() {
    JobArguments resolved = JobArgumentParser.parse(args("--a", "1"));

    assertThat(resolved.getOrDefault("a", "d")).isEqualTo("1");
    assertThat(resolved.getOrDefault("b", "d")).isEqualTo("d");
    assertThat(resolved.find("a")).contains("1");
    assertThat(resolved.find("b")).isEmpty();
  }

  @Test
  void asMap_isUnmodifiable() {
    JobArguments resolved = JobArgumentParser.parse(args("--a", "1"));

    assertThatThrownBy(() -> resolved.asMap().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_showsMaskedValuesOnly() {
    JobArguments resolved = JobArgumentParser.parse(args("--JOB_NAME", "j", "--db_password", "hunter2"));

    assertThat(resolved.toString()).contains("JOB_NAME=j").contains("db_password=****").doesNotContain("hunter2");
  }

  @Test
  void equals_whenSameArguments_isTrue() {
    assertThat(JobArgumentParser.parse(args("--a", "1"))).isEqualTo(JobArgumentParser.parse(args("--a=1")))
        .hasSameHashCodeAs(JobArgumentParser.parse(args("--a=1")));
  }

  @Test
  void getResolvedOptions_onParsedArguments_checksTheRequestedNamesWithoutParsingAgain() {
    JobArguments parsed = JobArgumentParser.parse(args("--JOB_NAME", "j", "--city", "--day", "2024-01-05"));

    assertThat(parsed.getResolvedOptions(List.of("JOB_NAME", "day"))).isSameAs(parsed);
    JobArgumentException noValue = catchThrowableOfType(() -> parsed.getResolvedOptions(List.of("city")),
        JobArgumentException.class);
    assertThat(noValue.reason()).isEqualTo(JobArgumentException.Reason.MISSING_VALUE);
    JobArgumentException missing = catchThrowableOfType(() -> parsed.getResolvedOptions(List.of("day", "a", "b")),
        JobArgumentException.class);
    assertThat(missing.getMessage()).startsWith("Missing required job arguments: --a, --b.");
    assertThat(catchThrowableOfType(() -> parsed.getResolvedOptions(List.of("JOB_ID")), JobArgumentException.class)
        .reason()).isEqualTo(JobArgumentException.Reason.RESERVED_NAME);
  }

  @Test
  void argumentMap_givesTheCommandLineAsGluesArgumentsMap() {
    Map<String, String> map = JobArgumentParser.argumentMap(args("script.py", "--city", "Madrid", "--flag",
        "--conf", "a=1", "--conf", "b=2", "--sep=--"));

    assertThat(map).containsExactly(Map.entry("--city", "Madrid"), Map.entry("--flag", ""),
        Map.entry("--conf", "a=1 --conf b=2"), Map.entry("--sep", "--"));
    assertThat(JobArgumentParser.resolve(map).get("sep")).isEqualTo("--");
    JobArgumentException e = catchThrowableOfType(() -> JobArgumentParser.argumentMap(args("--JOB_RUN_ID")),
        JobArgumentException.class);
    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.MISSING_VALUE);
    assertThat(e.argumentName()).isEqualTo("JOB_RUN_ID");
  }

  @Test
  void resolve_appliesGluesRules_likeParsingTheSameCommandLine() {
    JobArguments fromMap = JobArgumentParser.resolve(Map.of("--RedshiftTempDir", "s3://b/t",
        "--continuation-option", "continuation-enabled"));
    JobArguments fromArgs = JobArgumentParser.parse(args("--RedshiftTempDir", "s3://b/t",
        "--continuation-option", "continuation-enabled"));

    assertThat(fromMap.asMap()).isEqualTo(fromArgs.asMap());
    assertThat(fromMap.tempDir()).contains("s3://b/t");
    assertThat(fromMap.bookmarkSettings().option()).isEqualTo(BookmarkOption.ENABLE);
    assertThatThrownBy(() -> JobArgumentParser.resolve(Map.of("--job-bookmark-option", "job-bookmark-pause",
        "--job-bookmark-from", "jr_1"))).isInstanceOf(JobArgumentException.class)
        .hasMessageContaining("--job-bookmark-to");
  }
}
