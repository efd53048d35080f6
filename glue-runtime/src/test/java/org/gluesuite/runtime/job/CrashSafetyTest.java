package org.gluesuite.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.internal.SourceTracker;
import org.gluesuite.runtime.internal.CrashPoints;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.internal.RunTransaction;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The kill matrix: a bookmarked job run in a child JVM halts ({@code Runtime.halt(137)}, like {@code kill -9}: no
 * finally blocks, no shutdown hooks) at a chosen point. Afterwards the previous output is intact, every drop is
 * visible completely or not at all, the bookmark is readable and unchanged, and a rerun converges to exactly the
 * rows of one clean run.
 */
class CrashSafetyTest {
  private static final String ENABLE = "job-bookmark-enable";
  private static final int ROWS = 4;

  /** Drops 1 (day 1) and 2 (day 2) processed by a clean run; drops 3 (into day 2) and 4 (day 3) waiting. */
  private static Path baseline(String name, String... extra) {
    Path workspace = TestSpark.newFolder(name);
    Drops.drop(workspace.resolve("landing"), 1, 1, ROWS);
    Drops.drop(workspace.resolve("landing"), 2, 2, ROWS);
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      run(workspace, catalog, "jr_base", extra);
    }
    Drops.drop(workspace.resolve("landing"), 3, 2, ROWS);
    Drops.drop(workspace.resolve("landing"), 4, 3, ROWS);
    return workspace;
  }

  private static JobRunRecord run(Path workspace, DataCatalog catalog, String runId, String... extra) {
    return new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
        new FileJobRunStore(workspace.resolve("runs").resolve("jobs")))
        .run(DropsJob.NAME, new DropsJob(), Drops.arguments(workspace, runId, extra));
  }

  private static int dayOf(int drop) {
    return drop == 1 ? 1 : drop == 4 ? 3 : 2;
  }

  /** Each drop's rows are all visible or none are; the drops of the baseline are all visible. */
  private static void assertWholeDropsOnly(Path workspace, List<String> visible) {
    List<String> all = Drops.expected(4, ROWS, CrashSafetyTest::dayOf);
    assertThat(visible).doesNotHaveDuplicates();
    assertThat(all).containsAll(visible);
    assertThat(visible).containsAll(Drops.expected(2, ROWS, CrashSafetyTest::dayOf));
    for (int drop = 3; drop <= 4; drop++) {
      int d = drop;
      long shown = visible.stream().filter(r -> Long.parseLong(r.split(",")[0]) / 1000 == d).count();
      assertThat(shown).as("rows of drop %d", drop).isIn(0L, (long) ROWS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mid-read:2", "mid-write", "mid-publish", "after-data-commit", "after-catalog-update"})
  void killedRun_leavesWholeOutputsAndAValidBookmark_andTheRerunConverges(String point) throws IOException {
    String[] append = {"--job-bookmark-option", ENABLE, "--write_mode", "APPEND"};
    Path workspace = baseline("kill-" + point.replace(':', '-'), append);
    BookmarkStore bookmarks = new BookmarkStore(workspace.resolve("bookmarks"));
    long versionBefore = bookmarks.get(DropsJob.NAME).version();

    ChildJvm.Result killed = ChildJvm.run(workspace.resolve("logs"), List.of("-D" + CrashPoints.PROPERTY + "=" + point),
        DropsJob.class, Drops.args(workspace, "jr_killed", append));

    assertThat(killed.exitCode()).as(killed.stderr()).isEqualTo(137);
    assertThat(killed.stderr()).contains("crash point " + point.replaceAll(":.*", ""));
    List<String> visible = Drops.rows(TestSpark.session(), workspace.resolve("out"));
    assertWholeDropsOnly(workspace, visible);
    if (point.startsWith("after-")) {
      assertThat(visible).hasSize(4 * ROWS);
    } else if (!point.equals("mid-publish")) {
      assertThat(visible).hasSize(2 * ROWS);
    }
    assertThat(bookmarks.get(DropsJob.NAME).version()).isEqualTo(versionBefore);

    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      JobRunRecord rerun = run(workspace, catalog, "jr_rerun", append);
      assertThat(rerun.bookmarkedFilesRead()).containsEntry("landing", 2);
      assertThat(new FileJobRunStore(workspace.resolve("runs").resolve("jobs")).find(DropsJob.NAME, "jr_killed")
          .orElseThrow().state()).isEqualTo(JobRunState.ERROR);
      assertThat(catalog.getPartitions("drops", "events")).hasSize(3);
    }
    assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
        .containsExactlyElementsOf(Drops.expected(4, ROWS, CrashSafetyTest::dayOf));
    assertThat(bookmarks.get(DropsJob.NAME).version()).isEqualTo(versionBefore + 1);
    try (Stream<Path> files = Files.walk(workspace.resolve("out"))) {
      assertThat(files.map(Path::toString)).noneMatch(p -> p.contains("_glue_staging") || p.contains("_glue_trash"));
    }
  }

  @Test
  void killedWhilePublishingAnOverwrite_thePartitionsStayWhole_andTheNextRunRepairs() {
    String[] overwrite = {"--write_mode", "OVERWRITE_PARTITIONS"};
    Path workspace = baseline("kill-overwrite", overwrite);
    ChildJvm.Result killed = ChildJvm.run(workspace.resolve("logs"),
        List.of("-D" + CrashPoints.PROPERTY + "=mid-publish:2"), DropsJob.class,
        Drops.args(workspace, "jr_killed", overwrite));
    assertThat(killed.exitCode()).as(killed.stderr()).isEqualTo(137);
    assertWholeDropsOnly(workspace, Drops.rows(TestSpark.session(), workspace.resolve("out")));

    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      run(workspace, catalog, "jr_rerun", overwrite);
    }
    assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
        .containsExactlyElementsOf(Drops.expected(4, ROWS, CrashSafetyTest::dayOf));
  }

  @Test
  void unwritableOutput_failsClearly_losesNothing_andLeavesTheBookmark() throws IOException {
    String[] append = {"--job-bookmark-option", ENABLE};
    Path workspace = baseline("unwritable", append);
    BookmarkStore bookmarks = new BookmarkStore(workspace.resolve("bookmarks"));
    var before = bookmarks.get(DropsJob.NAME);
    Path blocker = workspace.resolve("out").resolve("_glue_staging");
    Files.writeString(blocker, "not a folder");
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      assertThatThrownBy(() -> run(workspace, catalog, "jr_blocked", append))
          .isInstanceOf(JobFailedException.class)
          .hasMessageContaining("Writing to " + workspace.resolve("out")).hasMessageContaining("Nothing of this write");
      assertThat(bookmarks.get(DropsJob.NAME)).isEqualTo(before);
      assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
          .containsExactlyElementsOf(Drops.expected(2, ROWS, CrashSafetyTest::dayOf));
      Files.delete(blocker);
      run(workspace, catalog, "jr_unblocked", append);
    }
    assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
        .containsExactlyElementsOf(Drops.expected(4, ROWS, CrashSafetyTest::dayOf));
  }

  @Test
  void sourceFileDeletedBetweenListingAndReading_failsNamingIt_andTheRerunReadsWhatIsLeft() throws IOException {
    Path workspace = baseline("deleted", "--job-bookmark-option", ENABLE);
    Set<String> deleted = new HashSet<>();
    SourceTracker deleting = (context, listing) -> {
      String victim = listing.files().get(listing.files().size() - 1).path();
      try {
        Files.delete(Path.of(java.net.URI.create(victim)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      deleted.add(victim);
      return listing.files();
    };
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      GlueSuiteContext glue = GlueSuiteContext.create(TestSpark.session(), catalog)
          .forRun(RunTransaction.create("jr_x", deleting, null));
      assertThatThrownBy(() -> glue.getSourceWithFormat("json", Map.of("paths",
          "[\"" + workspace.resolve("landing") + "\"]", "recurse", "true"), Map.of())
          .transformationContext("landing").getFrame().toDF().count())
          .hasMessageContaining("drop-004.json");
      JobRunRecord rerun = run(workspace, catalog, "jr_after", "--job-bookmark-option", ENABLE);
      assertThat(rerun.bookmarkedFilesRead()).containsEntry("landing", 1);
    }
    assertThat(deleted).hasSize(1);
    assertThat(Drops.rows(TestSpark.session(), workspace.resolve("out")))
        .containsExactlyElementsOf(Drops.expected(3, ROWS, CrashSafetyTest::dayOf));
  }

  @Test
  void schemaChangeBetweenRuns_updatesTheTable_andOldRowsReadTheNewColumnAsNull() throws IOException {
    Path workspace = baseline("schema", "--job-bookmark-option", ENABLE);
    Files.delete(workspace.resolve("landing").resolve("day=03").resolve("drop-004.json"));
    Path file = workspace.resolve("landing").resolve("day=02").resolve("drop-003.json");
    Files.writeString(file, Files.readString(file).replace("}", ", \"note\": \"late\"}"));
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      run(workspace, catalog, "jr_wider", "--job-bookmark-option", ENABLE);
      assertThat(catalog.getTable("drops", "events").storageDescriptor().columns())
          .extracting(org.gluesuite.catalog.Column::name).contains("id", "v", "note");
      Dataset<Row> all = GlueSuiteContext.create(TestSpark.session(), catalog).getCatalogSource("drops", "events").toDF();
      assertThat(all.count()).isEqualTo(3 * ROWS);
      assertThat(all.where("note = 'late'").count()).isEqualTo(ROWS);
      assertThat(all.where("note IS NULL").count()).isEqualTo(2 * ROWS);
    }
  }

}
