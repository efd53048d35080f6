package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.serve.testing.ServeExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.Crawler;
import software.amazon.awssdk.services.glue.model.CrawlerMetrics;
import software.amazon.awssdk.services.glue.model.CrawlerNotRunningException;
import software.amazon.awssdk.services.glue.model.CrawlerRunningException;
import software.amazon.awssdk.services.glue.model.CrawlerState;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.LastCrawlStatus;
import software.amazon.awssdk.services.glue.model.Partition;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Glue's crawler operations through the AWS SDK v2 against {@code glue-suite serve}: crawlers created, changed and
 * deleted through the API really crawl the workspace's lake into the catalog.
 */
class CrawlerApiTest {
  @RegisterExtension
  static final ServeExtension SERVE = new ServeExtension();

  private GlueClient glue;

  @BeforeEach
  void emptyWorkspace() throws Exception {
    glue = SERVE.fixture().glue();
    SERVE.fixture().reset();
    for (String name : glue.listCrawlers(r -> { }).crawlerNames()) {
      glue.deleteCrawler(r -> r.name(name));
    }
    glue.createDatabase(r -> r.databaseInput(d -> d.name("airquality")));
    for (String year : List.of("2023", "2024")) {
      Path folder = SERVE.fixture().workspace().resolve("lake/airquality/raw/readings/year=" + year);
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("part-0.csv"), "station,no2,measured_on\nvalmora-1,21.5,2024-01-01\n"
          + "valmora-2,33.25,2024-01-02\nvalmora-3,18.0,2024-01-03\n");
    }
  }

  private void createReadingsCrawler() {
    glue.createCrawler(r -> r.name("readings").role("arn:aws:iam::000000000000:role/Crawler")
        .databaseName("airquality").tablePrefix("raw_")
        .targets(t -> t.s3Targets(s -> s.path("s3://airquality/raw/readings").exclusions("**/_tmp/**"))));
  }

  private Crawler awaitReady(String name) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Crawler crawler = glue.getCrawler(r -> r.name(name)).crawler();
      if (crawler.state() == CrawlerState.READY) {
        return crawler;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("crawler " + name + " was not READY again within 60 s");
  }

  @Test
  void aCrawlerCreatedThroughTheApi_crawlsTheLakeIntoTheCatalog() throws Exception {
    createReadingsCrawler();
    Crawler created = glue.getCrawler(r -> r.name("readings")).crawler();
    assertThat(created.state()).isEqualTo(CrawlerState.READY);
    assertThat(created.lastCrawl()).isNull();
    assertThat(created.schemaChangePolicy().updateBehaviorAsString()).isEqualTo("UPDATE_IN_DATABASE");
    assertThat(created.targets().s3Targets().get(0).exclusions()).containsExactly("**/_tmp/**");
    assertThat(SERVE.fixture().workspace().resolve("crawlers/definitions/readings.json")).isRegularFile();

    glue.startCrawler(r -> r.name("readings"));
    Crawler done = awaitReady("readings");

    assertThat(done.lastCrawl().status()).isEqualTo(LastCrawlStatus.SUCCEEDED);
    assertThat(done.lastCrawl().messagePrefix()).startsWith("cr_");
    Table table = glue.getTable(r -> r.databaseName("airquality").name("raw_readings")).table();
    assertThat(table.storageDescriptor().columns()).extracting(c -> c.name() + ":" + c.type())
        .containsExactly("station:string", "no2:double", "measured_on:date");
    assertThat(table.partitionKeys()).extracting(c -> c.name()).containsExactly("year");
    assertThat(table.parameters()).containsEntry("classification", "csv");
    assertThat(glue.getPartitions(r -> r.databaseName("airquality").tableName("raw_readings")).partitions())
        .extracting(Partition::values).containsExactlyInAnyOrder(List.of("2023"), List.of("2024"));
    CrawlerMetrics metrics = glue.getCrawlerMetrics(r -> r.crawlerNameList("readings")).crawlerMetricsList().get(0);
    assertThat(metrics.crawlerName()).isEqualTo("readings");
    assertThat(metrics.tablesCreated()).isEqualTo(1);
    assertThat(metrics.tablesUpdated()).isZero();
    assertThat(glue.listCrawlers(r -> { }).crawlerNames()).containsExactly("readings");
    assertThat(glue.getCrawlers(r -> { }).crawlers()).extracting(Crawler::name).containsExactly("readings");
  }

  @Test
  void aFailedCrawl_isReportedInLastCrawl_andTheCrawlerIsReadyAgain() throws Exception {
    glue.createCrawler(r -> r.name("nodb").role("arn:aws:iam::000000000000:role/Crawler")
        .databaseName("air quality").targets(t -> t.s3Targets(s -> s.path("s3://airquality/raw/readings"))));

    glue.startCrawler(r -> r.name("nodb"));
    Crawler done = awaitReady("nodb");

    assertThat(done.lastCrawl().status()).isEqualTo(LastCrawlStatus.FAILED);
    assertThat(done.lastCrawl().errorMessage()).contains("Invalid database name 'air quality'");
    assertThat(glue.getCrawlerMetrics(r -> r.crawlerNameList("nodb")).crawlerMetricsList().get(0).tablesCreated())
        .isZero();
  }

  @Test
  void updateAndDelete_changeTheStoredDefinition() {
    createReadingsCrawler();

    glue.updateCrawler(r -> r.name("readings").tablePrefix("landing_").description("NO2 readings"));

    Crawler updated = glue.getCrawler(r -> r.name("readings")).crawler();
    assertThat(updated.tablePrefix()).isEqualTo("landing_");
    assertThat(updated.description()).isEqualTo("NO2 readings");
    assertThat(updated.targets().s3Targets().get(0).path()).isEqualTo("s3://airquality/raw/readings");
    glue.deleteCrawler(r -> r.name("readings"));
    assertThatThrownBy(() -> glue.getCrawler(r -> r.name("readings")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("Crawler 'readings' not found");
  }

  @Test
  void badDefinitionsAndNames_areRefusedWithGluesErrors() {
    createReadingsCrawler();

    assertThatThrownBy(this::createReadingsCrawler).isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("Crawler readings already exists");
    assertThatThrownBy(() -> glue.createCrawler(r -> r.name("globs").role("r").databaseName("airquality")
        .targets(t -> t.s3Targets(s -> s.path("s3://airquality/raw").exclusions("[unclosed")))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Targets.S3Targets[0].Exclusions[0]")
        .hasMessageContaining("'[unclosed' is not a valid glob");
    assertThatThrownBy(() -> glue.updateCrawler(r -> r.name("readings").recrawlPolicy(p -> p
        .recrawlBehavior("CRAWL_NEW_FOLDERS_ONLY")).schemaChangePolicy(p -> p.updateBehavior("UPDATE_IN_DATABASE"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("with CRAWL_NEW_FOLDERS_ONLY Glue requires UpdateBehavior LOG");
    assertThat(glue.getCrawler(r -> r.name("readings")).crawler().recrawlPolicy().recrawlBehaviorAsString())
        .as("a refused update leaves the definition as it was").isEqualTo("CRAWL_EVERYTHING");
    assertThatThrownBy(() -> glue.getCrawler(r -> r.name("../catalog/x")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'../catalog/x' is not a crawler name");
    assertThatThrownBy(() -> glue.startCrawler(r -> r.name("nobody"))).isInstanceOf(EntityNotFoundException.class);
    assertThatThrownBy(() -> glue.stopCrawler(r -> r.name("readings")))
        .isInstanceOf(CrawlerNotRunningException.class)
        .hasMessageContaining("Crawler readings is not running");
  }

  @Test
  void aCrawlerRunningInAnotherProcess_cannotBeStartedChangedOrDeleted() {
    createReadingsCrawler();
    Path workspace = SERVE.fixture().workspace();
    CrawlerService other = CrawlerService.create(SERVE.fixture().catalog(),
        CrawlContext.forWorkspace(workspace, workspace.resolve("crawlers/definitions")));
    other.stateStore().start("readings", "cr_elsewhere", Instant.now());
    try {
      assertThat(glue.getCrawler(r -> r.name("readings")).crawler().state()).isEqualTo(CrawlerState.RUNNING);
      assertThatThrownBy(() -> glue.startCrawler(r -> r.name("readings")))
          .isInstanceOf(CrawlerRunningException.class).hasMessageContaining("already running (run cr_elsewhere");
      assertThatThrownBy(() -> glue.updateCrawler(r -> r.name("readings").tablePrefix("x_")))
          .isInstanceOf(CrawlerRunningException.class);
      assertThatThrownBy(() -> glue.deleteCrawler(r -> r.name("readings")))
          .isInstanceOf(CrawlerRunningException.class);
      assertThatThrownBy(() -> glue.stopCrawler(r -> r.name("readings")))
          .isInstanceOf(CrawlerRunningException.class).hasMessageContaining("running in another process");
    } finally {
      other.stateStore().finish("readings", CrawlState.SUCCEEDED, null, Instant.now(), 0, 0, 0);
    }
    assertThat(glue.getCrawler(r -> r.name("readings")).crawler().tablePrefix()).isEqualTo("raw_");
  }
}
