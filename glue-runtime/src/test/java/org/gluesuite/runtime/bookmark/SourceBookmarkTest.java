package org.gluesuite.runtime.bookmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceBookmarkTest {
  private static final long MINUTE = 60_000L;
  private static final long T0 = 1_700_000_000_000L;
  private static final BookmarkBand BAND = new BookmarkBand(15 * MINUTE, 1000);

  private static ListedFile file(String name, long modified) {
    return new ListedFile("s3://b/" + name, modified, null);
  }

  @Test
  void advance_coversOldFilesByWatermark_andRemembersBandFilesOneByOne() {
    SourceBookmark empty = SourceBookmark.empty(SourceKind.S3, "s3://b/");
    ListedFile old = file("old", T0 - 60 * MINUTE);
    ListedFile recent = file("recent", T0 - 5 * MINUTE);
    SourceBookmark after = empty.advance(List.of(old, recent), List.of(), T0, BAND);

    assertThat(after.highWatermark()).isEqualTo(T0 - 15 * MINUTE);
    assertThat(after.bandFiles()).containsOnlyKeys("s3://b/recent");
    assertThat(after.covers(old)).isTrue();
    assertThat(after.covers(recent)).isTrue();
    // Listed late, with a time inside the band: new, even though older than a processed file.
    ListedFile late = file("late", T0 - 10 * MINUTE);
    assertThat(after.unprocessed(List.of(old, recent, late), T0 + MINUTE, BAND)).containsExactly(late);
  }

  @Test
  void covers_whenAFileIsRewrittenWithANewTime_isFalse() {
    SourceBookmark after = SourceBookmark.empty(SourceKind.S3, "x")
        .advance(List.of(file("a", T0 - MINUTE)), List.of(), T0, BAND);
    assertThat(after.covers(file("a", T0 - MINUTE))).isTrue();
    assertThat(after.covers(file("a", T0 + 5 * MINUTE))).isFalse();
  }

  @Test
  void advance_dropsBandFilesOnceTheWatermarkPassesThem() {
    SourceBookmark first = SourceBookmark.empty(SourceKind.S3, "x")
        .advance(List.of(file("a", T0 - MINUTE)), List.of(), T0, BAND);
    SourceBookmark second = first.advance(List.of(), List.of(), T0 + 60 * MINUTE, BAND);
    assertThat(second.bandFiles()).isEmpty();
    assertThat(second.covers(file("a", T0 - MINUTE))).isTrue();
  }

  @Test
  void unprocessed_beyondMaxFilesInBand_leavesTheNewestForTheNextRun() {
    BookmarkBand two = new BookmarkBand(15 * MINUTE, 2);
    List<ListedFile> listed = List.of(file("c", T0 - MINUTE), file("a", T0 - 3 * MINUTE), file("b", T0 - 2 * MINUTE),
        file("old", T0 - 90 * MINUTE));
    SourceBookmark empty = SourceBookmark.empty(SourceKind.S3, "x");
    List<ListedFile> first = empty.unprocessed(listed, T0, two);
    assertThat(first).extracting(ListedFile::path).containsExactly("s3://b/old", "s3://b/a", "s3://b/b");
    SourceBookmark after = empty.advance(first, List.of(), T0, two);
    assertThat(after.unprocessed(listed, T0, two)).extracting(ListedFile::path).isEmpty();
    assertThat(after.unprocessed(listed, T0 + 20 * MINUTE, two)).extracting(ListedFile::path)
        .containsExactly("s3://b/c");
  }

  @Test
  void catalogBookmark_readsEveryFileOfAPartitionItHasNotSeen_whateverItsTime() {
    ListedFile seen = new ListedFile("t/day=01/a", T0 - 90 * MINUTE, "day=01");
    SourceBookmark after = SourceBookmark.empty(SourceKind.CATALOG, "db.t")
        .advance(List.of(seen), List.of("day=01"), T0, BAND);
    ListedFile backfilled = new ListedFile("t/day=02/a", T0 - 90 * MINUTE, "day=02");
    ListedFile added = new ListedFile("t/day=01/b", T0 + MINUTE, "day=01");
    assertThat(after.unprocessed(List.of(seen, backfilled, added), T0 + 2 * MINUTE, BAND))
        .containsExactly(backfilled, added);
    assertThat(after.partitions()).containsExactly("day=01");
  }
}
