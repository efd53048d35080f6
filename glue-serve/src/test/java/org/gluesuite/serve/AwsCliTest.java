package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gluesuite.serve.testing.ServeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI against {@code glue-suite serve}, with {@code --endpoint-url} and dummy credentials, as a user would run
 * it. Skipped, saying so, when no {@code aws} is on the PATH (CI installs Debian's awscli).
 */
class AwsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServeFixture serve;

  private record Run(int exit, String stdout, String stderr) {
    JsonNode json() throws Exception {
      return JSON.readTree(stdout);
    }
  }

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(awsOnPath(), "the AWS CLI ('aws') is not on the PATH; install awscli to run this test");
    serve = ServeFixture.start();
  }

  @AfterAll
  static void stop() {
    if (serve != null) {
      serve.close();
    }
  }

  private static boolean awsOnPath() {
    String path = System.getenv("PATH");
    return path != null && List.of(path.split(File.pathSeparator)).stream()
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "aws")));
  }

  private static Run aws(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", serve.uri().toString(), "--output", "json"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Path home = Files.createTempDirectory(serve.catalogDir(), "aws-home");
    Map<String, String> env = builder.environment();
    env.putAll(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local", "AWS_DEFAULT_REGION",
        "us-east-1", "AWS_PAGER", "", "AWS_EC2_METADATA_DISABLED", "true", "HOME", home.toString(),
        "AWS_CONFIG_FILE", home.resolve("config").toString(), "AWS_SHARED_CREDENTIALS_FILE",
        home.resolve("credentials").toString()));
    Path out = home.resolve("stdout");
    Path err = home.resolve("stderr");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 60 s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void databasesTablesAndPartitions_throughTheCli() throws Exception {
    assertThat(aws("glue", "create-database", "--database-input", "Name=airquality,Description=NO2").exit())
        .isZero();
    Run create = aws("glue", "create-table", "--database-name", "airquality", "--table-input", "{\"Name\": \"daily\","
        + " \"StorageDescriptor\": {\"Columns\": [{\"Name\": \"no2_mean\", \"Type\": \"double\"}], \"Location\":"
        + " \"s3://lake/airquality/daily/\"}, \"PartitionKeys\": [{\"Name\": \"year\", \"Type\": \"string\"},"
        + " {\"Name\": \"month\", \"Type\": \"string\"}], \"Parameters\": {\"classification\": \"parquet\"}}");
    assertThat(create.exit()).as(create.stderr()).isZero();
    Run batch = aws("glue", "batch-create-partition", "--database-name", "airquality", "--table-name", "daily",
        "--partition-input-list", "[{\"Values\": [\"2024\", \"01\"]}, {\"Values\": [\"2024\", \"02\"]},"
            + " {\"Values\": [\"2024\", \"03\"]}, {\"Values\": [\"2023\", \"02\"]}]");
    assertThat(batch.json().path("Errors")).isEmpty();

    JsonNode databases = aws("glue", "get-databases").json();
    assertThat(databases.path("DatabaseList").get(0).path("Name").asText()).isEqualTo("airquality");
    assertThat(databases.path("DatabaseList").get(0).path("Description").asText()).isEqualTo("NO2");
    JsonNode tables = aws("glue", "get-tables", "--database-name", "airquality").json();
    assertThat(tables.path("TableList")).hasSize(1);
    assertThat(tables.path("TableList").get(0).path("PartitionKeys").get(1).path("Name").asText())
        .isEqualTo("month");
    JsonNode partitions = aws("glue", "get-partitions", "--database-name", "airquality", "--table-name", "daily",
        "--expression", "year = '2024' AND month BETWEEN '02' AND '03'").json();
    List<String> months = new ArrayList<>();
    partitions.path("Partitions").forEach(p -> months.add(p.path("Values").get(1).asText()));
    assertThat(months).containsExactly("02", "03");
  }

  @Test
  void errors_reachTheCliWithAwsErrorCodes() throws Exception {
    Run missing = aws("glue", "get-table", "--database-name", "nowhere", "--name", "t");

    assertThat(missing.exit()).isNotZero();
    assertThat(missing.stderr()).contains("(EntityNotFoundException) when calling the GetTable operation: Database"
        + " nowhere not found");
    Run notServed = aws("glue", "get-dev-endpoints");
    assertThat(notServed.stderr()).contains("(UnknownOperationException) when calling the GetDevEndpoints operation");
  }

  @Test
  void startCrawler_thenGetCrawlerUntilReady_crawlsTheLake() throws Exception {
    Path folder = serve.workspace().resolve("lake/shipping/raw/orders");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("orders.json"), "{\"order_id\": 1, \"weight_kg\": 2.5}\n"
        + "{\"order_id\": 2, \"weight_kg\": 11.0}\n");
    assertThat(aws("glue", "create-database", "--database-input", "Name=shipping").exit()).isZero();
    Run create = aws("glue", "create-crawler", "--name", "orders", "--role", "arn:aws:iam::000000000000:role/C",
        "--database-name", "shipping", "--targets", "{\"S3Targets\": [{\"Path\": \"s3://shipping/raw/orders\"}]}");
    assertThat(create.exit()).as(create.stderr()).isZero();

    assertThat(aws("glue", "start-crawler", "--name", "orders").exit()).isZero();
    JsonNode crawler = null;
    for (int attempt = 0; attempt < 60; attempt++) {
      crawler = aws("glue", "get-crawler", "--name", "orders").json().path("Crawler");
      if (crawler.path("State").asText().equals("READY")) {
        break;
      }
      Thread.sleep(500);
    }

    assertThat(crawler.path("State").asText()).isEqualTo("READY");
    assertThat(crawler.path("LastCrawl").path("Status").asText()).isEqualTo("SUCCEEDED");
    JsonNode table = aws("glue", "get-table", "--database-name", "shipping", "--name", "orders").json();
    List<String> columns = new ArrayList<>();
    table.path("Table").path("StorageDescriptor").path("Columns")
        .forEach(c -> columns.add(c.path("Name").asText() + ":" + c.path("Type").asText()));
    assertThat(columns).containsExactly("order_id:int", "weight_kg:double");
    JsonNode metrics = aws("glue", "get-crawler-metrics", "--crawler-name-list", "orders").json();
    assertThat(metrics.path("CrawlerMetricsList").get(0).path("TablesCreated").asInt()).isEqualTo(1);
  }

  @Test
  void workflowsAndTriggers_throughTheCli() throws Exception {
    assertThat(aws("glue", "create-database", "--database-input", "Name=sensors").exit()).isZero();
    assertThat(aws("glue", "create-crawler", "--name", "readings", "--role", "arn:aws:iam::000000000000:role/C",
        "--database-name", "sensors", "--targets", "{\"S3Targets\": [{\"Path\": \"s3://sensors/raw\"}]}").exit())
        .isZero();
    Run workflow = aws("glue", "create-workflow", "--name", "sensors-nightly", "--max-concurrent-runs", "1",
        "--default-run-properties", "city=Valmora", "--tags", "team=air");
    assertThat(workflow.exit()).as(workflow.stderr()).isZero();
    Run trigger = aws("glue", "create-trigger", "--name", "sensors-start", "--workflow-name", "sensors-nightly",
        "--type", "ON_DEMAND", "--actions", "CrawlerName=readings");
    assertThat(trigger.exit()).as(trigger.stderr()).isZero();

    JsonNode got = aws("glue", "get-workflow", "--name", "sensors-nightly", "--include-graph").json().path("Workflow");
    assertThat(got.path("DefaultRunProperties").path("city").asText()).isEqualTo("Valmora");
    List<String> nodes = new ArrayList<>();
    got.path("Graph").path("Nodes").forEach(n -> nodes.add(n.path("Type").asText() + " " + n.path("Name").asText()));
    assertThat(nodes).containsExactly("TRIGGER sensors-start", "CRAWLER readings");
    assertThat(aws("glue", "get-tags", "--resource-arn", "arn:aws:glue:us-east-1:000000000000:workflow/sensors-nightly")
        .json().path("Tags").path("team").asText()).isEqualTo("air");
    Run second = aws("glue", "create-trigger", "--name", "sensors-again", "--workflow-name", "sensors-nightly",
        "--type", "ON_DEMAND", "--actions", "CrawlerName=readings");
    assertThat(second.stderr()).contains("(InvalidInputException) when calling the CreateTrigger operation: Workflow"
        + " sensors-nightly already has a start trigger (sensors-start)");
    assertThat(aws("glue", "delete-workflow", "--name", "sensors-nightly").exit()).isZero();
    assertThat(aws("glue", "get-workflow", "--name", "sensors-nightly").stderr()).contains("(EntityNotFoundException)");
  }
}
