package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.serve.AccessKeys;
import org.gluesuite.serve.Authenticators;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.testing.AwsCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;

/**
 * Athena through {@code glue-suite serve} as the CLI starts it (the process's Spark session, strict SigV4 keys mapped to
 * principals) answers the rows {@code glue-suite query} answers, for an administrator through the AWS CLI and for a
 * principal restricted by a data cells filter through the SDK.
 */
class ServeAthenaTest {
  private static final String ADMIN = DataLakePrincipal.LOCAL_ADMIN.identifier();
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AnalystRole";
  private static final String SQL = "SELECT order_id, country, amount, note FROM sales.orders ORDER BY order_id";

  @TempDir
  Path dir;

  @Test
  void athenaThroughTheAwsCli_answersWhatQueryAnswers_andARestrictedPrincipalSeesOnlyItsCells() throws Exception {
    Assumptions.assumeTrue(Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "aws"))), "the AWS CLI ('aws') is not on the PATH");
    Workspace workspace = new Workspace(dir.resolve("workspace")).create();
    Path orders = Files.createDirectories(workspace.lake().resolve("sales/orders"));
    Files.writeString(orders.resolve("part-0.json"), "{\"order_id\": 1, \"country\": \"DE\", \"amount\": 10.5,"
        + " \"note\": \"gift, wrapped\"}\n{\"order_id\": 2, \"country\": \"FR\", \"amount\": 20.0}\n"
        + "{\"order_id\": 3, \"country\": \"DE\", \"amount\": 7.25, \"note\": \"\"}\n");
    Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()), false);
    LfCommand.initialize(quiet, LocalEnvironment.lakeFormation(workspace));
    AccessKeys keys = AccessKeys.of(List.of(new AccessKeys.AccessKey("AKIDADMIN", "admin-secret", ADMIN),
        new AccessKeys.AccessKey("AKIDANALYST", "analyst-secret", ANALYST)));
    List<List<String>> adminRows;
    List<List<String>> analystRows;
    try (LocalEnvironment environment = new LocalEnvironment(workspace, "local[2]", quiet);
        GlueSuiteServe serve = GlueSuiteServe.start(workspace.catalogDir(),
            CrawlContext.forWorkspace(workspace.root(), dir.resolve("crawlers")), null, environment::spark,
            ServeSettings.anyPort(ADMIN).withAuthenticator(Authenticators.strict(keys)))) {
      AwsSettings admin = AwsSettings.builder().endpoint(serve.endpoint().uri()).region("us-east-1")
          .staticCredentials("AKIDADMIN", "admin-secret").maxAttempts(1).build();
      try (var glue = AwsClientFactory.create(admin).glue();
          LakeFormationClient lakeFormation = AwsClientFactory.create(admin).lakeFormation()) {
        glue.createDatabase(r -> r.databaseInput(d -> d.name("sales")));
        glue.createTable(r -> r.databaseName("sales").tableInput(t -> t.name("orders")
            .parameters(Map.of("classification", "json")).storageDescriptor(sd -> sd.location(orders.toString())
                .columns(c -> c.name("order_id").type("bigint"), c -> c.name("country").type("string"),
                    c -> c.name("amount").type("double"), c -> c.name("note").type("string")))));
        lakeFormation.createDataCellsFilter(r -> r.tableData(f -> f.tableCatalogId("000000000000")
            .databaseName("sales").tableName("orders").name("germany")
            .rowFilter(x -> x.filterExpression("country = 'DE'")).columnWildcard(w -> w.excludedColumnNames("amount"))));
        lakeFormation.grantPermissions(r -> r.principal(p -> p.dataLakePrincipalIdentifier(ANALYST))
            .resource(x -> x.dataCellsFilter(f -> f.tableCatalogId("000000000000").databaseName("sales")
                .tableName("orders").name("germany"))).permissionsWithStrings("SELECT"));
      }

      adminRows = athenaThroughCli(serve.endpoint().uri().toString());
      try (AthenaClient analyst = AwsClientFactory.create(admin.toBuilder()
          .staticCredentials("AKIDANALYST", "analyst-secret").build()).athena()) {
        String id = analyst.startQueryExecution(r -> r.queryString("SELECT * FROM sales.orders ORDER BY order_id"))
            .queryExecutionId();
        QueryExecutionState state = null;
        for (int i = 0; i < 600 && (state == null || state == QueryExecutionState.QUEUED
            || state == QueryExecutionState.RUNNING); i++) {
          Thread.sleep(200);
          state = analyst.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution().status().state();
        }
        assertThat(state).isEqualTo(QueryExecutionState.SUCCEEDED);
        analystRows = new ArrayList<>();
        analyst.getQueryResults(r -> r.queryExecutionId(id)).resultSet().rows()
            .forEach(row -> analystRows.add(row.data().stream().map(d -> d.varCharValue()).toList()));
      }
    }

    assertThat(adminRows).containsExactly(List.of("order_id", "country", "amount", "note"),
        List.of("1", "DE", "10.5", "gift, wrapped"), java.util.Arrays.asList("2", "FR", "20.0", null),
        List.of("3", "DE", "7.25", ""));
    assertThat(adminRows).isEqualTo(queryCommand(workspace, ADMIN, SQL));
    assertThat(analystRows).containsExactly(List.of("order_id", "country", "note"), List.of("1", "DE", "gift, wrapped"),
        List.of("3", "DE", ""));
    assertThat(analystRows).isEqualTo(queryCommand(workspace, ANALYST, "SELECT * FROM sales.orders ORDER BY order_id"));
  }

  /** {@code aws athena start-query-execution}, {@code get-query-execution} until done, {@code get-query-results}. */
  private List<List<String>> athenaThroughCli(String endpoint) throws Exception {
    String id = aws(endpoint, "athena", "start-query-execution", "--query-string", SQL).path("QueryExecutionId")
        .asText();
    String state = "";
    for (int attempt = 0; attempt < 120 && !List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state); attempt++) {
      Thread.sleep(300);
      state = aws(endpoint, "athena", "get-query-execution", "--query-execution-id", id).path("QueryExecution")
          .path("Status").path("State").asText();
    }
    assertThat(state).isEqualTo("SUCCEEDED");
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : aws(endpoint, "athena", "get-query-results", "--query-execution-id", id).path("ResultSet")
        .path("Rows")) {
      List<String> cells = new ArrayList<>();
      row.path("Data").forEach(d -> cells.add(d.has("VarCharValue") ? d.path("VarCharValue").asText() : null));
      rows.add(cells);
    }
    return rows;
  }

  /** {@code glue-suite --json query} as {@code principal}: its header, then its rows as text. */
  private static List<List<String>> queryCommand(Workspace workspace, String principal, String sql) throws Exception {
    CliRun run = CliRun.of("--json", "query", "--workspace", workspace.root().toString(), "--master", "local[2]",
        "--principal", principal, sql);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.stdout());
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    json.path("columns").forEach(c -> header.add(c.asText()));
    rows.add(header);
    for (JsonNode row : json.path("rows")) {
      rows.add(header.stream().map(c -> row.path(c).isNull() ? null : row.path(c).asText()).toList());
    }
    return rows;
  }

  /** The AWS CLI signed with the administrator's key, its JSON output parsed. */
  private JsonNode aws(String endpoint, String... args) throws Exception {
    return AwsCli.in(dir, Map.of("AWS_ACCESS_KEY_ID", "AKIDADMIN", "AWS_SECRET_ACCESS_KEY", "admin-secret",
        "AWS_ENDPOINT_URL_ATHENA", endpoint)).json(args);
  }
}
