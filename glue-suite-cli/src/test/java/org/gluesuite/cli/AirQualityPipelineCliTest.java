package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.GenerationSummary;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatus;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's main command, end to end: {@code run air-quality} on a fresh workspace, then the catalog,
 * query, rerun and failure paths against what it produced. 540 days keep it quick while leaving a full
 * year before the last one for training.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AirQualityPipelineCliTest {
  private static final int DAYS = 540;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path workspace;
  private CliRun pipeline;
  private GenerationSummary expected;

  @BeforeAll
  void runThePipeline() throws Exception {
    Path base = Path.of("target", "cli-tests").toAbsolutePath();
    Files.createDirectories(base);
    workspace = Files.createTempDirectory(base, "ws");
    expected = AirQualityDataGenerator.builder().days(DAYS).build()
        .generate(Files.createTempDirectory(base, "expected"));
    pipeline = CliRun.of("run", "air-quality", "--days", String.valueOf(DAYS), "--workspace", workspace.toString(),
        "--master", "local[2]");
  }

  private DataCatalog catalog() {
    return EmbeddedCatalog.open(workspace.resolve("catalog"));
  }

  @Test
  @Order(1)
  void run_airQuality_succeedsAndPrintsTheSummary() {
    assertThat(pipeline.exitCode()).as(pipeline.stderr()).isZero();
    assertThat(pipeline.stdout())
        .contains("air-quality pipeline SUCCEEDED")
        .containsPattern("rows in error\\s+" + expected.malformedLines() + "\n")
        .containsPattern("rows written\\s+" + DAYS + " daily rows to airquality.no2_weather_daily")
        .containsPattern("partitions written\\s+" + DAYS + " ")
        .containsPattern("model\\s+linear_regression\\+random_forest on ln\\(no2_mean\\) \\(regression\\)\n")
        .containsPattern("test\\s+RMSE \\d+\\.\\d+, MAE \\d+\\.\\d+, R² 0\\.\\d+ · baseline RMSE \\d+\\.\\d+, "
            + "MAE \\d+\\.\\d+, R² 0\\.\\d+ · 365 rows\n");
    assertThat(pipeline.stderr()).contains("air-quality-clean: SUCCEEDED").contains("air-quality-train: SUCCEEDED")
        .doesNotContain("INFO").doesNotContain("WARN");
  }

  @Test
  @Order(2)
  void run_airQuality_registersRawAndCuratedTablesWithTheirPartitions() {
    try (DataCatalog catalog = catalog()) {
      assertThat(catalog.getPartitions("airquality", "raw_openaq")).hasSize(DAYS)
          .first().satisfies(p -> assertThat(p.location()).endsWith("raw/openaq/2021/01/01"));
      Table curated = catalog.getTable("airquality", "no2_weather_daily");
      assertThat(curated.parameters()).containsEntry("classification", "parquet");
      assertThat(curated.partitionKeys()).extracting(c -> c.name()).containsExactly("year", "month", "day");
      assertThat(catalog.getPartitions("airquality", "no2_weather_daily")).hasSize(DAYS)
          .allSatisfy(p -> assertThat(p.location()).contains("/year=" + p.values().get(0) + "/month="));
    }
  }

  @Test
  @Order(3)
  void run_airQuality_recordsBothRunsWithCountsAndMetrics() {
    FileJobRunStore runs = new FileJobRunStore(workspace.resolve("runs/jobs"));
    JobRunRecord clean = runs.list("air-quality-clean").get(0);
    assertThat(clean.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(clean.rowsRead()).containsEntry("airquality.raw_gsod", expected.gsodRows())
        .containsEntry("airquality.raw_openaq", expected.measurementLines() - expected.malformedLines());
    assertThat(clean.totalErrorRecords()).isEqualTo(expected.malformedLines());
    assertThat(clean.rowsWritten()).isEqualTo(DAYS);
    assertThat(clean.arguments()).containsEntry("city", "Valmora");
    JobRunRecord train = runs.list("air-quality-train").get(0);
    assertThat(train.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat((Double) train.results().get("r2")).isBetween(0.45, 0.9);
    assertThat(workspace.resolve("lake/airquality/models/no2/metrics.json")).isRegularFile();
    try (Stream<Path> errors = Files.walk(workspace.resolve("errors"))) {
      assertThat(errors.filter(p -> p.getFileName().toString().endsWith(".json"))).isNotEmpty();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @Order(4)
  void query_overTheCuratedTable_printsATable_andJson() throws Exception {
    CliRun table = CliRun.of("query", "--workspace", workspace.toString(), "--master", "local[2]",
        "SELECT year, count(*) AS days FROM airquality.no2_weather_daily GROUP BY year ORDER BY year");
    assertThat(table.exitCode()).as(table.stderr()).isZero();
    assertThat(table.stdout()).contains("| year | days |").contains("| 2021 | 365  |").contains("| 2022 | 175  |")
        .contains("2 rows");

    CliRun json = CliRun.of("--json", "query", "--workspace", workspace.toString(), "--master", "local[2]",
        "SELECT count(*) AS n, count(DISTINCT date) AS d FROM airquality.no2_weather_daily WHERE month = '02'");
    JsonNode rows = JSON.readTree(json.stdout()).get("rows");
    assertThat(rows.get(0).get("n").asLong()).isEqualTo(28L + 28L);
    assertThat(rows.get(0).get("d").asLong()).isEqualTo(56L);
  }

  @Test
  @Order(4)
  void curatedTable_holdsEveryValidReadingOfTheCity_noneLostToTypeConflicts() throws Exception {
    CliRun hours = CliRun.of("--json", "query", "--workspace", workspace.toString(), "--master", "local[2]",
        "SELECT sum(no2_hours) AS readings FROM airquality.no2_weather_daily");
    assertThat(JSON.readTree(hours.stdout()).get("rows").get(0).get("readings").asLong())
        .isEqualTo(expected.cityNo2Readings());
  }

  @Test
  @Order(5)
  void runJob_again_replacesThePartitionsItWrites_withoutDuplicates() throws Exception {
    CliRun rerun = CliRun.of("run-job", "air-quality-clean", "--workspace", workspace.toString(),
        "--master", "local[2]", "--push_down_predicate", "partition_0 = '2021' AND partition_1 = '03'");
    assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
    assertThat(rerun.stderr()).containsPattern("wrote\\s+31 rows in 31 partitions");

    CliRun count = CliRun.of("--json", "query", "--workspace", workspace.toString(), "--master", "local[2]",
        "SELECT count(*) AS n FROM airquality.no2_weather_daily");
    assertThat(JSON.readTree(count.stdout()).get("rows").get(0).get("n").asLong()).isEqualTo(DAYS);
  }

  @Test
  @Order(6)
  void runJob_whoseJobFails_exitsOne_andRecordsTheFailure() {
    CliRun failed = CliRun.of("run-job", "air-quality-clean", "--workspace", workspace.toString(),
        "--master", "local[2]", "--city", "Atlantis", "--push_down_predicate", "partition_0 = '2021' AND partition_1 = '01'");

    assertThat(failed.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(failed.stderr()).contains("Atlantis").contains("Valmora");
    JobRunRecord record = new FileJobRunStore(workspace.resolve("runs/jobs")).list("air-quality-clean").get(0);
    assertThat(record.state()).isEqualTo(JobRunState.FAILED);
    assertThat(record.errorMessage()).contains("Atlantis");
  }

  @Test
  @Order(7)
  void catalogCommands_answerWithoutSpark_andInGluesShape() throws Exception {
    CliRun tables = CliRun.of("catalog", "tables", "airquality", "--workspace", workspace.toString());
    assertThat(tables.exitCode()).isZero();
    assertThat(tables.stdout()).contains("no2_weather_daily").contains("raw_openaq").contains("raw_gsod");

    CliRun table = CliRun.of("--json", "catalog", "table", "airquality.raw_openaq", "--workspace", workspace.toString());
    JsonNode shape = JSON.readTree(table.stdout()).get("Table");
    assertThat(shape.get("Name").asText()).isEqualTo("raw_openaq");
    assertThat(shape.get("Parameters").get("classification").asText()).isEqualTo("json");
    assertThat(shape.get("PartitionKeys").get(0).get("Name").asText()).isEqualTo("partition_0");
    assertThat(shape.get("Parameters").get("UPDATED_BY_CRAWLER").asText()).isEqualTo("airquality-raw");
    assertThat(shape.get("Parameters").get("compressionType").asText()).isEqualTo("gzip");
    assertThat(shape.get("StorageDescriptor").get("Columns").size()).isEqualTo(12);
  }

  @Test
  @Order(8)
  void badInput_exitsTwo_withAMessageThatSaysWhatToDo() throws Exception {
    CliRun unknownJob = CliRun.of("run-job", "no-such-job", "--workspace", workspace.toString());
    assertThat(unknownJob.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownJob.stderr()).contains("no-such-job").contains("air-quality-clean");

    CliRun unknownTable = CliRun.of("catalog", "table", "airquality.nope", "--workspace", workspace.toString());
    assertThat(unknownTable.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownTable.stderr()).contains("nope").contains("getTables(\"airquality\")")
        .contains("hint: ./glue-suite catalog databases, catalog tables DATABASE");

    CliRun badName = CliRun.of("catalog", "table", "just_a_table", "--workspace", workspace.toString());
    assertThat(badName.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badName.stderr()).contains("DATABASE.TABLE");

    CliRun unknownPipeline = CliRun.of("run", "weather", "--workspace", workspace.toString());
    assertThat(unknownPipeline.exitCode()).isEqualTo(ExitCode.USAGE);

    // --input: every check before anything changes or runs
    int runsBefore = new WorkflowRunStore(workspace.resolve("runs/workflows")).list("air-quality").size();
    Path notes = workspace.getParent().resolve("notes-only-" + workspace.getFileName());
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("README.md"), "# no data here\n");
    CliRun emptyInput = CliRun.of("run", "air-quality", "--input", notes.toString(), "--workspace",
        workspace.toString());
    assertThat(emptyInput.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(emptyInput.stderr()).contains("error: The input folder " + notes + " holds no data files")
        .contains("hint: ./glue-suite run --help lists the pipelines");
    Files.writeString(notes.resolve("ShippingLogs.csv"), "ShippingPriority,ProductId,OrderID\nStandard,1,2\n");
    CliRun otherPipeline = CliRun.of("run", "air-quality", "--input", notes.toString(), "--workspace",
        workspace.toString());
    assertThat(otherPipeline.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(otherPipeline.stderr()).contains("ShippingLogs.csv is not an input of pipeline air-quality");
    assertThat(new WorkflowRunStore(workspace.resolve("runs/workflows")).list("air-quality")).hasSize(runsBefore);
    assertThat(workspace.resolve("lake/airquality/raw/openaq")).isDirectory();

    CliRun unknownOption = CliRun.of("catalog", "tables", "airquality", "--bogus", "--workspace", workspace.toString());
    assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownOption.stderr()).contains("--bogus");

    CliRun reserved = CliRun.of("run-job", "air-quality-clean", "--workspace", workspace.toString(),
        "--job-bookmark-option", "job-bookmark-pause", "--job-bookmark-to", "jr_1");
    assertThat(reserved.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(reserved.stderr()).contains("job-bookmark-from");
  }

  @Test
  @Order(10)
  void run_airQuality_isAWorkflowRun_withHistory_andAnHtmlReport() throws Exception {
    WorkflowRunStore store = new WorkflowRunStore(workspace.resolve("runs/workflows"));
    WorkflowRun run = store.list("air-quality").get(store.list("air-quality").size() - 1);
    assertThat(run.status()).isEqualTo(WorkflowRunStatus.COMPLETED);
    assertThat(run.nodes()).extracting(n -> n.name() + "=" + n.displayState()).containsExactlyInAnyOrder(
        "airquality-raw=SUCCEEDED", "air-quality-clean=SUCCEEDED", "air-quality-train=SUCCEEDED",
        "air-quality-monthly=SUCCEEDED", "air-quality-record-failure=NOT_RUN");
    assertThat(run.statistics().succeededActions()).isEqualTo(4);
    assertThat(run.node("air-quality-clean").orElseThrow().lastAttempt().orElseThrow().arguments())
        .containsEntry("--WORKFLOW_NAME", "air-quality").containsEntry("--WORKFLOW_RUN_ID", run.workflowRunId())
        .containsEntry("--city", "Valmora");
    assertThat(Path.of(run.report())).isRegularFile().content().contains("<svg id=\"dag\"").contains("RMSE".toLowerCase());
    // the clean job's insights profile of the curated table, linked from the report
    Path profile = workspace.resolve("lake/airquality/profiles/no2_weather_daily/quality.html");
    assertThat(profile).isRegularFile().content().contains("Profile of airquality.no2_weather_daily");
    assertThat(Path.of(run.report())).content().contains("<table id=\"profiles\">")
        .contains("href=\"" + profile.toUri() + "\"");
    assertThat(pipeline.stdout()).contains("report              " + run.report());
    assertThat(pipeline.stderr()).contains("▶ crawler airquality-raw").contains("✔ air-quality-clean SUCCEEDED")
        .contains("trigger air-quality-after-clean fired");

    CliRun monthly = CliRun.of("--json", "query", "--workspace", workspace.toString(), "--master", "local[2]",
        "SELECT count(*) AS n, max(pipeline) AS p FROM airquality.no2_monthly");
    JsonNode row = JSON.readTree(monthly.stdout()).get("rows").get(0);
    assertThat(row.get("n").asLong()).as("the SQL job's monthly table").isEqualTo(18L);
    assertThat(row.get("p").asText()).as("run property substituted into the SQL").isEqualTo("air-quality");

    CliRun runs = CliRun.of("workflow", "runs", "air-quality", "--workspace", workspace.toString());
    assertThat(runs.stdout()).contains(run.workflowRunId()).contains("COMPLETED").contains("4/4");
    CliRun show = CliRun.of("workflow", "show", run.workflowRunId(), "--workspace", workspace.toString());
    assertThat(show.stdout()).contains("air-quality-monthly").contains("SUCCEEDED").contains(".html");
  }

  @Test
  @Order(11)
  void workflowResume_rerunsTheChosenNodeOnly_asANewRunPointingBack() throws Exception {
    WorkflowRunStore store = new WorkflowRunStore(workspace.resolve("runs/workflows"));
    String first = store.list("air-quality").get(store.list("air-quality").size() - 1).workflowRunId();

    CliRun resume = CliRun.of("workflow", "resume", first, "--node", "air-quality-monthly",
        "--workspace", workspace.toString(), "--master", "local[2]");

    assertThat(resume.exitCode()).as(resume.stderr()).isZero();
    WorkflowRun resumed = store.list("air-quality").get(0);
    assertThat(resumed.previousRunId()).isEqualTo(first);
    assertThat(resumed.statistics().totalActions()).isEqualTo(1);
    assertThat(resumed.node("air-quality-clean").orElseThrow().carriedFromRunId()).isEqualTo(first);
    assertThat(resume.stderr()).contains("▶ job air-quality-monthly").doesNotContain("▶ job air-quality-clean");
  }

  @Test
  @Order(12)
  void failureBranch_runsWhenTheCleanJobFails_andTheRunExitsOne() throws Exception {
    Path definitions = Files.createTempDirectory(workspace.getParent(), "defs");
    copyTree(Path.of("..", "workflows", "definitions", "air-quality"), definitions.resolve("air-quality"));
    Path afterCrawl = definitions.resolve("air-quality/triggers/after-crawl.json");
    Files.writeString(afterCrawl, Files.readString(afterCrawl).replace("\"--city\": \"Valmora\"",
        "\"--city\": \"Atlantis\", \"--push_down_predicate\": \"partition_0 = '2021' AND partition_1 = '01'\""));

    CliRun failed = CliRun.of("workflow", "run", "air-quality", "--definitions", definitions.toString(),
        "--workspace", workspace.toString(), "--master", "local[2]");

    assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(ExitCode.JOB_FAILED);
    WorkflowRun run = new WorkflowRunStore(workspace.resolve("runs/workflows")).list("air-quality").get(0);
    assertThat(run.status()).as("a run with failed nodes is COMPLETED, as in Glue").isEqualTo(WorkflowRunStatus.COMPLETED);
    assertThat(run.node("air-quality-clean").orElseThrow().state()).isEqualTo(JobRunState.FAILED);
    assertThat(run.node("air-quality-clean").orElseThrow().errorMessage()).contains("Atlantis");
    assertThat(run.node("air-quality-train").orElseThrow().started()).isFalse();
    assertThat(run.node("air-quality-record-failure").orElseThrow().state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.workflowRunProperties()).containsEntry("failure_recorded", "true");
    assertThat(workspace.resolve("lake/airquality/failures/" + run.workflowRunId() + ".json")).isRegularFile();
  }

  @Test
  @Order(13)
  void invalidDefinitions_exitTwo_listingEveryProblem() throws Exception {
    Path definitions = Files.createTempDirectory(workspace.getParent(), "bad");
    copyTree(Path.of("..", "workflows", "definitions", "air-quality"), definitions.resolve("air-quality"));
    Path start = definitions.resolve("air-quality/triggers/start.json");
    Files.writeString(start, Files.readString(start).replace("airquality-raw", "no-such-crawler")
        .replace("\"ON_DEMAND\",", "\"ON_DEMAND\", \"StartOnCreation\": true,"));

    CliRun bad = CliRun.of("workflow", "run", "air-quality", "--definitions", definitions.toString(),
        "--workspace", workspace.toString());

    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.stderr()).contains("triggers/start.json: $.Actions[0].CrawlerName")
        .contains("triggers/start.json: $.StartOnCreation").contains("nothing ran");
  }

  @Test
  @Order(14)
  void cleanJob_evaluatesTheCuratedTablesRuleset_intoItsRunRecord_theHistory_andTheReport() throws Exception {
    JobRunRecord clean = new FileJobRunStore(workspace.resolve("runs/jobs")).list("air-quality-clean").stream()
        .filter(r -> r.state() == JobRunState.SUCCEEDED).reduce((a, b) -> b).orElseThrow();
    JsonNode results = JSON.valueToTree(clean.results()).get("DataQuality");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("RulesetName").asText()).isEqualTo("no2_weather_daily_quality");
    assertThat(results.get(0).get("Score").asDouble()).isEqualTo(1.0);
    assertThat(results.get(0).get("RuleResults")).hasSize(9);
    WorkflowRun first = new WorkflowRunStore(workspace.resolve("runs/workflows")).list("air-quality").stream()
        .filter(r -> r.previousRunId() == null).reduce((a, b) -> b).orElseThrow();
    String report = Files.readString(workspace.resolve("runs/workflows/air-quality/" + first.workflowRunId()
        + ".html"));
    assertThat(report).contains("<h2>Data quality</h2>").contains("data-ruleset=\"no2_weather_daily_quality\"")
        .contains("9 / 9");
    CliRun history = CliRun.of("--json", "dq", "results", "airquality.no2_weather_daily", "--workspace",
        workspace.toString());
    assertThat(history.exitCode()).as(history.stderr()).isZero();
    assertThat(JSON.readTree(history.stdout()).get("Results")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("JobName").asText()).isEqualTo("air-quality-clean"));
  }

  @Test
  @Order(15)
  void dqRun_evaluatesTheTablesRulesets_printsOutcomes_andKeepsTheResult() throws Exception {
    CliRun run = CliRun.of("dq", "run", "airquality.no2_weather_daily", "--workspace", workspace.toString(),
        "--master", "local[2]");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("Passed").contains("IsPrimaryKey \"station\" \"date\"")
        .contains("ruleset no2_weather_daily_quality on airquality.no2_weather_daily: 9 of 9 rules passed");
    CliRun history = CliRun.of("dq", "results", "airquality.no2_weather_daily", "--workspace", workspace.toString());
    assertThat(history.stdout()).contains("dq run").contains("air-quality-clean");

    Path strict = Files.createTempDirectory(workspace.getParent(), "strict");
    Files.writeString(strict.resolve("strict.json"), """
        {"Name": "strict", "Ruleset": "Rules = [ RowCount > 1000000, ColumnValues \\"no2_mean\\" < 1 with threshold > 0.5 ]",
         "TargetTable": {"DatabaseName": "airquality", "TableName": "no2_weather_daily"}}""");
    CliRun failing = CliRun.of("--json", "dq", "run", "airquality.no2_weather_daily", "--ruleset", "strict",
        "--rulesets", strict.toString(), "--workspace", workspace.toString(), "--master", "local[2]");
    assertThat(failing.exitCode()).as(failing.stderr()).isEqualTo(ExitCode.JOB_FAILED);
    JsonNode result = JSON.readTree(failing.stdout()).get("Results").get(0);
    assertThat(result.get("Score").asDouble()).isZero();
    assertThat(result.get("RuleResults").get(0).get("EvaluationMessage").asText())
        .isEqualTo("Value: " + DAYS + " does not meet the constraint requirement!");
  }

  @Test
  @Order(16)
  void dqRun_withBadRulesets_exitsTwoBeforeAnySparkJob_namingFileLineAndColumn() throws Exception {
    Path bad = Files.createTempDirectory(workspace.getParent(), "badrules");
    Files.writeString(bad.resolve("bad.json"), """
        {"Name": "bad", "Ruleset": "Rules = [\\n  RowCount > 0,\\n  IsComplete \\"no2_meen\\",\\n  IsFancy \\"date\\"\\n]",
         "TargetTable": {"DatabaseName": "airquality", "TableName": "no2_weather_daily"}}""");
    CliRun run = CliRun.of("dq", "run", "airquality.no2_weather_daily", "--rulesets", bad.toString(),
        "--workspace", workspace.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.stderr()).contains("bad.json: $.Ruleset: DQDL line 4, column 3").contains("IsFancy");
    CliRun checked = CliRun.of("dq", "rulesets", "--rulesets", bad.toString(), "--workspace", workspace.toString());
    assertThat(checked.exitCode()).isEqualTo(ExitCode.USAGE);

    Files.writeString(bad.resolve("bad.json"), """
        {"Name": "bad", "Ruleset": "Rules = [ IsComplete \\"no2_meen\\" ]",
         "TargetTable": {"DatabaseName": "airquality", "TableName": "no2_weather_daily"}}""");
    CliRun column = CliRun.of("dq", "run", "airquality.no2_weather_daily", "--rulesets", bad.toString(),
        "--workspace", workspace.toString());
    assertThat(column.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(column.stderr()).contains("DQDL line 1, column 11: column 'no2_meen' is not in the data")
        .contains("did you mean 'no2_mean'?");
    CliRun unknown = CliRun.of("dq", "run", "airquality.raw_gsod", "--workspace", workspace.toString());
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.stderr()).contains("No ruleset is attached to airquality.raw_gsod");
  }

  @Test
  @Order(17)
  void failedRuleset_failsTheCleanJob_andTheWorkflowsFailureBranchFires() throws Exception {
    Path rules = Files.createTempDirectory(workspace.getParent(), "failing");
    Files.writeString(rules.resolve("too_strict.json"), """
        {"Name": "too_strict", "Ruleset": "Rules = [ RowCount > 1000000, IsComplete \\"date\\" ]",
         "TargetTable": {"DatabaseName": "airquality", "TableName": "no2_weather_daily"}}""");
    Path definitions = Files.createTempDirectory(workspace.getParent(), "dqdefs");
    copyTree(Path.of("..", "workflows", "definitions", "air-quality"), definitions.resolve("air-quality"));
    Path afterCrawl = definitions.resolve("air-quality/triggers/after-crawl.json");
    Files.writeString(afterCrawl, Files.readString(afterCrawl).replace("\"--city\": \"Valmora\"",
        "\"--city\": \"Valmora\", \"--data_quality_rulesets\": \"" + rules + "\""));

    CliRun failed = CliRun.of("workflow", "run", "air-quality", "--definitions", definitions.toString(),
        "--workspace", workspace.toString(), "--master", "local[2]");

    assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(ExitCode.JOB_FAILED);
    WorkflowRun run = new WorkflowRunStore(workspace.resolve("runs/workflows")).list("air-quality").get(0);
    var clean = run.node("air-quality-clean").orElseThrow();
    assertThat(clean.state()).isEqualTo(JobRunState.FAILED);
    assertThat(clean.errorMessage()).contains("DataQualityFailedException").contains("RowCount > 1000000");
    assertThat(run.node("air-quality-train").orElseThrow().started()).isFalse();
    assertThat(run.node("air-quality-record-failure").orElseThrow().state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(JSON.valueToTree(clean.lastAttempt().orElseThrow().results()).get("DataQuality").get(0)
        .get("RulesetName").asText()).isEqualTo("too_strict");
    String report = Files.readString(workspace.resolve("runs/workflows/air-quality/" + run.workflowRunId()
        + ".html"));
    assertThat(report).contains("data-ruleset=\"too_strict\"").contains("1 / 2").contains("RowCount &gt; 1000000");
  }

  @Test
  @Order(16)
  void profile_writesQualityJsonAndAPageWithOneChartPerColumn() throws Exception {
    Path out = workspace.getParent().resolve("profile-" + workspace.getFileName());
    CliRun run = CliRun.of("--json", "profile", "airquality.no2_monthly", "--target", "no2_mean", "--output",
        out.toString(), "--workspace", workspace.toString(), "--master", "local[2]");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode quality = JSON.readTree(Files.readString(out.resolve("quality.json")));
    assertThat(quality.path("table").asText()).isEqualTo("airquality.no2_monthly");
    assertThat(quality.path("rows").asLong()).isEqualTo(18L);
    assertThat(quality.path("target").asText()).isEqualTo("no2_mean");
    int columns = quality.path("columns").size();
    assertThat(columns).isGreaterThan(2);
    String html = Files.readString(out.resolve("quality.html"));
    assertThat(html.split("<img class=\"chart\"", -1)).hasSize(1 + columns);
    assertThat(JSON.readTree(run.stdout()).path("QualityJson").asText()).isEqualTo(out.resolve("quality.json")
        .toString());

    CliRun bad = CliRun.of("profile", "airquality.no2_monthly", "--target", "nope", "--workspace",
        workspace.toString(), "--master", "local[2]");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.stderr()).contains("'nope' is not a column of airquality.no2_monthly");
  }

  @Test
  @Order(18)
  void runWithInput_landsBeijingFiles_andRunsTheSameWorkflowOnThem() throws Exception {
    Path input = Files.createDirectories(workspace.getParent().resolve("beijing-" + workspace.getFileName()));
    writeBeijingFile(input.resolve("PRSA_Data_Dongsi_20130301-20140714.csv"), "Dongsi", 500);

    CliRun real = CliRun.of("run", "air-quality", "--input", input.toString(), "--workspace", workspace.toString(),
        "--master", "local[2]");

    assertThat(real.exitCode()).as(real.stderr()).isZero();
    assertThat(real.stderr()).contains("landed 1 Beijing multi-site file, 12,000 hourly rows of stations [Dongsi]");
    assertThat(real.stdout()).contains("air-quality pipeline SUCCEEDED")
        .containsPattern("rows in error\\s+24\n")
        .containsPattern("rows written\\s+500 daily rows to airquality.no2_weather_daily")
        .containsPattern("test by station\\s+Dongsi R² 0\\.\\d+")
        .containsPattern("with NO2 lag\\s+test R² 0\\.\\d+");
    try (DataCatalog catalog = catalog()) {
      assertThat(catalog.getTables("airquality")).extracting(Table::name)
          .contains("raw_beijing", "no2_weather_daily").doesNotContain("raw_openaq", "raw_gsod");
    }
  }

  /**
   * {@code days} of hourly rows in the UCI layout for one station, NO2 driven by the wind, with every 500th row's
   * wind direction invalid (24 rows) so the run has error records to count.
   */
  private static void writeBeijingFile(Path file, String station, int days) throws java.io.IOException {
    java.util.Random random = new java.util.Random(5);
    StringBuilder b = new StringBuilder("\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"PM10\",\"SO2\","
        + "\"NO2\",\"CO\",\"O3\",\"TEMP\",\"PRES\",\"DEWP\",\"RAIN\",\"wd\",\"WSPM\",\"station\"\n");
    java.time.LocalDate start = java.time.LocalDate.of(2013, 3, 1);
    String[] directions = {"N", "NW", "S", "SE", "E", "W"};
    int no = 0;
    for (int d = 0; d < days; d++) {
      java.time.LocalDate day = start.plusDays(d);
      double windiness = 0.5 + 4 * random.nextDouble();
      double warmth = 12 + 14 * Math.sin(2 * Math.PI * (d - 50) / 365.0);
      for (int h = 0; h < 24; h++) {
        no++;
        double wind = Math.max(0.1, windiness + random.nextGaussian() * 0.5);
        double no2 = Math.max(2, 90 - 14 * wind - 0.8 * warmth + random.nextGaussian() * 5);
        String wd = no % 500 == 0 ? "XX" : directions[random.nextInt(directions.length)];
        b.append(String.format(java.util.Locale.ROOT, "%d,%d,%d,%d,%d,NA,NA,NA,%.0f,NA,NA,%.1f,%.1f,%.1f,0,"
            + "\"%s\",%.1f,\"%s\"%n", no, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), h, no2,
            warmth + random.nextGaussian(), 1015 + random.nextGaussian() * 5, warmth - 8, wd, wind, station));
      }
    }
    Files.writeString(file, b.toString());
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  @Test
  @Order(9)
  void everySubcommand_hasHelp() {
    for (List<String> command : List.of(List.of("--help"), List.of("run", "--help"), List.of("run-job", "--help"),
        List.of("query", "--help"), List.of("catalog", "--help"), List.of("catalog", "table", "--help"),
        List.of("jobs", "--help"), List.of("runs", "--help"), List.of("workflow", "--help"),
        List.of("workflow", "run", "--help"), List.of("workflow", "resume", "--help"), List.of("scheduler", "--help"))) {
      CliRun help = CliRun.of(command.toArray(new String[0]));
      assertThat(help.exitCode()).as(command.toString()).isZero();
      assertThat(help.stdout()).as(command.toString()).contains("Usage: glue-suite");
    }
  }
}
