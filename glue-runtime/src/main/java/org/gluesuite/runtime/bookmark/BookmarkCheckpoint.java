package org.gluesuite.runtime.bookmark;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The bookmark as one committed run left it: what rewinds and {@code --job-bookmark-from/to} go back to. */
public record BookmarkCheckpoint(
    @JsonProperty("Run") long run,
    @JsonProperty("RunId") String runId,
    @JsonProperty("CommittedOn") String committedOn,
    @JsonProperty("Contexts") SortedMap<String, SourceBookmark> contexts) {

  public BookmarkCheckpoint {
    contexts = contexts == null ? new TreeMap<>() : new TreeMap<>(contexts);
  }

  public static BookmarkCheckpoint of(long run, String runId, String committedOn, Map<String, SourceBookmark> contexts) {
    return new BookmarkCheckpoint(run, runId, committedOn, new TreeMap<>(contexts));
  }
}
