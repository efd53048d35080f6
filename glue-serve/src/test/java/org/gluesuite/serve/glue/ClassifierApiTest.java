package org.gluesuite.serve.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.gluesuite.serve.testing.ServeExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.Classifier;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.CrawlerState;
import software.amazon.awssdk.services.glue.model.CsvHeaderOption;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.InvalidInputException;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Glue's classifier operations through the AWS SDK v2 against {@code glue-suite serve}: classifiers are the crawler
 * definitions folder's {@code classifiers/NAME.json}, so a crawler names one made through the API and classifies
 * with it.
 */
class ClassifierApiTest {
  @RegisterExtension
  static final ServeExtension SERVE = new ServeExtension();

  @BeforeEach
  void noClassifiers() {
    GlueClient glue = SERVE.fixture().glue();
    for (Classifier classifier : glue.getClassifiers(r -> { }).classifiers()) {
      glue.deleteClassifier(r -> r.name(name(classifier)));
    }
  }

  @Test
  void classifiersAreCreatedReadUpdatedAndDeleted_andCrawlersClassifyWithThem() throws Exception {
    GlueClient glue = SERVE.fixture().glue();
    glue.createClassifier(r -> r.grokClassifier(g -> g.name("applog").classification("applog")
        .grokPattern("%{TIMESTAMP_ISO8601:logged_at} %{LOGLEVEL:level} %{GREEDYDATA:message}")));
    glue.createClassifier(r -> r.csvClassifier(c -> c.name("pipes").delimiter("|")
        .containsHeader(CsvHeaderOption.ABSENT).header("station", "no2")));
    glue.createClassifier(r -> r.jsonClassifier(j -> j.name("records").jsonPath("$.records[*]")));

    assertThat(glue.getClassifiers(r -> { }).classifiers()).extracting(ClassifierApiTest::name)
        .containsExactly("applog", "pipes", "records");
    Classifier pipes = glue.getClassifier(r -> r.name("pipes")).classifier();
    assertThat(pipes.csvClassifier().delimiter()).isEqualTo("|");
    assertThat(pipes.csvClassifier().header()).containsExactly("station", "no2");
    assertThat(pipes.csvClassifier().lastUpdated()).isNotNull();
    Path definitions = SERVE.fixture().workspace().resolve("crawlers/definitions/classifiers");
    assertThat(definitions.resolve("applog.json")).exists();

    glue.updateClassifier(r -> r.csvClassifier(c -> c.name("pipes").delimiter(";")));
    Classifier updated = glue.getClassifier(r -> r.name("pipes")).classifier();
    assertThat(updated.csvClassifier().delimiter()).isEqualTo(";");
    assertThat(updated.csvClassifier().header()).as("members left out are kept").containsExactly("station", "no2");

    // A crawler names the grok classifier made above; its log files become a table of the pattern's fields.
    Path logs = SERVE.fixture().workspace().resolve("lake/ops/logs");
    Files.createDirectories(logs);
    Files.writeString(logs.resolve("app.log"), "2024-01-05T10:00:00 INFO started\n2024-01-05T10:00:02 WARN slow\n");
    glue.createDatabase(r -> r.databaseInput(d -> d.name("ops")));
    glue.createCrawler(r -> r.name("logs").role("arn:aws:iam::000000000000:role/Crawler").databaseName("ops")
        .classifiers("applog").targets(t -> t.s3Targets(s -> s.path("s3://ops/logs"))));
    glue.startCrawler(r -> r.name("logs"));
    awaitReady(glue, "logs");
    Table table = glue.getTables(r -> r.databaseName("ops")).tableList().get(0);
    assertThat(table.parameters()).containsEntry("classification", "applog");
    assertThat(table.storageDescriptor().columns()).extracting(Column::name)
        .containsExactly("logged_at", "level", "message");

    glue.deleteClassifier(r -> r.name("records"));
    assertThatThrownBy(() -> glue.getClassifier(r -> r.name("records"))).isInstanceOf(EntityNotFoundException.class)
        .hasMessageContaining("Classifier records not found");
    assertThatThrownBy(() -> glue.deleteClassifier(r -> r.name("records")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void badClassifiers_areRefusedNamingWhatIsWrong() {
    GlueClient glue = SERVE.fixture().glue();
    glue.createClassifier(r -> r.jsonClassifier(j -> j.name("rows").jsonPath("$[*]")));

    assertThatThrownBy(() -> glue.createClassifier(r -> r.jsonClassifier(j -> j.name("rows").jsonPath("$[*]"))))
        .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("Classifier rows already exists");
    assertThatThrownBy(() -> glue.createClassifier(r -> r.grokClassifier(g -> g.name("broken")
        .classification("x").grokPattern("%{NO_SUCH_PATTERN:x}"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("GrokPattern");
    assertThatThrownBy(() -> glue.createClassifier(r -> r.xmlClassifier(x -> x.name("feed").classification("xml")
        .rowTag("item")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("XMLClassifier");
    assertThatThrownBy(() -> glue.updateClassifier(r -> r.csvClassifier(c -> c.name("rows").delimiter(";"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("rows is a JsonClassifier");
    assertThatThrownBy(() -> glue.updateClassifier(r -> r.jsonClassifier(j -> j.name("rows").jsonPath("records"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("JsonPath");
    assertThat(glue.getClassifier(r -> r.name("rows")).classifier().jsonClassifier().jsonPath())
        .as("a refused update changes nothing").isEqualTo("$[*]");
    assertThat(SERVE.fixture().workspace().resolve("crawlers/definitions/classifiers/broken.json")).doesNotExist();
  }

  private static String name(Classifier classifier) {
    return classifier.csvClassifier() != null ? classifier.csvClassifier().name()
        : classifier.grokClassifier() != null ? classifier.grokClassifier().name()
        : classifier.jsonClassifier().name();
  }

  private static void awaitReady(GlueClient glue, String crawler) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (glue.getCrawler(r -> r.name(crawler)).crawler().state() != CrawlerState.READY) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("crawler " + crawler + " was not READY again within 60 s");
      }
      Thread.sleep(100);
    }
  }
}
