package org.gluesuite.serve.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.runtime.testing.TestSpark;
import org.gluesuite.serve.AccessKeys;
import org.gluesuite.serve.Authenticators;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.lakeformation.LakeFormationState;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;

/**
 * Athena's API through the AWS SDK v2 against {@code glue-suite serve}: queries really run on Spark over the catalog,
 * under Lake Formation as the caller's principal, with Athena's states, ResultSet, paging and result files.
 */
class AthenaApiTest {
  private static final String ADMIN = DataLakePrincipal.LOCAL_ADMIN.identifier();
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AnalystRole";
  private static final String ORDERS = "SELECT order_id, country, amount, note FROM sales.orders ORDER BY order_id";
  private static ServeFixture serve;
  private static AthenaClient admin;
  private static AthenaClient analyst;

  @BeforeAll
  static void start() throws Exception {
    AccessKeys keys = AccessKeys.of(List.of(new AccessKeys.AccessKey("AKIDANALYST", "s", ANALYST)));
    serve = ServeFixture.startWithAthena(ServeSettings.anyPort(ADMIN).withAuthenticator(
        Authenticators.anySignature(ADMIN, keys)), TestSpark::session);
    admin = AwsClientFactory.create(serve.aws()).athena();
    analyst = AwsClientFactory.create(serve.aws().toBuilder().staticCredentials("AKIDANALYST", "s").build()).athena();
    Path orders = serve.workspace().resolve("lake/sales/orders");
    StructType schema = new StructType().add("order_id", DataTypes.LongType).add("country", DataTypes.StringType)
        .add("amount", DataTypes.DoubleType).add("note", DataTypes.StringType);
    List<Row> rows = List.of(RowFactory.create(1L, "DE", 10.5, "gift, \"wrapped\""),
        RowFactory.create(2L, "FR", 20.0, null), RowFactory.create(3L, "DE", 7.25, ""),
        RowFactory.create(4L, "US", 99.0, "express"));
    TestSpark.session().createDataFrame(rows, schema).coalesce(1).write().parquet(orders.toString());
    serve.glue().createDatabase(r -> r.databaseInput(d -> d.name("sales")));
    serve.glue().createTable(r -> r.databaseName("sales").tableInput(t -> t.name("orders")
        .parameters(java.util.Map.of("classification", "parquet"))
        .storageDescriptor(sd -> sd.location(orders.toString()).columns(
            c -> c.name("order_id").type("bigint"), c -> c.name("country").type("string"),
            c -> c.name("amount").type("double"), c -> c.name("note").type("string")))));
    LakeFormationState.forWorkspace(serve.workspace()).store().save(LakeFormationModel.empty());
    try (LakeFormationClient lakeFormation = AwsClientFactory.create(serve.aws()).lakeFormation()) {
      lakeFormation.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
          .databaseName("sales").tableName("orders").name("germany").rowFilter(x -> x.filterExpression("country = 'DE'"))
          .columnWildcard(w -> w.excludedColumnNames("amount"))));
      lakeFormation.grantPermissions(r -> r.principal(p -> p.dataLakePrincipalIdentifier(ANALYST))
          .resource(x -> x.dataCellsFilter(f -> f.tableCatalogId("000000000000").databaseName("sales")
              .tableName("orders").name("germany"))).permissionsWithStrings("SELECT"));
    }
  }

  @AfterAll
  static void stop() {
    if (serve != null) {
      admin.close();
      analyst.close();
      serve.close();
    }
  }

  private static QueryExecution await(AthenaClient athena, String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      QueryExecution execution = athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution();
      if (!List.of(QueryExecutionState.QUEUED, QueryExecutionState.RUNNING).contains(execution.status().state())) {
        return execution;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("query " + id + " did not finish in 2 minutes");
  }

  private static List<List<String>> cells(List<software.amazon.awssdk.services.athena.model.Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    rows.forEach(row -> cells.add(row.data().stream().map(Datum::varCharValue).toList()));
    return cells;
  }

  @Test
  void aQuery_runsOnSpark_andAnswersAthenasResultSet_pagedWithTheHeaderFirst() throws Exception {
    String id = admin.startQueryExecution(r -> r.queryString(ORDERS)).queryExecutionId();
    QueryExecution done = await(admin, id);

    assertThat(done.status().state()).as(done.status().stateChangeReason()).isEqualTo(QueryExecutionState.SUCCEEDED);
    assertThat(done.statistics().dataScannedInBytes()).isPositive();
    assertThat(done.resultConfiguration().outputLocation()).isEqualTo("s3://athena-query-results/" + id + ".csv");
    GetQueryResultsResponse all = admin.getQueryResults(r -> r.queryExecutionId(id));
    assertThat(cells(all.resultSet().rows())).containsExactly(
        List.of("order_id", "country", "amount", "note"),
        List.of("1", "DE", "10.5", "gift, \"wrapped\""),
        java.util.Arrays.asList("2", "FR", "20.0", null),
        List.of("3", "DE", "7.25", ""),
        List.of("4", "US", "99.0", "express"));
    assertThat(all.resultSet().resultSetMetadata().columnInfo()).extracting(ColumnInfo::name, ColumnInfo::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("order_id", "bigint"),
            org.assertj.core.groups.Tuple.tuple("country", "varchar"),
            org.assertj.core.groups.Tuple.tuple("amount", "double"),
            org.assertj.core.groups.Tuple.tuple("note", "varchar"));
    assertThat(all.nextToken()).isNull();

    List<List<String>> paged = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      GetQueryResultsResponse page = admin.getQueryResults(r -> r.queryExecutionId(id).maxResults(2).nextToken(next));
      paged.addAll(cells(page.resultSet().rows()));
      token = page.nextToken();
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(3);
    assertThat(paged).isEqualTo(cells(all.resultSet().rows()));

    Path csv = serve.workspace().resolve("lake/athena-query-results/" + id + ".csv");
    assertThat(Files.readString(csv)).isEqualTo("\"order_id\",\"country\",\"amount\",\"note\"\n"
        + "\"1\",\"DE\",\"10.5\",\"gift, \"\"wrapped\"\"\"\n\"2\",\"FR\",\"20.0\",\n\"3\",\"DE\",\"7.25\",\"\"\n"
        + "\"4\",\"US\",\"99.0\",\"express\"\n");
    assertThat(Files.readString(csv.resolveSibling(id + ".csv.metadata"))).contains("\"RowCount\" : 4")
        .contains("\"Type\" : \"bigint\"");
  }

  @Test
  void aRestrictedPrincipal_getsOnlyItsPermittedColumnsAndRows() throws Exception {
    String id = analyst.startQueryExecution(r -> r.queryString("SELECT * FROM orders ORDER BY order_id")
        .queryExecutionContext(c -> c.database("sales"))).queryExecutionId();
    QueryExecution done = await(analyst, id);

    assertThat(done.status().state()).as(done.status().stateChangeReason()).isEqualTo(QueryExecutionState.SUCCEEDED);
    assertThat(cells(analyst.getQueryResults(r -> r.queryExecutionId(id)).resultSet().rows())).containsExactly(
        List.of("order_id", "country", "note"), List.of("1", "DE", "gift, \"wrapped\""), List.of("3", "DE", ""));

    String denied = analyst.startQueryExecution(r -> r.queryString("SELECT amount FROM sales.orders"))
        .queryExecutionId();
    QueryExecution failed = await(analyst, denied);
    assertThat(failed.status().state()).isEqualTo(QueryExecutionState.FAILED);
    assertThat(failed.status().stateChangeReason()).contains("amount");
    assertThat(failed.status().athenaError().errorCategory()).isEqualTo(2);
    assertThatThrownBy(() -> analyst.getQueryResults(r -> r.queryExecutionId(denied)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("its state is FAILED");
  }

  @Test
  void stopQueryExecution_cancelsTheRunningQuery_andTheQueuedOneRunsNext() throws Exception {
    String slow = admin.startQueryExecution(r -> r.queryString(
        "SELECT count(*) FROM range(0, 100000000000) WHERE rand() < 0.5")).queryExecutionId();
    String next = admin.startQueryExecution(r -> r.queryString("SELECT 42 AS answer")).queryExecutionId();
    Instant deadline = Instant.now().plusSeconds(60);
    while (admin.getQueryExecution(r -> r.queryExecutionId(slow)).queryExecution().status().state()
        != QueryExecutionState.RUNNING && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(admin.getQueryExecution(r -> r.queryExecutionId(next)).queryExecution().status().state())
        .isEqualTo(QueryExecutionState.QUEUED);

    admin.stopQueryExecution(r -> r.queryExecutionId(slow));

    assertThat(await(admin, slow).status().state()).isEqualTo(QueryExecutionState.CANCELLED);
    assertThat(await(admin, next).status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
    assertThat(cells(admin.getQueryResults(r -> r.queryExecutionId(next)).resultSet().rows()))
        .containsExactly(List.of("answer"), List.of("42"));
    assertThat(admin.listQueryExecutions(r -> { }).queryExecutionIds()).containsSubsequence(next, slow);
  }

  @Test
  void badRequests_getAthenasErrors_andBadQueriesFail() throws Exception {
    assertThatThrownBy(() -> admin.getQueryExecution(r -> r.queryExecutionId("no-such-query")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("QueryExecution no-such-query was not found");
    assertThatThrownBy(() -> admin.startQueryExecution(r -> r.queryString("SELECT 1").workGroup("analysts")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("WorkGroup analysts is not found");
    assertThatThrownBy(() -> admin.startQueryExecution(r -> r.queryString("SELECT 1")
        .resultConfiguration(c -> c.outputLocation("/tmp/results"))))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("is not an S3 location");
    String missing = admin.startQueryExecution(r -> r.queryString("SELECT * FROM sales.nope")).queryExecutionId();
    QueryExecution failed = await(admin, missing);
    assertThat(failed.status().state()).isEqualTo(QueryExecutionState.FAILED);
    assertThat(failed.status().stateChangeReason()).contains("sales").contains("nope");
    String noSchema = admin.startQueryExecution(r -> r.queryString("SELECT 1")
        .queryExecutionContext(c -> c.database("nowhere"))).queryExecutionId();
    assertThat(await(admin, noSchema).status().stateChangeReason())
        .contains("SCHEMA_NOT_FOUND: Schema 'nowhere' does not exist");
  }

  @Test
  void namedQueriesAndThePrimaryWorkGroup() {
    String id = admin.createNamedQuery(r -> r.name("german orders").database("sales").queryString(ORDERS)
        .description("DE only")).namedQueryId();

    assertThat(admin.getNamedQuery(r -> r.namedQueryId(id)).namedQuery().queryString()).isEqualTo(ORDERS);
    assertThat(admin.listNamedQueries(r -> { }).namedQueryIds()).contains(id);
    admin.deleteNamedQuery(r -> r.namedQueryId(id));
    assertThat(admin.listNamedQueries(r -> { }).namedQueryIds()).doesNotContain(id);
    assertThatThrownBy(() -> admin.getNamedQuery(r -> r.namedQueryId(id))).isInstanceOf(InvalidRequestException.class);
    assertThat(admin.listWorkGroups(r -> { }).workGroups()).extracting(w -> w.name()).containsExactly("primary");
    assertThat(admin.getWorkGroup(r -> r.workGroup("primary")).workGroup().configuration().resultConfiguration()
        .outputLocation()).isEqualTo(AthenaOperations.DEFAULT_OUTPUT_LOCATION);
  }
}
