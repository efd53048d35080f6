package org.gluesuite.lakeformation;

import java.nio.file.Path;
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
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.testing.TestSpark;
import org.gluesuite.common.json.DefinitionNode;

/**
 * A small governed lake: database airquality with a raw table (both of its possible names) and the curated
 * table, database hr with an ungoverned-by-grants table, and the bundled air-quality definitions plus extra
 * grants for the tests.
 */
final class LakeFixture {
  static final DataLakePrincipal ADMIN = DataLakePrincipal.LOCAL_ADMIN;
  static final DataLakePrincipal CLEAN = role("AirQualityCleanRole");
  static final DataLakePrincipal TRAIN = role("AirQualityTrainRole");
  static final DataLakePrincipal ANALYST = role("AirQualityAnalystRole");
  static final DataLakePrincipal STEWARD = role("AirQualityStewardRole");
  static final DataLakePrincipal PUBLIC_READER = role("PublicReaderRole");
  static final DataLakePrincipal OUTSIDER = role("OutsiderRole");

  final Path lake;
  final DataCatalog catalog;
  final LakeFormationModel model;

  private LakeFixture(Path lake, DataCatalog catalog, LakeFormationModel model) {
    this.lake = lake;
    this.catalog = catalog;
    this.model = model;
  }

  static DataLakePrincipal role(String name) {
    return DataLakePrincipal.of("arn:aws:iam::000000000000:role/" + name);
  }

  /** The lake with the bundled definitions and {@code extraDefinitions} (JSON documents) applied. */
  static LakeFixture create(String... extraDefinitions) throws Exception {
    SparkSession spark = TestSpark.session();
    Path root = TestSpark.newFolder("lf-lake");
    Path lake = root.resolve("lake");
    DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"));
    catalog.createDatabase(DatabaseInput.named("airquality"));
    catalog.createDatabase(DatabaseInput.named("hr"));

    StructType raw = new StructType().add("location", DataTypes.StringType).add("city", DataTypes.StringType)
        .add("value", DataTypes.DoubleType);
    for (String name : List.of("raw_openaq", "openaq_raw")) {
      String location = lake.resolve("airquality/raw/" + name).toString();
      spark.createDataFrame(List.of(RowFactory.create("L1", "Delhi", 41.5), RowFactory.create("L2", "Delhi", 12.0)), raw)
          .write().mode(SaveMode.Overwrite).parquet(location);
      catalog.createTable("airquality", TableInput.external(name, List.of(Column.of("location", "string"),
          Column.of("city", "string"), Column.of("value", "double")), List.of(), location, StorageFormat.PARQUET));
    }

    String curated = lake.resolve("airquality/curated/no2_weather_daily").toString();
    StructType daily = new StructType().add("no2_mean", DataTypes.DoubleType).add("no2_hours", DataTypes.LongType)
        .add("temp_mean", DataTypes.DoubleType).add("year", DataTypes.StringType);
    List<Row> rows = new ArrayList<>(List.of(RowFactory.create(10.0, 5L, 1.0, "2022"),
        RowFactory.create(20.0, 6L, 2.0, "2023"), RowFactory.create(null, 7L, 3.0, "2023"),
        RowFactory.create(40.0, 8L, 4.0, "2024")));
    spark.createDataFrame(rows, daily).write().mode(SaveMode.Overwrite).partitionBy("year").parquet(curated);
    catalog.createTable("airquality", TableInput.external("no2_weather_daily", List.of(Column.of("no2_mean", "double"),
        Column.of("no2_hours", "bigint"), Column.of("temp_mean", "double")), List.of(Column.of("year", "string")),
        curated, StorageFormat.PARQUET));
    List<PartitionInput> partitions = new ArrayList<>();
    for (String year : List.of("2022", "2023", "2024")) {
      partitions.add(new PartitionInput(List.of(year), StorageDescriptor.of(List.of(), curated + "/year=" + year,
          StorageFormat.PARQUET), Map.of()));
    }
    catalog.batchCreatePartition("airquality", "no2_weather_daily", partitions);

    String salaries = lake.resolve("hr/salaries").toString();
    spark.createDataFrame(List.of(RowFactory.create("ann", 100.0)), new StructType().add("name", DataTypes.StringType)
        .add("salary", DataTypes.DoubleType)).write().mode(SaveMode.Overwrite).parquet(salaries);
    catalog.createTable("hr", TableInput.external("salaries", List.of(Column.of("name", "string"),
        Column.of("salary", "double")), List.of(), salaries, StorageFormat.PARQUET));

    List<DefinitionNode> documents = new ArrayList<>();
    documents.add(DefinitionNode.read(Path.of("definitions/airquality.json")));
    for (int i = 0; i < extraDefinitions.length; i++) {
      documents.add(DefinitionNode.parse("extra-" + i + ".json", extraDefinitions[i]));
    }
    return new LakeFixture(lake, catalog, LfDefinitions.parse(documents, lake));
  }

  LakeFormationPolicy policy(DataLakePrincipal principal, AuditLog audit) {
    return LakeFormationPolicy.create(model, principal, catalog, audit);
  }
}
