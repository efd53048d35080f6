package org.gluesuite.lakeformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.lakeformation.LakeFixture.ADMIN;
import static org.gluesuite.lakeformation.LakeFixture.ANALYST;
import static org.gluesuite.lakeformation.LakeFixture.CLEAN;
import static org.gluesuite.lakeformation.LakeFixture.OUTSIDER;
import static org.gluesuite.lakeformation.LakeFixture.PUBLIC_READER;
import static org.gluesuite.lakeformation.LakeFixture.STEWARD;
import static org.gluesuite.lakeformation.LakeFixture.TRAIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.access.AccessDeniedException;
import org.gluesuite.runtime.access.WriteTarget;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.testing.TestSpark;
import org.gluesuite.common.json.DefinitionNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each principal and each table: SELECT, DESCRIBE, INSERT and DROP allowed or denied, the columns and rows a
 * read returns (column include/exclude, row filters, LF-Tag grants), through real catalog reads on Spark.
 */
class PermissionMatrixTest {
  private static final String EXTRA = """
      {
        "Grants": [
          {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/PublicReaderRole"},
           "Resource": {"LFTagPolicy": {"ResourceType": "TABLE",
             "Expression": [{"TagKey": "sensitivity", "TagValues": ["public"]}]}},
           "Permissions": ["SELECT"]}
        ]
      }""";
  private static LakeFixture lake;

  @BeforeAll
  static void lake() throws Exception {
    lake = LakeFixture.create(EXTRA);
  }

  /** One cell row of the matrix: what a principal may do with a table, and what its read returns. */
  record Cell(DataLakePrincipal principal, String table, boolean select, boolean describe, boolean insert,
      boolean drop, List<String> columns, int rows) {
  }

  private static final List<String> RAW = List.of("location", "city", "value");
  private static final List<String> DAILY = List.of("no2_mean", "no2_hours", "temp_mean", "year");
  private static final List<String> DAILY_NO_HOURS = List.of("no2_mean", "temp_mean", "year");
  private static final List<String> NONE = List.of();

  static Stream<Arguments> matrix() {
    return Stream.of(
        // principal, table, SELECT, DESCRIBE, INSERT, DROP, columns read, rows read
        new Cell(ADMIN, "airquality.raw_openaq", true, true, true, true, RAW, 2),
        new Cell(ADMIN, "airquality.no2_weather_daily", true, true, true, true, DAILY, 4),
        new Cell(ADMIN, "hr.salaries", true, true, true, true, List.of("name", "salary"), 1),
        // clean: SELECT on raw tables by LF-Tag (layer=raw, inherited from the database, whatever their names)
        new Cell(CLEAN, "airquality.raw_openaq", true, true, false, false, RAW, 2),
        new Cell(CLEAN, "airquality.openaq_raw", true, true, false, false, RAW, 2),
        new Cell(CLEAN, "airquality.no2_weather_daily", false, true, true, false, NONE, 0),
        new Cell(CLEAN, "hr.salaries", false, false, false, false, NONE, 0),
        // train: curated only (layer=curated on the table overrides the database's layer=raw)
        new Cell(TRAIN, "airquality.raw_openaq", false, false, false, false, NONE, 0),
        new Cell(TRAIN, "airquality.no2_weather_daily", true, true, false, false, DAILY, 4),
        // analyst: a data cells filter: no no2_hours, rows year >= '2023' with a NO2 value
        new Cell(ANALYST, "airquality.raw_openaq", false, false, false, false, NONE, 0),
        new Cell(ANALYST, "airquality.no2_weather_daily", true, true, false, false, DAILY_NO_HOURS, 2),
        // steward: TableWithColumns with ColumnWildcard excluding no2_hours, all rows
        new Cell(STEWARD, "airquality.no2_weather_daily", true, true, false, false, DAILY_NO_HOURS, 4),
        // public reader: LF-Tag sensitivity=public; columns inherit it, no2_hours carries restricted
        new Cell(PUBLIC_READER, "airquality.raw_openaq", true, true, false, false, RAW, 2),
        new Cell(PUBLIC_READER, "airquality.no2_weather_daily", true, true, false, false, DAILY_NO_HOURS, 4),
        new Cell(PUBLIC_READER, "hr.salaries", false, false, false, false, NONE, 0),
        new Cell(OUTSIDER, "airquality.raw_openaq", false, false, false, false, NONE, 0),
        new Cell(OUTSIDER, "airquality.no2_weather_daily", false, false, false, false, NONE, 0),
        new Cell(OUTSIDER, "hr.salaries", false, false, false, false, NONE, 0))
        .map(c -> Arguments.of(c.principal().shortName() + " " + c.table(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void everyCell_isAllowedOrDenied_exactlyAsGranted(String name, Cell cell) {
    AuditLog.InMemory audit = AuditLog.inMemory();
    LakeFormationPolicy policy = lake.policy(cell.principal(), audit);
    String[] parts = cell.table().split("\\.");
    Table table = lake.catalog.getTable(parts[0], parts[1]);
    GlueSuiteContext glue = GlueSuiteContext.create(TestSpark.session(), lake.catalog).withAccessPolicy(policy);

    assertThat(policy.describe(table).isPresent()).as("DESCRIBE").isEqualTo(cell.describe());
    if (cell.select()) {
      Dataset<Row> read = glue.getCatalogSource(parts[0], parts[1]).toDF();
      assertThat(read.columns()).as("columns").containsExactlyElementsOf(cell.columns());
      assertThat(read.count()).as("rows").isEqualTo(cell.rows());
      assertThat(policy.describe(table).orElseThrow()).as("DESCRIBE columns").isEqualTo(cell.columns());
    } else {
      assertThatThrownBy(() -> glue.getCatalogSource(parts[0], parts[1]).toDF())
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageStartingWith("Insufficient Lake Formation permission(s)")
          .hasMessageContaining(cell.principal().identifier()).hasMessageContaining("SELECT")
          .hasMessageContaining("Table Name: " + parts[1])
          .hasMessageContaining("GrantPermissions: {\"Principal\": {\"DataLakePrincipalIdentifier\": \""
              + cell.principal().identifier() + "\"}, \"Resource\": {\"Table\": {\"DatabaseName\": \"" + parts[0]
              + "\", \"Name\": \"" + parts[1] + "\"}}, \"Permissions\": [\"SELECT\"]}")
          .hasMessageNotContaining("./glue-suite");
    }
    assertAllowed(() -> policy.authorizeWrite(new WriteTarget(table.storageDescriptor().location(), parts[0],
        parts[1], false)), cell.insert(), "INSERT");
    assertAllowed(() -> policy.require(table, Permission.DROP), cell.drop(), "DROP");
    assertThat(audit.events()).isNotEmpty().allSatisfy(e -> assertThat(e.principal())
        .isEqualTo(cell.principal().identifier()));
  }

  private static void assertAllowed(Runnable action, boolean allowed, String permission) {
    if (allowed) {
      action.run();
    } else {
      assertThatThrownBy(action::run).as(permission).isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("Insufficient Lake Formation permission(s)");
    }
  }

  @Test
  void analystRows_areTheFilteredOnes_andNoExcludedColumnReachesTheReader() {
    Dataset<Row> read = GlueSuiteContext.create(TestSpark.session(), lake.catalog)
        .withAccessPolicy(lake.policy(ANALYST, AuditLog.inMemory()))
        .getCatalogSource("airquality", "no2_weather_daily").toDF();
    List<String> rows = read.orderBy("year").collectAsList().stream().map(Row::toString).toList();
    assertThat(rows).containsExactly("[20.0,2.0,2023]", "[40.0,4.0,2024]");
    assertThatThrownBy(() -> read.select("no2_hours").count()).hasMessageContaining("no2_hours");
  }

  @Test
  void severalFilters_areUnioned_cellByCell() throws Exception {
    LakeFixture twoFilters = LakeFixture.create("""
        {"DataCellsFilters": [{"DatabaseName": "airquality", "TableName": "no2_weather_daily", "Name": "old_no2",
           "RowFilter": {"FilterExpression": "year = '2022'"}, "ColumnNames": ["no2_mean"]}],
         "Grants": [{"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/AirQualityAnalystRole"},
           "Resource": {"DataCellsFilter": {"DatabaseName": "airquality", "TableName": "no2_weather_daily",
             "Name": "old_no2"}}, "Permissions": ["SELECT"]}]}""");
    AuditLog.InMemory audit = AuditLog.inMemory();
    Dataset<Row> read = GlueSuiteContext.create(TestSpark.session(), twoFilters.catalog)
        .withAccessPolicy(twoFilters.policy(ANALYST, audit)).getCatalogSource("airquality", "no2_weather_daily").toDF();
    assertThat(read.columns()).containsExactly("no2_mean", "temp_mean", "year");
    // The 2022 row comes only through old_no2, which exposes no2_mean alone: its other cells are null.
    assertThat(read.orderBy("no2_mean").collectAsList().stream().map(Row::toString).toList())
        .containsExactly("[10.0,null,null]", "[20.0,2.0,2023]", "[40.0,4.0,2024]");
    assertThat(audit.events()).anySatisfy(e -> assertThat(e.detail()).contains("old_no2").contains("analyst_recent_days"));
  }

  @Test
  void grantOption_letsTheStewardGrantWhatItHolds_andNothingElse() {
    PermissionEvaluator evaluator = new PermissionEvaluator(lake.model);
    PrincipalPermissions same = grant(ANALYST, "{\"TableWithColumns\": {\"DatabaseName\": \"airquality\", \"Name\": "
        + "\"no2_weather_daily\", \"ColumnWildcard\": {\"ExcludedColumnNames\": [\"no2_hours\"]}}}", "SELECT");
    PrincipalPermissions wider = grant(ANALYST, "{\"Table\": {\"DatabaseName\": \"airquality\", \"Name\": "
        + "\"no2_weather_daily\"}}", "SELECT");
    PrincipalPermissions insert = grant(ANALYST, "{\"Table\": {\"DatabaseName\": \"airquality\", \"Name\": "
        + "\"no2_weather_daily\"}}", "INSERT");
    assertThat(evaluator.missingGrantOption(STEWARD, same)).isEmpty();
    assertThat(evaluator.missingGrantOption(STEWARD, wider)).contains(Permission.SELECT);
    assertThat(evaluator.missingGrantOption(STEWARD, insert)).contains(Permission.INSERT);
    assertThat(evaluator.missingGrantOption(ANALYST, same)).contains(Permission.SELECT);
    assertThat(evaluator.missingGrantOption(TRAIN, same)).contains(Permission.SELECT);
    assertThat(evaluator.missingGrantOption(ADMIN, insert)).isEmpty();
    // A grant with the grant option lets the grantee read; revoking it takes both away.
    LakeFormationModel granted = lake.model.withGrant(same);
    assertThat(new PermissionEvaluator(granted).selectSlices(ANALYST, "airquality", "no2_weather_daily",
        List.of("no2_mean", "no2_hours", "temp_mean", "year"))).hasSize(2);
    assertThat(granted.withoutGrant(same).grants()).containsExactlyInAnyOrderElementsOf(lake.model.grants());
  }

  private static PrincipalPermissions grant(DataLakePrincipal to, String resource, String permission) {
    return LfDefinitions.grant(DefinitionNode.parse("grant.json", "{\"Principal\": {\"DataLakePrincipalIdentifier\": \""
        + to + "\"}, \"Resource\": " + resource + ", \"Permissions\": [\"" + permission + "\"]}"), lake.model);
  }

  @Test
  void creatingATable_needsCreateTable_andDataLocationAccessInARegisteredLocation() {
    String curated = lake.lake.resolve("airquality/curated/new_table").toString();
    String raw = lake.lake.resolve("airquality/raw/new_table").toString();
    lake.policy(CLEAN, AuditLog.inMemory()).authorizeWrite(new WriteTarget(curated, "airquality", "new_table", false));
    assertThatThrownBy(() -> lake.policy(CLEAN, AuditLog.inMemory())
        .authorizeWrite(new WriteTarget(raw, "airquality", "new_table", false)))
        .hasMessageContaining("DATA_LOCATION_ACCESS").hasMessageContaining("/airquality/raw");
    assertThatThrownBy(() -> lake.policy(TRAIN, AuditLog.inMemory())
        .authorizeWrite(new WriteTarget(curated, "airquality", "new_table", false)))
        .hasMessageContaining("CREATE_TABLE on database airquality");
    lake.policy(ADMIN, AuditLog.inMemory()).authorizeWrite(new WriteTarget(raw, "airquality", "new_table", false));
  }

  @Test
  void directPathReads_ofRegisteredLocations_areDeniedToNonAdmins() {
    String curated = lake.lake.resolve("airquality/curated/no2_weather_daily").toString();
    AuditLog.InMemory audit = AuditLog.inMemory();
    assertThatThrownBy(() -> lake.policy(TRAIN, audit).authorizePathRead(List.of(curated)))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("by path");
    // Reading a parent folder would read the governed data too.
    assertThatThrownBy(() -> lake.policy(TRAIN, audit).authorizePathRead(List.of(lake.lake.toString())))
        .isInstanceOf(AccessDeniedException.class);
    lake.policy(TRAIN, audit).authorizePathRead(List.of(lake.lake.resolve("hr").toString()));
    lake.policy(ADMIN, audit).authorizePathRead(List.of(curated));
    assertThat(audit.events().stream().map(AuditEvent::decision).toList())
        .containsExactly("DENIED", "DENIED", "ALLOWED", "ALLOWED");
    assertThatThrownBy(() -> GlueSuiteContext.create(TestSpark.session(), lake.catalog)
        .withAccessPolicy(lake.policy(TRAIN, audit))
        .getSourceWithFormat("parquet", java.util.Map.of("paths", "[\"" + curated + "\"]"), java.util.Map.of()).getFrame())
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void writesOfFiles_underARegisteredLocation_needInsertOnTheTableThere() {
    String partition = lake.lake.resolve("airquality/curated/no2_weather_daily/year=2025").toString();
    lake.policy(CLEAN, AuditLog.inMemory()).authorizeWrite(WriteTarget.path(partition));
    assertThatThrownBy(() -> lake.policy(ANALYST, AuditLog.inMemory()).authorizeWrite(WriteTarget.path(partition)))
        .hasMessageContaining("Insufficient Lake Formation permission(s)");
    lake.policy(ANALYST, AuditLog.inMemory()).authorizeWrite(WriteTarget.path(lake.lake.resolve("scratch").toString()));
  }

  @Test
  void deniedMessages_neverCarryData() {
    List<String> messages = new ArrayList<>();
    for (DataLakePrincipal principal : List.of(OUTSIDER, TRAIN, ANALYST)) {
      try {
        GlueSuiteContext.create(TestSpark.session(), lake.catalog).withAccessPolicy(lake.policy(principal,
            AuditLog.inMemory())).getCatalogSource("hr", "salaries").toDF().collectAsList();
      } catch (AccessDeniedException e) {
        messages.add(e.getMessage());
      }
    }
    assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m).doesNotContain("ann").doesNotContain("100.0"));
    assertThat(Set.copyOf(messages)).hasSize(3);
  }
}
