package org.gluesuite.serve.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.catalog.Connection;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.workflow.engine.JobLauncher;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * One {@code glue-suite serve} on a free loopback port over a fresh workspace under {@code target/serve-tests}, shared
 * by a test class; clients are real SDK v2 clients with dummy keys.
 */
public final class ServeFixture implements AutoCloseable {
  public static final String PRINCIPAL = "arn:aws:iam::000000000000:role/ServeTestRole";
  public static final String ACCESS_KEY = "AKIDSERVETEST";
  public static final String SECRET_KEY = "serve-test-secret";

  private final Path catalogDir;
  private final GlueSuiteServe serve;
  private final List<GlueClient> clients = new CopyOnWriteArrayList<>();

  private ServeFixture(Path catalogDir, GlueSuiteServe serve) {
    this.catalogDir = catalogDir;
    this.serve = serve;
  }

  public static ServeFixture start(ServeSettings settings) {
    return start(settings, null, null);
  }

  /** As {@link #start(ServeSettings)}, with Glue's job operations run by {@code jobs} (none when null). */
  public static ServeFixture start(ServeSettings settings, JobLauncher jobs) {
    return start(settings, jobs, null);
  }

  /** With Athena's queries running on {@code spark} (the module's {@code TestSpark.session()}). */
  public static ServeFixture startWithAthena(ServeSettings settings, Supplier<SparkSession> spark) {
    return start(settings, null, spark);
  }

  private static ServeFixture start(ServeSettings settings, JobLauncher jobs, Supplier<SparkSession> spark) {
    try {
      Path base = Path.of("target", "serve-tests").toAbsolutePath();
      Files.createDirectories(base);
      Path workspace = Files.createTempDirectory(base, "workspace");
      Path catalogDir = workspace.resolve("catalog");
      CrawlContext crawling = CrawlContext.forWorkspace(workspace, workspace.resolve("crawlers").resolve("definitions"));
      return new ServeFixture(catalogDir, GlueSuiteServe.start(catalogDir, crawling, jobs, spark, settings));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static ServeFixture start() {
    return start(ServeSettings.anyPort(PRINCIPAL));
  }

  public URI uri() {
    return serve.endpoint().uri();
  }

  public int port() {
    return serve.endpoint().port();
  }

  public Path catalogDir() {
    return catalogDir;
  }

  /** The workspace the endpoint serves: {@code catalog/}, {@code lake/} (S3), {@code crawlers/definitions/}. */
  public Path workspace() {
    return catalogDir.getParent();
  }

  /** The catalog behind the endpoint, to check what a call stored. */
  public EmbeddedCatalog catalog() {
    return serve.catalog();
  }

  /** Client settings for this endpoint: dummy keys, no retries (a test sees the first answer). */
  public AwsSettings aws() {
    return AwsSettings.builder().endpoint(uri()).region("eu-west-1").staticCredentials(ACCESS_KEY, SECRET_KEY)
        .maxAttempts(1).build();
  }

  /** A Glue client for this endpoint; the fixture closes it before it stops the endpoint. */
  public GlueClient glue() {
    GlueClient glue = AwsClientFactory.create(aws()).glue();
    clients.add(glue);
    return glue;
  }

  /** Deletes every database (with its tables and partitions) and connection. */
  public void reset() {
    EmbeddedCatalog catalog = catalog();
    for (Database database : catalog.getDatabases()) {
      catalog.deleteDatabase(database.name());
    }
    for (Connection connection : catalog.getConnections()) {
      catalog.deleteConnection(connection.name());
    }
  }

  @Override
  public void close() {
    clients.forEach(GlueClient::close);
    serve.close();
  }
}
