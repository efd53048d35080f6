package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Glue's {@code GetJobBookmark} and {@code ResetJobBookmark} over the workspace's bookmark store (the one jobs commit
 * to, {@code WORKSPACE/bookmarks}): the entry in Glue's {@code JobBookmarkEntry} shape, its {@code JobBookmark} the
 * per-context state as a JSON string; a reset with {@code RunId} returns the bookmark to what that run committed.
 */
final class BookmarkOperations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BookmarkOperations() {
  }

  /** {@code jobExists} tells a job without a bookmark from no job at all (jobs are defined in {@code jobsDir}). */
  static void register(ServiceApi glue, Path bookmarks, Path jobsDir, Predicate<String> jobExists) {
    BookmarkStore store = new BookmarkStore(bookmarks);
    glue.register("GetJobBookmark", call -> {
      String job = call.string("JobName");
      if (!store.exists(job)) {
        throw jobExists.test(job) ? ServeErrors.noBookmarkYet(job) : ServeErrors.jobNotFound(job, jobsDir);
      }
      return output("JobBookmarkEntry", shape(store.get(job)));
    });
    glue.register("ResetJobBookmark", call -> {
      String job = call.string("JobName");
      if (!store.exists(job) && !jobExists.test(job)) {
        throw ServeErrors.jobNotFound(job, jobsDir);
      }
      String runId = call.optionalString("RunId").orElse(null);
      if (runId != null && store.get(job).checkpoint(runId).isEmpty()) {
        throw ServeErrors.bookmarkRunNotFound(job, runId);
      }
      return output("JobBookmarkEntry", shape(store.reset(job, runId)));
    });
  }

  /** Glue's {@code JobBookmarkEntry}. */
  private static Map<String, Object> shape(JobBookmarkEntry entry) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("JobName", entry.jobName());
    out.put("Version", (int) entry.version());
    out.put("Run", (int) entry.run());
    out.put("Attempt", entry.attempt());
    out.put("PreviousRunId", entry.previousRunId());
    out.put("RunId", entry.runId());
    try {
      out.put("JobBookmark", JSON.writeValueAsString(entry.contexts()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A bookmark of " + entry.jobName() + " cannot be written as JSON", e);
    }
    return out;
  }
}
