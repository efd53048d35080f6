package org.gluesuite.runtime.bookmark;

/**
 * Glue's {@code maxBand} (milliseconds; files modified within this long before the listing are remembered one by
 * one, because a late-listed file may still appear with an older time) and {@code maxFilesInBand} (at most this
 * many files are remembered in the band; newer ones wait for the next run).
 */
public record BookmarkBand(long maxBandMillis, int maxFilesInBand) {
  /** Glue's defaults: 900,000 ms (15 minutes) and 1,000 files. */
  public static final BookmarkBand DEFAULT = new BookmarkBand(900_000L, 1_000);

  public BookmarkBand {
    if (maxBandMillis < 0 || maxFilesInBand < 1) {
      throw BookmarkErrors.badBand(maxBandMillis, maxFilesInBand);
    }
  }
}
