package org.gluesuite.runtime.bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.args.BookmarkSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gluesuite.runtime.bookmark.internal.JobBookmarkRun;

class BookmarkStoreTest {
  @TempDir
  Path folder;

  private static JobBookmarkEntry committedOnce(BookmarkStore store) {
    JobBookmarkEntry first = JobBookmarkEntry.initial("job").committed("jr_1", 0, Map.of("src",
        SourceBookmark.empty(SourceKind.S3, "s3://b/").advance(List.of(new ListedFile("s3://b/a", 5, null)),
            List.of(), 10, BookmarkBand.DEFAULT)), Instant.parse("2024-01-01T00:00:00Z"));
    store.replace(first, 0, "jr_1");
    return first;
  }

  @Test
  void replace_thenGet_roundTripsTheEntry() {
    BookmarkStore store = new BookmarkStore(folder);
    JobBookmarkEntry first = committedOnce(store);
    assertThat(store.get("job")).isEqualTo(first);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.run()).isEqualTo(1);
    assertThat(store.get("other")).isEqualTo(JobBookmarkEntry.initial("other"));
  }

  @Test
  void get_whenTheFileWasEdited_failsOnTheChecksum_andResetRepairsIt() throws IOException {
    BookmarkStore store = new BookmarkStore(folder);
    committedOnce(store);
    Path file = folder.resolve("job.json");
    Files.writeString(file, Files.readString(file).replace("\"Run\" : 1", "\"Run\" : 7"));

    assertThatThrownBy(() -> store.get("job"))
        .isInstanceOf(BookmarkErrors.CorruptBookmarkException.class)
        .hasMessageContaining("checksum").hasMessageContaining("BookmarkStore.reset(\"job\", null)")
        .hasMessageNotContaining("./glue-suite");
    JobBookmarkEntry repaired = store.reset("job", null);
    assertThat(store.get("job")).isEqualTo(repaired);
    assertThat(repaired.contexts()).isEmpty();
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("job.json.corrupt-"));
    }
  }

  @Test
  void get_whenTruncatedOrOfAnotherFormatVersion_isReportedAsCorrupt() throws IOException {
    BookmarkStore store = new BookmarkStore(folder);
    committedOnce(store);
    Path file = folder.resolve("job.json");
    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.length() / 2));
    assertThatThrownBy(() -> store.get("job")).isInstanceOf(BookmarkErrors.CorruptBookmarkException.class)
        .hasMessageContaining("not valid JSON");
    Files.writeString(file, text.replace("\"FormatVersion\" : 2", "\"FormatVersion\" : 3"));
    assertThatThrownBy(() -> store.get("job")).isInstanceOf(BookmarkErrors.CorruptBookmarkException.class)
        .hasMessageContaining("FormatVersion");
  }

  @Test
  void replace_whenTheVersionMoved_failsWithVersionMismatch_andKeepsTheFile() {
    BookmarkStore store = new BookmarkStore(folder);
    JobBookmarkEntry first = committedOnce(store);
    JobBookmarkEntry stale = JobBookmarkEntry.initial("job").committed("jr_x", 0, Map.of(), Instant.now());
    assertThatThrownBy(() -> store.replace(stale, 0, "jr_x"))
        .isInstanceOf(BookmarkErrors.BookmarkVersionMismatchException.class)
        .hasMessageContaining("read version 0 but the bookmark is now at version 1");
    assertThat(store.get("job")).isEqualTo(first);
  }

  @Test
  void lock_heldByALiveRun_failsTheSecondFast_butADeadOwnersLockIsTakenOver() throws IOException {
    BookmarkStore store = new BookmarkStore(folder);
    try (JobBookmarkRun first = JobBookmarkRun.open(store, "job", "jr_a", BookmarkSettings.enabled())) {
      assertThatThrownBy(() -> JobBookmarkRun.open(store, "job", "jr_b", BookmarkSettings.enabled()))
          .isInstanceOf(BookmarkErrors.BookmarkVersionMismatchException.class)
          .hasMessageContaining("jr_a").hasMessageContaining("MaxConcurrentRuns");
      // Pause never writes, so it needs no lock.
      JobBookmarkRun.open(store, "job", "jr_p", BookmarkSettings.paused()).close();
    }
    Files.writeString(folder.resolve("job.lock"), "{\"RunId\":\"jr_dead\",\"Host\":\""
        + BookmarkLock.Owner.current("x").host() + "\",\"Pid\":999999999,\"ProcessStart\":null,\"AcquiredOn\":null}");
    try (JobBookmarkRun next = JobBookmarkRun.open(store, "job", "jr_c", BookmarkSettings.enabled())) {
      assertThat(next.takenOverFrom()).map(BookmarkLock.Owner::runId).contains("jr_dead");
    }
    assertThat(store.lockOwner("job")).isEmpty();
  }

  @Test
  void rewind_toAnUnknownRun_failsNamingIt() {
    BookmarkStore store = new BookmarkStore(folder);
    committedOnce(store);
    assertThatThrownBy(() -> store.reset("job", "jr_nope"))
        .isInstanceOf(BookmarkErrors.UnknownBookmarkRunException.class).hasMessageContaining("jr_nope");
    assertThatThrownBy(() -> JobBookmarkRun.open(store, "job", "jr_z", BookmarkSettings.pausedBetween("jr_1", "jr_q")))
        .isInstanceOf(BookmarkErrors.UnknownBookmarkRunException.class).hasMessageContaining("--job-bookmark-to");
  }
}
