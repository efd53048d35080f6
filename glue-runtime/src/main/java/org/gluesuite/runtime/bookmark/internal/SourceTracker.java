package org.gluesuite.runtime.bookmark.internal;

import java.util.Collection;
import java.util.List;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.bookmark.ListedFile;
import org.gluesuite.runtime.bookmark.SourceKind;

/**
 * What sources ask before reading: which of the files they listed this run processes. A job run's bookmark
 * answers (and remembers the answer for the commit); outside bookmarked runs every file is read.
 */
public interface SourceTracker {
  /** One listing of a source, as a bookmarked read reports it. */
  record Listing(SourceKind kind, String source, List<ListedFile> files, Collection<String> partitions,
      long listedAt, BookmarkBand band) {
    public Listing {
      files = List.copyOf(files);
      partitions = List.copyOf(partitions);
    }
  }

  /**
   * The files of {@code listing} to read under {@code transformationContext}; all of them when the context is null
   * or blank (Glue keeps no bookmark for a source without {@code transformation_ctx}).
   */
  List<ListedFile> select(String transformationContext, Listing listing);

  /** Reads everything and remembers nothing. */
  SourceTracker ALL = (context, listing) -> listing.files();
}
