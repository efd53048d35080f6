package org.gluesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** catalog apply is idempotent and prints its diff; catalog drift finds planted column changes. */
class CatalogApplyTest {
  private static final SchemaDefinitions DECLARED = SchemaDefinitions.load(Path.of("definitions"));

  @Test
  void apply_createsThenChangesNothing_onASecondRun() {
    Path root = TestSpark.newFolder("apply");
    try (DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"))) {
      CatalogApply apply = new CatalogApply(catalog, root.resolve("lake"));
      // three databases (airquality, retail, shipping) and seven tables (air quality 1, retail 3, shipping 3)
      assertThat(apply.plan(DECLARED)).extracting(SchemaChange::kind).hasSize(10)
          .containsOnly(SchemaChange.Kind.CREATE);
      assertThat(catalog.getDatabases()).isEmpty();
      assertThat(apply.apply(DECLARED)).extracting(SchemaChange::kind).hasSize(10)
          .containsOnly(SchemaChange.Kind.CREATE);
      Table created = catalog.getTable("airquality", "no2_weather_daily");
      assertThat(created.storageDescriptor().location())
          .isEqualTo(root.resolve("lake").toAbsolutePath() + "/airquality/curated/no2_weather_daily");

      List<SchemaChange> second = apply.apply(DECLARED);
      assertThat(second).allSatisfy(c -> assertThat(c.changes()).isFalse());
      assertThat(catalog.getTable("airquality", "no2_weather_daily").versionId()).isEqualTo(created.versionId());
    }
  }

  @Test
  void apply_updatesAChangedTable_andPrintsTheDiff() {
    Path root = TestSpark.newFolder("apply-diff");
    try (DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"))) {
      CatalogApply apply = new CatalogApply(catalog, root.resolve("lake"));
      apply.apply(DECLARED);
      plantColumnChange(catalog);
      SchemaChange change = apply.apply(DECLARED).stream().filter(SchemaChange::changes).findFirst().orElseThrow();
      assertThat(change.kind()).isEqualTo(SchemaChange.Kind.UPDATE);
      assertThat(change.lines()).containsExactly("~ table airquality.no2_weather_daily",
          "    + column stations bigint", "    - column crawled_extra string", "    ~ column no2_mean string → double");
      assertThat(apply.apply(DECLARED)).allSatisfy(c -> assertThat(c.changes()).isFalse());
    }
  }

  /** What a crawler could do: retype no2_mean, drop stations, add a column. */
  private static void plantColumnChange(DataCatalog catalog) {
    Table table = catalog.getTable("airquality", "no2_weather_daily");
    List<Column> columns = new ArrayList<>();
    for (Column column : table.storageDescriptor().columns()) {
      if (column.name().equals("no2_mean")) {
        columns.add(new Column("no2_mean", "string", column.comment()));
      } else if (!column.name().equals("stations")) {
        columns.add(column);
      }
    }
    columns.add(Column.of("crawled_extra", "string"));
    catalog.updateTable("airquality", table.toInput().withStorageDescriptor(
        table.storageDescriptor().withColumns(columns)));
  }

  @Test
  void drift_reportsPlantedChanges_inTheCatalogAndInTheData() {
    Path root = TestSpark.newFolder("drift");
    Path lake = root.resolve("lake");
    try (DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"))) {
      new CatalogApply(catalog, lake).apply(DECLARED);
      SparkDataProbe probe = new SparkDataProbe(TestSpark.session());
      assertThat(SchemaDrift.check(DECLARED, catalog, probe, lake).get(0).dataDrift())
          .singleElement().asString().startsWith("no data files");

      // Data written with no2_hours as int and without wind_max, plus an undeclared column.
      StructType schema = new StructType();
      for (Column column : DECLARED.tables().get(0).input().storageDescriptor().columns()) {
        if (column.name().equals("wind_max")) {
          continue;
        }
        schema = schema.add(column.name(), column.name().equals("no2_hours") ? DataTypes.IntegerType
            : column.type().equals("date") ? DataTypes.DateType : column.type().equals("bigint") ? DataTypes.LongType
            : column.type().equals("string") ? DataTypes.StringType : DataTypes.DoubleType);
      }
      schema = schema.add("surprise", DataTypes.StringType);
      Object[] values = new Object[schema.size()];
      TestSpark.session().createDataFrame(List.of(RowFactory.create(values)), schema).write().mode(SaveMode.Overwrite)
          .parquet(lake.resolve("airquality/curated/no2_weather_daily/year=2024/month=01/day=01").toString());
      plantColumnChange(catalog);

      SchemaDrift.TableDrift drift = SchemaDrift.check(DECLARED, catalog, probe, lake).get(0);
      assertThat(drift.drifted()).isTrue();
      assertThat(drift.catalogDrift()).containsExactlyInAnyOrder(
          "column stations bigint is declared but missing in the catalog",
          "column crawled_extra string is in the catalog but not declared",
          "column retyped in the catalog: no2_mean string (declared double)");
      assertThat(drift.dataDrift()).containsExactlyInAnyOrder(
          "column wind_max double is declared but missing in the data",
          "column surprise string is in the data but not declared",
          "column retyped in the data: no2_hours int (declared bigint)");
    }
  }
}
