package org.gluesuite.runtime.context;

import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.frame.FrameReadException;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code paths} of an S3-style source name object keys (files) as well as prefixes (folders), as in Glue. */
class FileSourcePathsTest {
  private Path lake;
  private DataCatalog catalog;
  private GlueSuiteContext glue;

  @BeforeEach
  void setUp() {
    lake = TestSpark.newFolder("file-paths");
    catalog = EmbeddedCatalog.open(lake.resolve("_catalog"));
    glue = GlueSuiteContext.create(TestSpark.session(), catalog);
  }

  @AfterEach
  void tearDown() {
    catalog.close();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String paths(Path... paths) {
    StringBuilder out = new StringBuilder("[");
    for (Path p : paths) {
      out.append(out.length() > 1 ? "," : "").append('"').append(p).append('"');
    }
    return out.append(']').toString();
  }

  private static List<String> rows(GlueFrame frame, String orderBy) {
    return frame.toDF().orderBy(orderBy).collectAsList().stream().map(Row::toString).toList();
  }

  @Test
  void getSourceWithFormat_csv_aSingleFileAsThePath_readsThatFile() throws IOException {
    Path orders = write(lake.resolve("data/orders.csv"), "id,amount\n1,9.5\n2,3.0\n");
    write(lake.resolve("data/other.csv"), "id,amount\n7,1.0\n");

    FileSource source = glue.getSourceWithFormat("csv", Map.of("paths", paths(orders)), Map.of("withHeader", "true"));

    assertThat(source.files()).singleElement().satisfies(f -> assertThat(f).endsWith("data/orders.csv"));
    assertThat(rows(source.getFrame(), "id")).containsExactly("[1,9.5]", "[2,3.0]");
  }

  @Test
  void getSourceWithFormat_json_andParquet_aSingleFileAsThePath_readsThatFile() throws IOException {
    Path json = write(lake.resolve("json/one.json"), "{\"k\": 1}\n{\"k\": 2}\n");
    write(lake.resolve("json/two.json"), "{\"k\": 3}\n");
    assertThat(rows(glue.getSourceWithFormat("json", Map.of("paths", paths(json)), Map.of()).getFrame(), "k"))
        .containsExactly("[1]", "[2]");

    Path parquetFolder = lake.resolve("parquet");
    TestSpark.session().range(3).toDF("k").coalesce(1).write().parquet(parquetFolder.toString());
    Path parquetFile;
    try (var files = Files.list(parquetFolder)) {
      parquetFile = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    GlueFrame parquet = glue.getSourceWithFormat("parquet", Map.of("paths", paths(parquetFile)), Map.of())
        .getFrame();
    assertThat(rows(parquet, "k")).containsExactly("[0]", "[1]", "[2]");
  }

  @Test
  void getSourceWithFormat_aMixOfFilesAndFolders_readsEach_withRecurseAndExclusionsApplied() throws IOException {
    Path single = write(lake.resolve("extra/late.json"), "{\"k\": 10}\n");
    Path skipped = write(lake.resolve("extra/late.tmp.json"), "{\"k\": 11}\n");
    Path folder = lake.resolve("landing");
    write(folder.resolve("top.json"), "{\"k\": 1}\n");
    write(folder.resolve("2024/01/05/deep.json"), "{\"k\": 2}\n");
    write(folder.resolve("2024/01/05/scratch.tmp.json"), "{\"k\": 3}\n");

    FileSource flat = glue.getSourceWithFormat("json", Map.of("paths", paths(single, folder)), Map.of());
    assertThat(rows(flat.getFrame(), "k")).containsExactly("[1]", "[10]");

    FileSource deep = glue.getSourceWithFormat("json", Map.of("paths", paths(folder, single, skipped),
        "recurse", "true", "exclusions", "[\"**.tmp.json\"]"), Map.of());
    assertThat(deep.files()).hasSize(3).noneMatch(f -> f.endsWith(".tmp.json"));
    assertThat(rows(deep.getFrame(), "k")).containsExactly("[1]", "[2]", "[10]");
  }

  @Test
  void getSourceWithFormat_aPathThatDoesNotExist_isAnErrorNamingIt() throws IOException {
    Path present = write(lake.resolve("data/orders.csv"), "id\n1\n");
    Path missing = lake.resolve("data/ordrs.csv");

    FileSource source = glue.getSourceWithFormat("csv", Map.of("paths", paths(present, missing)), Map.of());

    assertThatThrownBy(source::getFrame).isInstanceOf(FrameReadException.class)
        .hasMessageContaining("'" + missing + "' does not exist");
  }

  @Test
  void aBookmarkedRun_overASingleFilePath_readsItOnce_andAgainOnlyWhenItChanges() throws IOException {
    Path file = write(lake.resolve("drops/orders.json"), "{\"id\": 1}\n{\"id\": 2}\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    JobRunner runner = new JobRunner(glue, new FileJobRunStore(lake.resolve("runs").resolve("jobs")));
    AtomicLong rows = new AtomicLong();
    JobArguments enable = JobArgumentParser.parse(new String[] {"--job-bookmark-option", "job-bookmark-enable"});

    JobRunRecord first = runner.run("orders", context -> rows.set(context.glue()
        .getSourceWithFormat("json", Map.of("paths", paths(file)), Map.of())
        .transformationContext("orders").getFrame().count()), enable);
    assertThat(rows.get()).isEqualTo(2);
    assertThat(first.bookmarkedFilesRead()).containsEntry("orders", 1);

    JobRunRecord second = runner.run("orders", context -> rows.set(context.glue()
        .getSourceWithFormat("json", Map.of("paths", paths(file)), Map.of())
        .transformationContext("orders").getFrame().toDF().count()), enable);
    assertThat(rows.get()).isZero();
    assertThat(second.bookmarkedFilesRead()).containsEntry("orders", 0);

    // Rewritten now: newer than what the bookmark has processed, so read again whole.
    Files.writeString(file, "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}\n");
    runner.run("orders", context -> rows.set(context.glue()
        .getSourceWithFormat("json", Map.of("paths", paths(file)), Map.of())
        .transformationContext("orders").getFrame().count()), enable);
    assertThat(rows.get()).isEqualTo(3);
  }
}
