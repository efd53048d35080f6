package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.BatchCreatePartitionResponse;
import software.amazon.awssdk.services.glue.model.BatchDeletePartitionResponse;
import software.amazon.awssdk.services.glue.model.BatchDeleteTableResponse;
import software.amazon.awssdk.services.glue.model.BatchGetPartitionResponse;
import software.amazon.awssdk.services.glue.model.BatchUpdatePartitionResponse;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.ConcurrentModificationException;
import software.amazon.awssdk.services.glue.model.Connection;
import software.amazon.awssdk.services.glue.model.ConnectionPropertyKey;
import software.amazon.awssdk.services.glue.model.Database;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetDatabasesResponse;
import software.amazon.awssdk.services.glue.model.GetPartitionsResponse;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.Partition;
import software.amazon.awssdk.services.glue.model.PartitionInput;
import software.amazon.awssdk.services.glue.model.PartitionValueList;
import software.amazon.awssdk.services.glue.model.StorageDescriptor;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableInput;
import software.amazon.awssdk.services.glue.model.TableVersion;

/**
 * Each Glue operation {@code glue-suite serve} answers, called with the AWS SDK v2 exactly as against AWS: shapes,
 * paging, batches, the modeled exceptions and the codes of the unmodeled ones.
 */
class GlueApiConformanceTest {
  private static ServeFixture serve;
  private static GlueClient glue;

  @BeforeAll
  static void start() {
    serve = ServeFixture.start();
    glue = serve.glue();
  }

  @AfterAll
  static void stop() {
    glue.close();
    serve.close();
  }

  @BeforeEach
  void empty() {
    serve.reset();
  }

  private static TableInput orders(String name) {
    return TableInput.builder().name(name).tableType("EXTERNAL_TABLE")
        .storageDescriptor(StorageDescriptor.builder().location("s3://lake/orders/")
            .columns(Column.builder().name("id").type("bigint").build(),
                Column.builder().name("amount").type("decimal(10,2)").comment("in EUR").build()).build())
        .partitionKeys(Column.builder().name("year").type("string").build(),
            Column.builder().name("hour").type("int").build())
        .parameters(Map.of("classification", "parquet")).build();
  }

  private static PartitionInput partition(String year, int hour) {
    return PartitionInput.builder().values(year, Integer.toString(hour))
        .storageDescriptor(StorageDescriptor.builder().location("s3://lake/orders/" + year + "/" + hour + "/")
            .build()).build();
  }

  private static void createOrdersWithPartitions(int years) {
    glue.createDatabase(r -> r.databaseInput(d -> d.name("sales")));
    glue.createTable(r -> r.databaseName("sales").tableInput(orders("orders")));
    for (int y = 0; y < years; y++) {
      List<PartitionInput> day = new ArrayList<>();
      for (int hour = 0; hour < 24; hour++) {
        day.add(partition(Integer.toString(2000 + y), hour));
      }
      assertThat(glue.batchCreatePartition(r -> r.databaseName("sales").tableName("orders")
          .partitionInputList(day)).errors()).isEmpty();
    }
  }

  @Test
  void databases_createGetUpdateDelete_andTheModeledErrors() {
    glue.createDatabase(r -> r.databaseInput(d -> d.name("Sales").description("orders").locationUri("s3://lake/")
        .parameters(Map.of("team", "a"))).tags(Map.of("env", "dev")));

    Database db = glue.getDatabase(r -> r.name("sales")).database();
    assertThat(db.name()).isEqualTo("sales");
    assertThat(db.description()).isEqualTo("orders");
    assertThat(db.parameters()).containsEntry("team", "a");
    assertThat(db.createTime()).isNotNull();
    assertThat(glue.getTags(r -> r.resourceArn("arn:aws:glue:eu-west-1:000000000000:database/sales")).tags())
        .isEqualTo(Map.of("env", "dev"));

    glue.updateDatabase(r -> r.name("sales").databaseInput(d -> d.name("sales").description("new")));
    assertThat(glue.getDatabase(r -> r.name("sales")).database().description()).isEqualTo("new");
    assertThatThrownBy(() -> glue.createDatabase(r -> r.databaseInput(d -> d.name("sales"))))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageStartingWith("Database sales already exists.");
    glue.deleteDatabase(r -> r.name("sales"));
    assertThatThrownBy(() -> glue.getDatabase(r -> r.name("sales")))
        .isInstanceOfSatisfying(EntityNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityNotFoundException");
          assertThat(e.requestId()).isNotBlank();
        });
    assertThatThrownBy(() -> glue.createDatabase(r -> r.databaseInput(d -> d.name("no/slash"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Invalid database name 'no/slash'");
  }

  @Test
  void getDatabases_pagesWithMaxResultsAndNextToken_andThePaginatorSeesEveryDatabaseOnce() {
    for (int i = 0; i < 7; i++) {
      int n = i;
      glue.createDatabase(r -> r.databaseInput(d -> d.name("db" + n)));
    }

    GetDatabasesResponse first = glue.getDatabases(r -> r.maxResults(3));
    assertThat(first.databaseList()).extracting(Database::name).containsExactly("db0", "db1", "db2");
    assertThat(first.nextToken()).isNotNull();
    GetDatabasesResponse second = glue.getDatabases(r -> r.maxResults(3).nextToken(first.nextToken()));
    assertThat(second.databaseList()).extracting(Database::name).containsExactly("db3", "db4", "db5");
    List<String> all = glue.getDatabasesPaginator(r -> r.maxResults(2)).stream()
        .flatMap(page -> page.databaseList().stream()).map(Database::name).toList();
    assertThat(all).containsExactly("db0", "db1", "db2", "db3", "db4", "db5", "db6");
    assertThatThrownBy(() -> glue.getDatabases(r -> r.nextToken("not-a-token")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("NextToken 'not-a-token' is not a token of GetDatabases");
    assertThatThrownBy(() -> glue.getTables(r -> r.databaseName("db0").nextToken(first.nextToken())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a token of GetTables");
  }

  @Test
  void tables_getTablesWithAnExpression_updateWithVersionId_versions_andBatchDeleteTable() {
    glue.createDatabase(r -> r.databaseInput(d -> d.name("sales")));
    for (String name : List.of("orders", "orders_2024", "refunds")) {
      glue.createTable(r -> r.databaseName("sales").tableInput(orders(name)));
    }

    assertThat(glue.getTables(r -> r.databaseName("sales").expression("orders.*")).tableList())
        .extracting(Table::name).containsExactly("orders", "orders_2024");
    Table table = glue.getTable(r -> r.databaseName("sales").name("orders")).table();
    assertThat(table.storageDescriptor().columns()).extracting(Column::comment).containsExactly(null, "in EUR");
    assertThat(table.partitionKeys()).extracting(Column::name).containsExactly("year", "hour");
    assertThat(table.versionId()).isEqualTo("0");

    glue.updateTable(r -> r.databaseName("sales").versionId("0")
        .tableInput(orders("orders").toBuilder().description("v1").build()));
    assertThatThrownBy(() -> glue.updateTable(r -> r.databaseName("sales").versionId("0")
        .tableInput(orders("orders").toBuilder().description("lost").build())))
        .isInstanceOf(ConcurrentModificationException.class)
        .hasMessageContaining("expected version 0 but the catalog has version 1");
    List<TableVersion> versions = glue.getTableVersions(r -> r.databaseName("sales").tableName("orders"))
        .tableVersions();
    assertThat(versions).extracting(TableVersion::versionId).containsExactly("0", "1");
    assertThat(glue.getTableVersion(r -> r.databaseName("sales").tableName("orders")).tableVersion().table()
        .description()).isEqualTo("v1");
    assertThat(glue.getTableVersions(r -> r.databaseName("sales").tableName("orders").maxResults(1))
        .nextToken()).isNotNull();
    glue.deleteTableVersion(r -> r.databaseName("sales").tableName("orders").versionId("0"));
    assertThatThrownBy(() -> glue.getTableVersion(r -> r.databaseName("sales").tableName("orders").versionId("0")))
        .isInstanceOf(EntityNotFoundException.class);

    BatchDeleteTableResponse deleted = glue.batchDeleteTable(r -> r.databaseName("sales")
        .tablesToDelete("refunds", "nope"));
    assertThat(deleted.errors()).singleElement().satisfies(e -> {
      assertThat(e.tableName()).isEqualTo("nope");
      assertThat(e.errorDetail().errorCode()).isEqualTo("EntityNotFoundException");
    });
    assertThat(glue.getTables(r -> r.databaseName("sales")).tableList()).extracting(Table::name)
        .containsExactly("orders", "orders_2024");
    assertThatThrownBy(() -> glue.getTables(r -> r.databaseName("sales").expression("orders(")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a regular expression");
  }

  @Test
  void getPartitions_withAGlueExpression_comparesIntKeysAsNumbers_andPagesThroughEveryMatch() {
    createOrdersWithPartitions(3);

    List<Partition> evening = glue.getPartitionsPaginator(r -> r.databaseName("sales").tableName("orders")
        .expression("year IN ('2000', '2002') AND hour >= 18").maxResults(5)).stream()
        .flatMap(page -> page.partitions().stream()).toList();

    assertThat(evening).hasSize(12);
    assertThat(evening).allSatisfy(p -> assertThat(Integer.parseInt(p.values().get(1))).isGreaterThanOrEqualTo(18));
    assertThat(evening.get(0).storageDescriptor().location()).isEqualTo("s3://lake/orders/2000/18/");
    GetPartitionsResponse slim = glue.getPartitions(r -> r.databaseName("sales").tableName("orders")
        .expression("hour = 9 AND year = '2001'").excludeColumnSchema(true));
    assertThat(slim.partitions()).singleElement().satisfies(p -> {
      assertThat(p.values()).containsExactly("2001", "9");
      assertThat(p.storageDescriptor().columns()).isEmpty();
    });
    assertThatThrownBy(() -> glue.getPartitions(r -> r.databaseName("sales").tableName("orders")
        .expression("hour = 'nine'")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'nine' is not an integer value, as partition key 'hour' needs");
  }

  @Test
  void getPartitions_segmentsNeverOverlap_andTogetherHoldEveryPartition() {
    createOrdersWithPartitions(2);

    Set<List<String>> seen = new HashSet<>();
    int total = 0;
    for (int segment = 0; segment < 4; segment++) {
      int number = segment;
      List<Partition> part = glue.getPartitionsPaginator(r -> r.databaseName("sales").tableName("orders")
          .segment(s -> s.segmentNumber(number).totalSegments(4))).stream()
          .flatMap(page -> page.partitions().stream()).toList();
      total += part.size();
      part.forEach(p -> seen.add(p.values()));
    }

    assertThat(total).isEqualTo(48);
    assertThat(seen).hasSize(48);
    assertThatThrownBy(() -> glue.getPartitions(r -> r.databaseName("sales").tableName("orders")
        .segment(s -> s.segmentNumber(4).totalSegments(4))))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Segment 4 of 4 does not exist");
  }

  @Test
  void partitionBatches_reportPerEntryErrors_andRespectAwsLimits() {
    createOrdersWithPartitions(1);

    BatchCreatePartitionResponse created = glue.batchCreatePartition(r -> r.databaseName("sales")
        .tableName("orders").partitionInputList(partition("2000", 1), partition("2001", 1)));
    assertThat(created.errors()).singleElement().satisfies(e -> {
      assertThat(e.partitionValues()).containsExactly("2000", "1");
      assertThat(e.errorDetail().errorCode()).isEqualTo("AlreadyExistsException");
    });
    BatchGetPartitionResponse got = glue.batchGetPartition(r -> r.databaseName("sales").tableName("orders")
        .partitionsToGet(PartitionValueList.builder().values("2001", "1").build(),
            PartitionValueList.builder().values("1999", "1").build()));
    assertThat(got.partitions()).extracting(Partition::values).containsExactly(List.of("2001", "1"));
    assertThat(got.unprocessedKeys()).isEmpty();
    BatchUpdatePartitionResponse updated = glue.batchUpdatePartition(r -> r.databaseName("sales")
        .tableName("orders").entries(e -> e.partitionValueList("2001", "1").partitionInput(partition("2001", 2)),
            e -> e.partitionValueList("1999", "1").partitionInput(partition("1999", 1))));
    assertThat(updated.errors()).singleElement().satisfies(e -> {
      assertThat(e.partitionValueList()).containsExactly("1999", "1");
      assertThat(e.errorDetail().errorCode()).isEqualTo("EntityNotFoundException");
    });
    assertThat(glue.getPartition(r -> r.databaseName("sales").tableName("orders").partitionValues("2001", "2"))
        .partition().storageDescriptor().location()).isEqualTo("s3://lake/orders/2001/2/");
    BatchDeletePartitionResponse deleted = glue.batchDeletePartition(r -> r.databaseName("sales")
        .tableName("orders").partitionsToDelete(PartitionValueList.builder().values("2001", "2").build(),
            PartitionValueList.builder().values("1999", "9").build()));
    assertThat(deleted.errors()).extracting(e -> e.partitionValues()).containsExactly(List.of("1999", "9"));

    List<PartitionInput> tooMany = IntStream.range(0, 101).mapToObj(i -> partition("2010", i)).toList();
    assertThatThrownBy(() -> glue.batchCreatePartition(r -> r.databaseName("sales").tableName("orders")
        .partitionInputList(tooMany)))
        .isInstanceOfSatisfying(GlueException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value of 101"
              + " element(s) at 'PartitionInputList' failed to satisfy constraint: Member must have length less than"
              + " or equal to 100");
        });
    assertThat(glue.getPartitions(r -> r.databaseName("sales").tableName("orders").expression("year = '2010'"))
        .partitions()).isEmpty();
  }

  @Test
  void partitions_singleCalls_createUpdateDelete() {
    createOrdersWithPartitions(0);
    glue.createPartition(r -> r.databaseName("sales").tableName("orders").partitionInput(partition("2030", 5)));

    glue.updatePartition(r -> r.databaseName("sales").tableName("orders").partitionValueList("2030", "5")
        .partitionInput(partition("2030", 5).toBuilder().parameters(Map.of("k", "v")).build()));
    assertThat(glue.getPartition(r -> r.databaseName("sales").tableName("orders").partitionValues("2030", "5"))
        .partition().parameters()).isEqualTo(Map.of("k", "v"));
    glue.deletePartition(r -> r.databaseName("sales").tableName("orders").partitionValues("2030", "5"));
    assertThatThrownBy(() -> glue.deletePartition(r -> r.databaseName("sales").tableName("orders")
        .partitionValues("2030", "5"))).isInstanceOf(EntityNotFoundException.class);
    assertThatThrownBy(() -> glue.createPartition(r -> r.databaseName("sales").tableName("orders")
        .partitionInput(p -> p.storageDescriptor(s -> s.location("s3://x/")))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("PartitionInput of the CreatePartition request cannot be used: PartitionInput.Values"
            + " is missing");
  }

  @Test
  void connections_createGetListDelete_hidePasswordAndFilterByType() {
    glue.createConnection(r -> r.connectionInput(c -> c.name("warehouse").connectionType("JDBC")
        .connectionProperties(Map.of(ConnectionPropertyKey.JDBC_CONNECTION_URL, "jdbc:postgresql://db/dev",
            ConnectionPropertyKey.USERNAME, "etl", ConnectionPropertyKey.PASSWORD, "s3cret"))));
    glue.createConnection(r -> r.connectionInput(c -> c.name("stream").connectionType("KAFKA")
        .connectionPropertiesWithStrings(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092"))));

    Connection full = glue.getConnection(r -> r.name("warehouse")).connection();
    assertThat(full.connectionPropertiesAsStrings()).containsEntry("PASSWORD", "s3cret");
    assertThat(glue.getConnection(r -> r.name("warehouse").hidePassword(true)).connection()
        .connectionPropertiesAsStrings()).doesNotContainKey("PASSWORD").containsEntry("USERNAME", "etl");
    assertThat(glue.getConnections(r -> r.filter(f -> f.connectionType("KAFKA"))).connectionList())
        .extracting(Connection::name).containsExactly("stream");
    glue.deleteConnection(r -> r.connectionName("stream"));
    assertThat(glue.getConnections(r -> { }).connectionList()).extracting(Connection::name)
        .containsExactly("warehouse");
    assertThatThrownBy(() -> glue.getConnection(r -> r.name("stream"))).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void tags_tagGetUntag_onTablesAndConnections_andRefuseOtherArns() {
    createOrdersWithPartitions(0);
    String arn = "arn:aws:glue:eu-west-1:000000000000:table/sales/orders";

    glue.tagResource(r -> r.resourceArn(arn).tagsToAdd(Map.of("owner", "a", "tier", "gold")));
    glue.untagResource(r -> r.resourceArn(arn).tagsToRemove("tier"));

    assertThat(glue.getTags(r -> r.resourceArn(arn)).tags()).isEqualTo(Map.of("owner", "a"));
    assertThatThrownBy(() -> glue.getTags(r -> r.resourceArn("arn:aws:glue:eu-west-1:000000000000:table/sales/x")))
        .isInstanceOf(EntityNotFoundException.class);
    assertThatThrownBy(() -> glue.tagResource(r -> r.resourceArn("arn:aws:glue:eu-west-1:0:job/etl")
        .tagsToAdd(Map.of("a", "b"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("names a job, which this endpoint cannot tag: it tags [connection, crawler, dataQualityRuleset, database, table, trigger, workflow]");
    assertThatThrownBy(() -> glue.getTags(r -> r.resourceArn("arn:aws:s3:::bucket")))
        .isInstanceOf(GlueException.class).hasMessageContaining("is not a Glue resource ARN");
  }

  @Test
  void operationsOfTheModelNotServedYet_answerUnknownOperationException() {
    assertThatThrownBy(() -> glue.startWorkflowRun(r -> r.name("air-quality")))
        .isInstanceOfSatisfying(GlueException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("StartWorkflowRun is an operation of AWS Glue that"
              + " this endpoint does not serve yet. Call it on AWS, or use an operation this endpoint serves.");
        });
  }
}
