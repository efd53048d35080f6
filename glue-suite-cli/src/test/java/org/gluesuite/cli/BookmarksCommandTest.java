package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.runtime.bookmark.ListedFile;
import org.gluesuite.runtime.bookmark.SourceBookmark;
import org.gluesuite.runtime.bookmark.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bookmarks show|reset|rewind}, in this JVM (no Spark is started). */
class BookmarksCommandTest {
  @TempDir
  Path workspace;

  private BookmarkStore seed() {
    BookmarkStore store = new BookmarkStore(workspace.resolve("bookmarks"));
    SourceBookmark one = SourceBookmark.empty(SourceKind.S3, "s3://b/")
        .advance(List.of(new ListedFile("s3://b/a", 5, null)), List.of(), 10, BookmarkBand.DEFAULT);
    JobBookmarkEntry first = JobBookmarkEntry.initial("job").committed("jr_1", 0, Map.of("src", one), Instant.now());
    store.replace(first, 0, "jr_1");
    store.replace(first.committed("jr_2", 0, Map.of("src", one), Instant.now()), 1, "jr_2");
    return store;
  }

  @Test
  void showRewindReset_workOnTheWorkspaceStore() {
    BookmarkStore store = seed();
    String ws = workspace.toString();
    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "show", "job")).isZero();
    assertThat(GlueSuiteCli.execute("--workspace", ws, "--json", "bookmarks", "show", "job", "--run", "jr_1")).isZero();

    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "rewind", "job", "--run", "jr_1")).isZero();
    assertThat(store.get("job").runId()).isEqualTo("jr_1");
    assertThat(store.get("job").run()).isEqualTo(2);

    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "reset", "job")).isZero();
    assertThat(store.get("job").contexts()).isEmpty();
    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "rewind", "job")).isEqualTo(ExitCode.USAGE);
    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "rewind", "job", "--run", "jr_x"))
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void show_ofACorruptBookmark_failsWithTheRepair_andResetRepairs() throws Exception {
    BookmarkStore store = seed();
    Path file = workspace.resolve("bookmarks").resolve("job.json");
    Files.writeString(file, Files.readString(file).replace("jr_2", "jr_3"));
    String ws = workspace.toString();
    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "show", "job")).isEqualTo(ExitCode.USAGE);
    assertThat(GlueSuiteCli.execute("--workspace", ws, "bookmarks", "reset", "job")).isZero();
    assertThat(store.get("job").contexts()).isEmpty();
  }
}
