package org.gluesuite.lakeformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.access.AccessDeniedException;
import org.gluesuite.runtime.sql.SparkCatalogBridge;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spark SQL over the catalog ({@code ./glue-suite query}) sees only what the principal may see. */
class GovernedQueryTest {
  private static LakeFixture lake;

  @BeforeAll
  static void lake() throws Exception {
    lake = LakeFixture.create();
  }

  private static SparkCatalogBridge bridge(DataLakePrincipal principal, AuditLog audit) {
    SparkCatalogBridge bridge = new SparkCatalogBridge(TestSpark.session(), lake.catalog, lake.policy(principal, audit));
    bridge.sync();
    return bridge;
  }

  @Test
  void analyst_seesFilteredRows_withoutTheExcludedColumn() throws Exception {
    AuditLog.InMemory audit = AuditLog.inMemory();
    SparkCatalogBridge bridge = bridge(LakeFixture.ANALYST, audit);
    List<String> rows = bridge.query("SELECT * FROM airquality.no2_weather_daily ORDER BY year").collectAsList()
        .stream().map(Row::toString).toList();
    assertThat(rows).containsExactly("[20.0,2.0,2023]", "[40.0,4.0,2024]");
    assertThat(bridge.query("SELECT count(*) FROM airquality.no2_weather_daily WHERE year = '2022'").first().getLong(0))
        .isZero();
    assertThatThrownBy(() -> bridge.query("SELECT no2_hours FROM airquality.no2_weather_daily").collect())
        .hasMessageContaining("no2_hours");
    assertThat(audit.events()).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("SELECT");
      assertThat(e.detail()).contains("analyst_recent_days");
    });
  }

  @Test
  void tablesWithoutDescribe_areNotDeclared_andFilesCannotBeQueriedByPath() {
    SparkCatalogBridge bridge = bridge(LakeFixture.ANALYST, AuditLog.inMemory());
    assertThatThrownBy(() -> bridge.query("SELECT * FROM hr.salaries").collect())
        .hasMessageContaining("salaries");
    String files = lake.lake.resolve("airquality/curated/no2_weather_daily").toString();
    assertThatThrownBy(() -> bridge.query("SELECT * FROM parquet.`" + files + "`").collect())
        .isNotInstanceOf(AccessDeniedException.class).hasMessageContaining(files);
    assertThatThrownBy(() -> bridge.query("CREATE TABLE airquality.mine USING parquet LOCATION '" + files + "'"))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may only run queries");
  }

  @Test
  void describeWithoutSelect_showsTheTable_butReadingItIsDenied() {
    SparkCatalogBridge bridge = bridge(LakeFixture.CLEAN, AuditLog.inMemory());
    assertThat(TestSpark.session().catalog().tableExists("airquality", "no2_weather_daily")).isTrue();
    assertThatThrownBy(() -> bridge.query("SELECT * FROM airquality.no2_weather_daily").collect())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("Insufficient Lake Formation permission(s)")
        .hasMessageContaining("AirQualityCleanRole").hasMessageContaining("SELECT");
    assertThat(bridgeRows(bridge, "SELECT count(*) FROM airquality.raw_openaq")).containsExactly("[2]");
  }

  private static List<String> bridgeRows(SparkCatalogBridge bridge, String sql) {
    try {
      return bridge.query(sql).collectAsList().stream().map(Row::toString).toList();
    } catch (org.apache.spark.sql.AnalysisException e) {
      throw new AssertionError(e);
    }
  }
}
