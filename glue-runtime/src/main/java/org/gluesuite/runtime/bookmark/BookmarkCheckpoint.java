package org.gluesuite.runtime.bookmark;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gluesuite.common.json.PascalCaseJson;

/** The bookmark as one committed run left it: what rewinds and {@code --job-bookmark-from/to} go back to. */
@PascalCaseJson
public record BookmarkCheckpoint(
    long run,
    String runId,
    String committedOn,
    SortedMap<String, SourceBookmark> contexts) {

  public BookmarkCheckpoint {
    contexts = contexts == null ? new TreeMap<>() : new TreeMap<>(contexts);
  }

  public static BookmarkCheckpoint of(long run, String runId, String committedOn, Map<String, SourceBookmark> contexts) {
    return new BookmarkCheckpoint(run, runId, committedOn, new TreeMap<>(contexts));
  }
}
