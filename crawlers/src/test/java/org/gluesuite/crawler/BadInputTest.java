package org.gluesuite.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;
import org.gluesuite.crawler.scan.SkippedFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files are skipped and reported with their reason; the crawl completes and the catalog keeps what it had. */
class BadInputTest {
  @TempDir
  Path temp;

  @Test
  void badFiles_areSkippedWithReasons_andTheGoodOnesCrawled() {
    try (CrawlFixture fx = new CrawlFixture(temp)) {
      Lake lake = fx.lake.bucket();
      lake.text("data/good.csv", "k,v\n1,2\n3,4\n")
          .text("data/empty.csv", "")
          .bytes("data/binary.csv", new byte[] {'k', ',', 0, 1, 2, 3, '\n', 5})
          .bytes("data/latin1.csv", "k,v\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1))
          .text("data/ragged.csv", "k,v\n1,2\n3,4\n5,6,7\n7,8\n9,10\n")
          .text("data/broken.json", "{\"k\": 1,\n{{{\n")
          .bytes("data/data.csv.zst", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 1, 2, 3})
          .bytes("data/corrupt.csv.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9, 9});

      CrawlResult result = fx.crawl(CrawlFixture.crawler("bad", "data"));

      assertThat(result.status()).isEqualTo(CrawlState.SUCCEEDED);
      Map<String, String> reasons = result.report().filesSkipped().stream()
          .collect(Collectors.toMap(s -> Path.of(s.path()).getFileName().toString(), SkippedFile::reason));
      assertThat(reasons).containsOnlyKeys("empty.csv", "binary.csv", "latin1.csv", "ragged.csv", "broken.json",
          "data.csv.zst", "corrupt.csv.gz");
      assertThat(reasons.get("empty.csv")).startsWith("empty file");
      assertThat(reasons.get("binary.csv")).startsWith("binary content");
      assertThat(reasons.get("latin1.csv")).startsWith("not valid UTF-8");
      assertThat(reasons.get("ragged.csv")).startsWith("ragged CSV: row 4 has 3 fields");
      assertThat(reasons.get("broken.json")).startsWith("broken JSON");
      assertThat(reasons.get("data.csv.zst")).startsWith("unsupported compression zstd");
      assertThat(reasons.get("corrupt.csv.gz")).contains("gzip");
      assertThat(fx.columns("data")).isEqualTo("k:bigint,v:bigint");
      assertThat(fx.table("data").parameters()).containsEntry("objectCount", "1");
    }
  }

  @Test
  void aBrokenLineAmongGoodOnes_isAWarning_notASkip() {
    try (CrawlFixture fx = new CrawlFixture(temp)) {
      fx.lake.bucket().text("data/a.json", "{\"a\":1}\n{\"a\":\n{\"a\":3}\n");
      CrawlResult result = fx.crawl(CrawlFixture.crawler("warn", "data"));
      assertThat(result.report().filesSkipped()).isEmpty();
      assertThat(result.report().warnings()).singleElement()
          .satisfies(w -> assertThat(w.reason()).contains("1 malformed JSON line").contains("line 2"));
      assertThat(fx.columns("data")).isEqualTo("a:int");
    }
  }

  @Test
  void filesThatBecomeUnreadable_loseNothingAlreadyInTheCatalog() {
    try (CrawlFixture fx = new CrawlFixture(temp)) {
      Lake lake = fx.lake.bucket();
      lake.text("data/2024/01/a.csv", "k,v\n1,2\n").text("data/2024/02/a.csv", "k,v\n1,2\n");
      fx.crawl(CrawlFixture.crawler("keep", "data"));
      lake.bytes("data/2024/02/a.csv", new byte[] {0, 0, 0});

      CrawlResult again = fx.crawl(CrawlFixture.crawler("keep", "data"));
      assertThat(again.report().filesSkipped()).hasSize(1);
      assertThat(fx.catalog.getPartitions("db", "data")).hasSize(2);
      assertThat(fx.columns("data")).isEqualTo("k:bigint,v:bigint");
    }
  }

  @Test
  void aPermissionDeniedFolder_isReported_andTheRestCrawled() throws Exception {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "running as root: file permissions do not stop root, so a permission-denied folder cannot be simulated");
    try (CrawlFixture fx = new CrawlFixture(temp)) {
      Lake lake = fx.lake.bucket();
      lake.text("data/open/a.csv", "k,v\n1,2\n").text("data/closed/a.csv", "k,v\n1,2\n");
      Path closed = lake.root().resolve("data/closed");
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
      try {
        CrawlResult result = fx.crawl(CrawlFixture.crawler("perm", "data"));
        assertThat(result.report().filesSkipped()).singleElement()
            .satisfies(s -> assertThat(s.reason()).contains("permission denied"));
        assertThat(fx.tableNames()).isNotEmpty();
      } finally {
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
      }
    }
  }
}
