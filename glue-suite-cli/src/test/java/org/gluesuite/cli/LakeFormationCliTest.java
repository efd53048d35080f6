package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.spark.LocalSparkSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code catalog apply|drift}, {@code lf …} and {@code --principal} end to end on a workspace whose curated table
 * is created from the declared schema and filled with four days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LakeFormationCliTest {
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AirQualityAnalystRole";
  private static final String CLEAN = "arn:aws:iam::000000000000:role/AirQualityCleanRole";
  private static final String STEWARD = "arn:aws:iam::000000000000:role/AirQualityStewardRole";
  private Path workspace;
  private CliRun firstApply;
  private Path airQualitySchemas;

  @BeforeAll
  void curatedTableWithFourDays() throws Exception {
    Path base = Path.of("target", "cli-tests").toAbsolutePath();
    Files.createDirectories(base);
    workspace = Files.createTempDirectory(base, "lf");
    airQualitySchemas = Files.createDirectories(workspace.resolveSibling(workspace.getFileName() + "-schemas")
        .resolve("airquality"));
    try (var files = Files.list(Path.of("..", "catalog-schemas", "definitions", "airquality"))) {
      for (Path file : files.toList()) {
        Files.copy(file, airQualitySchemas.resolve(file.getFileName().toString()));
      }
    }
    airQualitySchemas = airQualitySchemas.getParent();
    firstApply = schemas("catalog", "apply");
    String location;
    List<Column> columns;
    try (DataCatalog catalog = catalog()) {
      Table table = catalog.getTable("airquality", "no2_weather_daily");
      location = table.storageDescriptor().location();
      columns = table.storageDescriptor().columns();
    }
    StructType schema = new StructType();
    for (Column column : columns) {
      schema = schema.add(column.name(), column.type().equals("date") ? DataTypes.DateType
          : column.type().equals("bigint") ? DataTypes.LongType
          : column.type().equals("string") ? DataTypes.StringType : DataTypes.DoubleType);
    }
    SparkSession spark = LocalSparkSessions.builder("lf-cli-test", "local[2]", workspace.resolve("tmp")).getOrCreate();
    List<PartitionInput> partitions = new ArrayList<>();
    try {
      for (String day : List.of("2022-12-31", "2023-01-01", "2023-01-02", "2023-01-03")) {
        Object[] values = new Object[columns.size()];
        values[0] = Date.valueOf(day);
        values[1] = day.endsWith("02") ? null : Double.valueOf(day.substring(8));
        values[2] = 24L;
        for (int i = 3; i < values.length; i++) {
          String type = columns.get(i).type();
          values[i] = type.equals("bigint") ? (Object) 3L : type.equals("string") ? (Object) "Valmora" : (Object) 1.5;
        }
        List<String> keys = List.of(day.substring(0, 4), day.substring(5, 7), day.substring(8));
        String folder = location + "/year=" + keys.get(0) + "/month=" + keys.get(1) + "/day=" + keys.get(2);
        spark.createDataFrame(List.<Row>of(RowFactory.create(values)), schema).write().mode(SaveMode.Overwrite)
            .parquet(folder);
        partitions.add(new PartitionInput(keys, StorageDescriptor.of(List.of(), folder, StorageFormat.PARQUET), Map.of()));
      }
    } finally {
      spark.stop();
    }
    try (DataCatalog catalog = catalog()) {
      catalog.batchCreatePartition("airquality", "no2_weather_daily", partitions);
    }
  }

  private CliRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--workspace", workspace.toString(), "--master", "local[2]"));
    return CliRun.of(all.toArray(new String[0]));
  }

  /** {@code catalog apply|drift} over the air-quality pipeline's declared schemas only (the test's subject). */
  private CliRun schemas(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--definitions", airQualitySchemas.toString()));
    return cli(all.toArray(new String[0]));
  }

  private DataCatalog catalog() {
    return EmbeddedCatalog.open(workspace.resolve("catalog"));
  }

  @Test
  @Order(1)
  void catalogApply_createsTheDeclaredTables_thenChangesNothing() {
    assertThat(firstApply.exitCode()).as(firstApply.stderr()).isZero();
    assertThat(firstApply.stdout()).contains("+ database airquality").contains("+ table airquality.no2_weather_daily")
        .contains("2 changes, 0 unchanged");
    CliRun second = schemas("catalog", "apply");
    assertThat(second.stdout()).contains("= table airquality.no2_weather_daily (unchanged)")
        .contains("0 changes, 2 unchanged");
    CliRun denied = schemas("--principal", ANALYST, "catalog", "apply");
    assertThat(denied.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(denied.stderr()).contains("Insufficient Lake Formation permission(s)").contains(ANALYST);
  }

  @Test
  @Order(2)
  void catalogDrift_reportsAPlantedColumnChange_andApplyRepairsIt() {
    CliRun clean = schemas("catalog", "drift");
    assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();
    assertThat(clean.stdout()).contains("✓ airquality.no2_weather_daily");
    try (DataCatalog catalog = catalog()) {
      Table table = catalog.getTable("airquality", "no2_weather_daily");
      List<Column> retyped = table.storageDescriptor().columns().stream()
          .map(c -> c.name().equals("stations") ? new Column("stations", "string", c.comment()) : c).toList();
      catalog.updateTable("airquality", table.toInput().withStorageDescriptor(
          table.storageDescriptor().withColumns(retyped)));
    }
    CliRun drifted = schemas("catalog", "drift");
    assertThat(drifted.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(drifted.stdout()).contains("✗ airquality.no2_weather_daily")
        .contains("catalog: column retyped in the catalog: stations string (declared bigint)");
    assertThat(schemas("catalog", "apply").stdout()).contains("~ column stations string → bigint");
    assertThat(schemas("catalog", "drift").exitCode()).isZero();
  }

  @Test
  @Order(3)
  void query_asTheAnalyst_seesOnlyItsRowsAndColumns() {
    CliRun all = cli("--principal", ANALYST, "query", "SELECT * FROM airquality.no2_weather_daily ORDER BY date");
    assertThat(all.exitCode()).as(all.stderr()).isZero();
    assertThat(all.stdout()).contains("| date ").contains("no2_mean").doesNotContain("no2_hours")
        .contains("2023-01-01").contains("2023-01-03").doesNotContain("2022-12-31").doesNotContain("2023-01-02")
        .contains("2 rows");
    CliRun hidden = cli("--principal", ANALYST, "query", "SELECT no2_hours FROM airquality.no2_weather_daily");
    assertThat(hidden.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(hidden.stderr()).contains("no2_hours");
    CliRun admin = cli("query", "SELECT count(*) AS n FROM airquality.no2_weather_daily");
    assertThat(admin.stdout()).contains("| 4 ");
  }

  @Test
  @Order(3)
  void sqlJob_runsAsItsCaller_andReadsOnlyWhatLakeFormationAllows() throws Exception {
    Path out = workspace.resolve("analyst-out");
    CliRun copied = cli("--principal", ANALYST, "run-job", "glue-suite-sql", "--sql_query",
        "SELECT * FROM airquality.no2_weather_daily", "--target_path", out.toString());
    assertThat(copied.exitCode()).as(copied.stderr()).isZero();
    SparkSession spark = LocalSparkSessions.builder("lf-cli-test", "local[1]", workspace.resolve("tmp")).getOrCreate();
    try {
      org.apache.spark.sql.Dataset<Row> written = spark.read().parquet(out.toString());
      assertThat(written.columns()).contains("no2_mean").doesNotContain("no2_hours");
      assertThat(written.count()).isEqualTo(2);
    } finally {
      spark.stop();
    }

    CliRun hidden = cli("--principal", ANALYST, "run-job", "glue-suite-sql", "--sql_query",
        "SELECT no2_hours FROM airquality.no2_weather_daily", "--target_path", workspace.resolve("leak").toString());
    assertThat(hidden.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(hidden.stderr()).contains("no2_hours");
    assertThat(workspace.resolve("leak")).doesNotExist();
  }

  @Test
  @Order(4)
  void query_withoutSelect_isDenied_andAudited() throws Exception {
    CliRun denied = cli("--principal", CLEAN, "query", "SELECT * FROM airquality.no2_weather_daily");
    assertThat(denied.exitCode()).as(denied.stdout()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(denied.stderr()).contains("Insufficient Lake Formation permission(s)").contains(CLEAN)
        .contains("SELECT on table airquality.no2_weather_daily");
    List<String> audit = Files.readAllLines(workspace.resolve("lakeformation/audit.jsonl"));
    assertThat(audit).anySatisfy(line -> assertThat(line).contains(CLEAN).contains("\"DENIED\"")
        .contains("\"SELECT\""));
    assertThat(audit).anySatisfy(line -> assertThat(line).contains(ANALYST).contains("\"ALLOWED\"")
        .contains("analyst_recent_days"));
  }

  @Test
  @Order(5)
  void lfGrant_needsTheGrantOption_andListShowsGrants() {
    CliRun byAnalyst = cli("--principal", ANALYST, "lf", "grant", "--principal-arn", CLEAN, "--permissions", "SELECT",
        "--table", "airquality.no2_weather_daily");
    assertThat(byAnalyst.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
    assertThat(byAnalyst.stderr()).contains("cannot grant or revoke SELECT");
    CliRun bySteward = cli("--principal", STEWARD, "lf", "grant", "--principal-arn", CLEAN, "--permissions", "SELECT",
        "--table", "airquality.no2_weather_daily", "--excluded-columns", "no2_hours");
    assertThat(bySteward.exitCode()).as(bySteward.stderr()).isZero();
    CliRun list = cli("lf", "list", "--principal-arn", CLEAN);
    assertThat(list.stdout()).contains("all columns except [no2_hours]").contains("data location");
    CliRun read = cli("--principal", CLEAN, "query", "SELECT count(*) AS n FROM airquality.no2_weather_daily");
    assertThat(read.exitCode()).as(read.stderr()).isZero();
    assertThat(read.stdout()).contains("| 4 ");
    CliRun revoke = cli("lf", "revoke", "--principal-arn", CLEAN, "--permissions", "SELECT",
        "--table", "airquality.no2_weather_daily", "--excluded-columns", "no2_hours");
    assertThat(revoke.exitCode()).as(revoke.stderr()).isZero();
    CliRun bad = cli("lf", "grant", "--principal-arn", CLEAN, "--permissions", "SELECT", "--database", "airquality");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.stderr()).contains("SELECT does not apply to a Database resource");
    assertThat(cli("lf", "apply").stdout()).contains("no changes");
  }

  @Test
  @Order(6)
  void catalogTables_listsOnlyTablesThePrincipalMayDescribe() {
    assertThat(cli("--principal", ANALYST, "catalog", "tables", "airquality").stdout()).contains("no2_weather_daily");
    CliRun outsider = cli("--principal", "arn:aws:iam::000000000000:role/OutsiderRole", "catalog", "tables",
        "airquality");
    assertThat(outsider.exitCode()).isZero();
    assertThat(outsider.stdout()).doesNotContain("no2_weather_daily");
  }
}
