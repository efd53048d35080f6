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
import org.gluesuite.runtime.job.JobRunState;
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
        .containsPattern("model\\s+LINEAR_REGRESSION: RMSE \\d+\\.\\d+, MAE \\d+\\.\\d+, R² 0\\.\\d+");
    assertThat(pipeline.stderr()).contains("air-quality-clean: SUCCEEDED").contains("air-quality-train: SUCCEEDED")
        .doesNotContain("INFO").doesNotContain("WARN");
  }

  @Test
  @Order(2)
  void run_airQuality_registersRawAndCuratedTablesWithTheirPartitions() {
    try (DataCatalog catalog = catalog()) {
      assertThat(catalog.getPartitions("airquality", "openaq_raw")).hasSize(DAYS)
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
    assertThat(clean.rowsRead()).containsEntry("airquality.gsod_raw", expected.gsodRows())
        .containsEntry("airquality.openaq_raw", expected.measurementLines() - expected.malformedLines());
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
        "--master", "local[2]", "--push_down_predicate", "year = '2021' AND month = '03'");
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
        "--master", "local[2]", "--city", "Atlantis", "--push_down_predicate", "year = '2021' AND month = '01'");

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
    assertThat(tables.stdout()).contains("no2_weather_daily").contains("openaq_raw").contains("gsod_raw");

    CliRun table = CliRun.of("--json", "catalog", "table", "airquality.openaq_raw", "--workspace", workspace.toString());
    JsonNode shape = JSON.readTree(table.stdout()).get("Table");
    assertThat(shape.get("Name").asText()).isEqualTo("openaq_raw");
    assertThat(shape.get("Parameters").get("classification").asText()).isEqualTo("json");
    assertThat(shape.get("PartitionKeys").get(0).get("Name").asText()).isEqualTo("year");
    assertThat(shape.get("StorageDescriptor").get("Columns").size()).isEqualTo(8);
  }

  @Test
  @Order(8)
  void badInput_exitsTwo_withAMessageThatSaysWhatToDo() {
    CliRun unknownJob = CliRun.of("run-job", "no-such-job", "--workspace", workspace.toString());
    assertThat(unknownJob.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownJob.stderr()).contains("no-such-job").contains("air-quality-clean");

    CliRun unknownTable = CliRun.of("catalog", "table", "airquality.nope", "--workspace", workspace.toString());
    assertThat(unknownTable.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownTable.stderr()).contains("nope").contains("catalog tables airquality");

    CliRun badName = CliRun.of("catalog", "table", "just_a_table", "--workspace", workspace.toString());
    assertThat(badName.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badName.stderr()).contains("DATABASE.TABLE");

    CliRun unknownPipeline = CliRun.of("run", "weather", "--workspace", workspace.toString());
    assertThat(unknownPipeline.exitCode()).isEqualTo(ExitCode.USAGE);

    CliRun unknownOption = CliRun.of("catalog", "tables", "airquality", "--bogus", "--workspace", workspace.toString());
    assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownOption.stderr()).contains("--bogus");

    CliRun reserved = CliRun.of("run-job", "air-quality-clean", "--workspace", workspace.toString(),
        "--job-bookmark-option", "job-bookmark-pause", "--job-bookmark-to", "jr_1");
    assertThat(reserved.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(reserved.stderr()).contains("job-bookmark-from");
  }

  @Test
  @Order(9)
  void everySubcommand_hasHelp() {
    for (List<String> command : List.of(List.of("--help"), List.of("run", "--help"), List.of("run-job", "--help"),
        List.of("query", "--help"), List.of("catalog", "--help"), List.of("catalog", "table", "--help"),
        List.of("jobs", "--help"), List.of("runs", "--help"))) {
      CliRun help = CliRun.of(command.toArray(new String[0]));
      assertThat(help.exitCode()).as(command.toString()).isZero();
      assertThat(help.stdout()).as(command.toString()).contains("Usage: glue-suite");
    }
  }
}
