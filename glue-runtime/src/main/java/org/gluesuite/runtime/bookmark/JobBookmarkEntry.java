package org.gluesuite.runtime.bookmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gluesuite.common.Immutable;

/**
 * A job's bookmark, shaped like Glue's {@code JobBookmarkEntry} (JobName, Version, Run, Attempt, PreviousRunId,
 * RunId, JobBookmark) with the bookmark itself as typed per-context state and the checkpoints of recent runs.
 *
 * <ul>
 *   <li>{@code Version} changes with every write of the entry (commit, reset, rewind); a run that read version N
 *       commits only if the entry is still at N.</li>
 *   <li>{@code Run} counts committed runs and never goes back (not on reset or rewind), so a run number names one
 *       committed run for good; {@code Attempt} is the attempt of that run that committed (0 = first).</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobBookmarkEntry(
    @JsonProperty("JobName") String jobName,
    @JsonProperty("Version") long version,
    @JsonProperty("Run") long run,
    @JsonProperty("Attempt") int attempt,
    @JsonProperty("PreviousRunId") String previousRunId,
    @JsonProperty("RunId") String runId,
    @JsonProperty("UpdatedOn") String updatedOn,
    @JsonProperty("JobBookmark") SortedMap<String, SourceBookmark> contexts,
    @JsonProperty("History") List<BookmarkCheckpoint> history) {

  /** How many committed runs are kept for rewind and run windows. */
  public static final int HISTORY_LIMIT = 100;

  public JobBookmarkEntry {
    contexts = contexts == null ? new TreeMap<>() : new TreeMap<>(contexts);
    history = Immutable.list(history);
  }

  /** The entry of a job that has never committed a bookmark. */
  public static JobBookmarkEntry initial(String jobName) {
    return new JobBookmarkEntry(jobName, 0, 0, 0, null, null, null, null, null);
  }

  /** The state after a run committed: new contexts, next version and run number, a checkpoint appended. */
  public JobBookmarkEntry committed(String committingRunId, int committingAttempt,
      Map<String, SourceBookmark> newContexts, Instant now) {
    TreeMap<String, SourceBookmark> merged = new TreeMap<>(contexts);
    merged.putAll(newContexts);
    List<BookmarkCheckpoint> kept = new ArrayList<>(history);
    kept.add(BookmarkCheckpoint.of(run + 1, committingRunId, now.toString(), merged));
    while (kept.size() > HISTORY_LIMIT) {
      kept.remove(0);
    }
    return new JobBookmarkEntry(jobName, version + 1, run + 1, committingAttempt, runId, committingRunId,
        now.toString(), merged, kept);
  }

  /** Glue's {@code ResetJobBookmark} without a run id: back to the start; outputs are not touched. */
  public JobBookmarkEntry reset(Instant now) {
    return new JobBookmarkEntry(jobName, version + 1, run, 0, runId, null, now.toString(), null, history);
  }

  /** Glue's rewind ({@code ResetJobBookmark} with a run id): the state as that run committed it. */
  public JobBookmarkEntry rewoundTo(BookmarkCheckpoint checkpoint, Instant now) {
    return new JobBookmarkEntry(jobName, version + 1, run, 0, runId, checkpoint.runId(), now.toString(),
        checkpoint.contexts(), history);
  }

  /** The checkpoint a committed run left, if it is still in the history. */
  public Optional<BookmarkCheckpoint> checkpoint(String committedRunId) {
    return history.stream().filter(c -> c.runId().equals(committedRunId)).reduce((a, b) -> b);
  }

  /** The next committed run's number. */
  public long nextRun() {
    return run + 1;
  }
}
