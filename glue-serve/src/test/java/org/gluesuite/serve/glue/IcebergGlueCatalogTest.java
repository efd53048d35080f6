package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.HasTableOperations;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.TableMetadata;
import org.apache.iceberg.TableOperations;
import org.apache.iceberg.aws.glue.GlueCatalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.exceptions.CommitFailedException;
import org.apache.iceberg.exceptions.NamespaceNotEmptyException;
import org.apache.iceberg.exceptions.NoSuchNamespaceException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.types.Types;
import org.gluesuite.serve.s3.S3Server;
import org.gluesuite.serve.testing.AwsCli;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Apache Iceberg's {@code GlueCatalog} (iceberg-aws 1.10, Glue 5.1's) against {@code glue-suite serve}, configured
 * as the root README tells users to: {@code glue.endpoint} at serve, credentials from the SDK's default chain, and
 * Iceberg's {@code S3FileIO} on serve's S3 server over the lake. Iceberg commits by {@code UpdateTable} with the
 * {@code VersionId} it read, so every commit below also checks serve's optimistic locking.
 */
class IcebergGlueCatalogTest {
  private static final Namespace LAKE = Namespace.of("iceberg_lake");
  private static final Schema SCHEMA = new Schema(
      Types.NestedField.required(1, "id", Types.LongType.get()),
      Types.NestedField.optional(2, "station", Types.StringType.get()),
      Types.NestedField.optional(3, "observed_at", Types.TimestampType.withZone()),
      Types.NestedField.optional(4, "no2", Types.DoubleType.get(), "µg/m³"),
      Types.NestedField.optional(5, "price", Types.DecimalType.of(9, 2)),
      Types.NestedField.optional(6, "position", Types.StructType.of(
          Types.NestedField.optional(7, "lat", Types.DoubleType.get()),
          Types.NestedField.optional(8, "lon", Types.DoubleType.get()))));
  private static final PartitionSpec SPEC = PartitionSpec.builderFor(SCHEMA).identity("station")
      .day("observed_at").build();

  private static final String BUCKET = "iceberg";

  private static ServeFixture serve;
  private static S3Server s3;
  private static GlueClient glue;
  private static Map<String, String> savedSettings;
  private String warehouse;
  private GlueCatalog catalog;

  @BeforeAll
  static void start() throws IOException {
    serve = ServeFixture.start();
    glue = serve.glue();
    Files.createDirectories(lake().resolve(BUCKET));
    s3 = S3Server.start(lake(), 0, S3Server.defaultJar(), serve.workspace().resolve("s3"));
    // What the README has users export as AWS_ACCESS_KEY_ID, …: Iceberg's Glue client signs with the SDK's default
    // chain (serve accepts any keys); s3proxy answers 501 to the SDK's default flexible checksums.
    savedSettings = new HashMap<>();
    Map.of("aws.accessKeyId", "local", "aws.secretAccessKey", "local",
        "aws.requestChecksumCalculation", "when_required", "aws.responseChecksumValidation", "when_required")
        .forEach((property, value) -> {
          savedSettings.put(property, System.getProperty(property));
          System.setProperty(property, value);
        });
  }

  @AfterAll
  static void stop() {
    savedSettings.forEach((property, value) -> {
      if (value == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, value);
      }
    });
    if (s3 != null) {
      s3.close();
    }
    serve.close();
  }

  private static Path lake() {
    return serve.workspace().resolve("lake");
  }

  @BeforeEach
  void openCatalog() throws IOException {
    serve.reset();
    warehouse = "s3://" + BUCKET + "/" + Files.createTempDirectory(lake().resolve(BUCKET), "warehouse").getFileName();
    catalog = icebergCatalog();
  }

  @AfterEach
  void closeCatalog() throws IOException {
    if (catalog != null) {
      catalog.close();
    }
  }

  /** A new GlueCatalog on serve, as the README configures one. */
  private GlueCatalog icebergCatalog() {
    GlueCatalog opened = new GlueCatalog();
    opened.initialize("serve", Map.of(
        "glue.endpoint", serve.uri().toString(),
        "client.region", "us-east-1",
        CatalogProperties.WAREHOUSE_LOCATION, warehouse,
        CatalogProperties.FILE_IO_IMPL, "org.apache.iceberg.aws.s3.S3FileIO",
        "s3.endpoint", s3.uri().toString(),
        "s3.path-style-access", "true",
        "s3.access-key-id", "local",
        "s3.secret-access-key", "local"));
    return opened;
  }

  @Test
  void namespaceAndTableLifecycle_commitsSnapshots_renamesAndDrops() throws IOException {
    catalog.createNamespace(LAKE, Map.of("comment", "Iceberg tables", "owner", "data-team"));
    assertThat(catalog.listNamespaces()).contains(LAKE);
    assertThat(catalog.loadNamespaceMetadata(LAKE)).containsEntry("comment", "Iceberg tables")
        .containsEntry("owner", "data-team");

    TableIdentifier readings = TableIdentifier.of(LAKE, "readings");
    org.apache.iceberg.Table created = catalog.createTable(readings, SCHEMA, SPEC,
        Map.of("write.format.default", "parquet"));
    created.newAppend().appendFile(dataFile(created, "valmora-1", "2024-01-05", 10)).commit();
    DataFile replaced = dataFile(created, "valmora-2", "2024-01-05", 7);
    created.newAppend().appendFile(replaced).appendFile(dataFile(created, "valmora-1", "2024-01-06", 5)).commit();
    created.newDelete().deleteFile(replaced).commit();

    // A second catalog (another process, as far as serve can tell) sees the same table and history.
    try (GlueCatalog other = icebergCatalog()) {
      org.apache.iceberg.Table loaded = other.loadTable(readings);
      assertThat(loaded.schema().sameSchema(SCHEMA)).as(loaded.schema().toString()).isTrue();
      assertThat(loaded.spec().fields()).extracting(f -> f.name()).containsExactly("station", "observed_at_day");
      assertThat(loaded.snapshots()).extracting(Snapshot::operation).containsExactly("append", "append", "delete");
      assertThat(loaded.currentSnapshot().summary()).containsEntry("total-records", "15")
          .containsEntry("total-data-files", "2");
      assertThat(filesOf(loaded)).hasSize(2);
      assertThat(other.listTables(LAKE)).containsExactly(readings);
    }

    // Through the SDK: an external table whose parameters point at Iceberg's current metadata file.
    String metadataLocation = ((HasTableOperations) catalog.loadTable(readings)).operations().current()
        .metadataFileLocation();
    Table table = glue.getTable(r -> r.databaseName("iceberg_lake").name("readings")).table();
    assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
    assertThat(table.parameters()).containsEntry("table_type", "ICEBERG")
        .containsEntry("metadata_location", metadataLocation).containsKey("previous_metadata_location");
    assertThat(table.storageDescriptor().location()).isEqualTo(created.location()).startsWith(warehouse + "/");
    assertThat(metadataFiles()).as("S3FileIO wrote one metadata file per commit into the lake").hasSize(4)
        .anySatisfy(file -> assertThat(metadataLocation).endsWith(file.getFileName().toString()));
    assertThat(table.storageDescriptor().columns()).extracting(Column::name, Column::type).containsExactly(
        tuple("id", "bigint"), tuple("station", "string"),
        tuple("observed_at", "timestamp"),
        tuple("no2", "double"),
        tuple("price", "decimal(9,2)"),
        tuple("position", "struct<lat:double,lon:double>"));
    // Created at version 0, then one UpdateTable (with the VersionId read before it) per commit.
    assertThat(table.versionId()).isEqualTo("3");
    assertThat(glue.getTableVersions(r -> r.databaseName("iceberg_lake").tableName("readings")).tableVersions())
        .hasSize(4);

    TableIdentifier renamed = TableIdentifier.of(LAKE, "station_readings");
    catalog.renameTable(readings, renamed);
    assertThat(catalog.listTables(LAKE)).containsExactly(renamed);
    assertThat(catalog.loadTable(renamed).snapshots()).hasSize(3);
    assertThatThrownBy(() -> catalog.loadTable(readings)).isInstanceOf(NoSuchTableException.class);

    assertThatThrownBy(() -> catalog.dropNamespace(LAKE)).isInstanceOf(NamespaceNotEmptyException.class);
    // Without purge (Spark's DROP TABLE): the Glue table goes, the files stay. A purge deletes through S3's
    // DeleteObjects, whose checksum header s3proxy 2.6 refuses.
    assertThat(catalog.dropTable(renamed, false)).isTrue();
    assertThat(catalog.tableExists(renamed)).isFalse();
    assertThat(metadataFiles()).hasSize(4);
    assertThat(catalog.dropNamespace(LAKE)).isTrue();
    assertThat(catalog.namespaceExists(LAKE)).isFalse();
  }

  @Test
  void missingTablesAndNamespaces_existingNamespace_areIcebergsExceptions() {
    catalog.createNamespace(LAKE);

    assertThatThrownBy(() -> catalog.loadTable(TableIdentifier.of(LAKE, "missing")))
        .isInstanceOf(NoSuchTableException.class).hasMessageContaining("iceberg_lake.missing");
    assertThatThrownBy(() -> catalog.loadNamespaceMetadata(Namespace.of("no_such_lake")))
        .isInstanceOf(NoSuchNamespaceException.class);
    // As against AWS: Iceberg passes Glue's own error through when the database of a new table is missing.
    assertThatThrownBy(() -> catalog.createTable(TableIdentifier.of("no_such_lake", "t"), SCHEMA))
        .isInstanceOf(software.amazon.awssdk.services.glue.model.EntityNotFoundException.class)
        .hasMessageContaining("no_such_lake");
    assertThatThrownBy(() -> catalog.createNamespace(LAKE)).isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("iceberg_lake");
    catalog.createTable(TableIdentifier.of(LAKE, "twice"), SCHEMA);
    assertThatThrownBy(() -> catalog.createTable(TableIdentifier.of(LAKE, "twice"), SCHEMA))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(catalog.dropTable(TableIdentifier.of(LAKE, "missing"))).isFalse();
  }

  @Test
  void aCommitOnStaleMetadata_failsWithCommitFailedException_andLosesNothing() throws IOException {
    catalog.createNamespace(LAKE);
    TableIdentifier id = TableIdentifier.of(LAKE, "contended");
    catalog.createTable(id, SCHEMA, SPEC);
    TableOperations first = ((HasTableOperations) catalog.loadTable(id)).operations();
    try (GlueCatalog other = icebergCatalog()) {
      TableOperations second = ((HasTableOperations) other.loadTable(id)).operations();
      TableMetadata base = second.current();

      first.commit(first.current(), TableMetadata.buildFrom(first.current()).setProperties(Map.of("owner", "a"))
          .build());

      assertThatThrownBy(() -> second.commit(base, TableMetadata.buildFrom(base)
          .setProperties(Map.of("owner", "b")).build())).isInstanceOf(CommitFailedException.class);
    }
    assertThat(catalog.loadTable(id).properties()).containsEntry("owner", "a");
    assertThat(glue.getTable(r -> r.databaseName("iceberg_lake").name("contended")).table().versionId())
        .isEqualTo("1");
  }

  @Test
  void aTableCreatedThroughIceberg_isSeenByAwsGlueGetTable() throws Exception {
    Assumptions.assumeTrue(AwsCli.onPath(), "the AWS CLI ('aws') is not on the PATH; install awscli to run this test");
    catalog.createNamespace(LAKE);
    org.apache.iceberg.Table created = catalog.createTable(TableIdentifier.of(LAKE, "from_iceberg"), SCHEMA, SPEC);
    AwsCli aws = AwsCli.in(serve.workspace(), Map.of("AWS_ENDPOINT_URL_GLUE", serve.uri().toString()));

    JsonNode table = aws.json("glue", "get-table", "--database-name", "iceberg_lake", "--name", "from_iceberg")
        .path("Table");

    assertThat(table.path("Parameters").path("table_type").asText()).isEqualTo("ICEBERG");
    assertThat(table.path("Parameters").path("metadata_location").asText())
        .isEqualTo(((HasTableOperations) created).operations().current().metadataFileLocation());
    assertThat(table.path("StorageDescriptor").path("Columns").get(0).path("Type").asText()).isEqualTo("bigint");
  }

  private static DataFile dataFile(org.apache.iceberg.Table table, String station, String day, long rows) {
    return DataFiles.builder(table.spec())
        .withPath(table.location() + "/data/station=" + station + "/observed_at_day=" + day + "/part-" + rows
            + ".parquet")
        .withFormat(FileFormat.PARQUET).withPartitionPath("station=" + station + "/observed_at_day=" + day)
        .withFileSizeInBytes(1024 * rows).withRecordCount(rows).build();
  }

  private static List<FileScanTask> filesOf(org.apache.iceberg.Table table) throws IOException {
    try (CloseableIterable<FileScanTask> tasks = table.newScan().planFiles()) {
      return StreamSupport.stream(tasks.spliterator(), false).toList();
    }
  }

  private List<Path> metadataFiles() throws IOException {
    Path folder = lake().resolve(BUCKET).resolve(warehouse.substring(warehouse.lastIndexOf('/') + 1));
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".metadata.json")).toList();
    }
  }
}
