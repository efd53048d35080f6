package org.gluesuite.runtime.bookmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * The bookmark of one {@code transformationContext}: what its source has processed.
 *
 * <ul>
 *   <li>{@code highWatermark}: every file last modified at or before this time (epoch millis) is processed. It is
 *       the listing time of the last committed run minus {@code maxBand}, so a file that was not yet listed then
 *       cannot hide below it.</li>
 *   <li>{@code bandFiles}: files processed with a newer time, one by one (path → last-modified). A file whose time
 *       changed is new again: bookmarks follow modification times, not names.</li>
 *   <li>{@code partitions} (catalog sources): the partitions already read. Every file of a partition that is not
 *       listed here is new, whatever its time, so a partition added later with old files is read in full.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record SourceBookmark(
    SourceKind kind,
    String source,
    long highWatermark,
    SortedMap<String, Long> bandFiles,
    SortedSet<String> partitions) {

  /** No file processed yet. */
  public static final long NOTHING = Long.MIN_VALUE;

  public SourceBookmark {
    Objects.requireNonNull(kind, "kind");
    bandFiles = bandFiles == null ? new TreeMap<>() : new TreeMap<>(bandFiles);
    partitions = kind == SourceKind.CATALOG ? new TreeSet<>(partitions == null ? List.of() : partitions) : null;
  }

  public static SourceBookmark empty(SourceKind kind, String source) {
    return new SourceBookmark(kind, source, NOTHING, null, null);
  }

  /** True if this bookmark says the file was processed (same path and same last-modified time). */
  public boolean covers(ListedFile file) {
    if (kind == SourceKind.CATALOG && file.partition() != null && !partitions.contains(file.partition())) {
      return false;
    }
    if (highWatermark != NOTHING && file.lastModified() <= highWatermark) {
      return true;
    }
    Long seen = bandFiles.get(file.path());
    return seen != null && seen == file.lastModified();
  }

  /**
   * The files of {@code listed} this bookmark has not processed, oldest first, at most as many band files as the
   * band allows (Glue's {@code maxFilesInBand}: the others wait for the next run).
   */
  public List<ListedFile> unprocessed(List<ListedFile> listed, long listedAt, BookmarkBand band) {
    long bandStart = listedAt - band.maxBandMillis();
    List<ListedFile> fresh = new ArrayList<>(listed.stream().filter(f -> !covers(f)).toList());
    fresh.sort(Comparator.comparingLong(ListedFile::lastModified).thenComparing(ListedFile::path));
    long retained = bandFiles.values().stream().filter(t -> t > bandStart).count();
    long room = Math.max(0, band.maxFilesInBand() - retained);
    List<ListedFile> kept = new ArrayList<>(fresh.size());
    for (ListedFile file : fresh) {
      if (file.lastModified() > bandStart) {
        if (room == 0) {
          continue;
        }
        room--;
      }
      kept.add(file);
    }
    return kept;
  }

  /**
   * The bookmark after a run listed at {@code listedAt} processed {@code processed}: the watermark moves up to the
   * band's start, band files at or below it are dropped (the watermark covers them), and the listed partitions are
   * remembered.
   */
  public SourceBookmark advance(Collection<ListedFile> processed, Collection<String> listedPartitions, long listedAt,
      BookmarkBand band) {
    long watermark = Math.max(highWatermark, listedAt - band.maxBandMillis());
    TreeMap<String, Long> band2 = new TreeMap<>();
    for (Map.Entry<String, Long> e : bandFiles.entrySet()) {
      if (e.getValue() > watermark) {
        band2.put(e.getKey(), e.getValue());
      }
    }
    for (ListedFile file : processed) {
      if (file.lastModified() > watermark) {
        band2.put(file.path(), file.lastModified());
      }
    }
    TreeSet<String> parts = null;
    if (kind == SourceKind.CATALOG) {
      parts = new TreeSet<>(partitions);
      parts.addAll(listedPartitions);
    }
    return new SourceBookmark(kind, source, watermark, band2, parts);
  }
}
