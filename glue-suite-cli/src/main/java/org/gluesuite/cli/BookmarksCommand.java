package org.gluesuite.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.runtime.bookmark.BookmarkCheckpoint;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.runtime.bookmark.SourceBookmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bookmarks show|reset|rewind JOB [--run RUN_ID]}: Glue's {@code GetJobBookmark} and {@code ResetJobBookmark}
 * over the workspace's bookmark store. Neither reset nor rewind touches outputs.
 */
@Command(name = "bookmarks", mixinStandardHelpOptions = true,
    description = "Show, reset or rewind a job's bookmark (workspace/bookmarks/JOB.json). 'reset' makes the next "
        + "bookmarked run process everything again and repairs a corrupt bookmark; 'rewind --run RUN_ID' returns "
        + "the bookmark to the state that run committed. Outputs are not touched.")
final class BookmarksCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(index = "0", paramLabel = "ACTION", description = "show, reset or rewind")
  String action;

  @Parameters(index = "1", paramLabel = "JOB", description = "The job's name.")
  String job;

  @Option(names = "--run", paramLabel = "RUN_ID",
      description = "show: the checkpoint a run committed; rewind: the run to return to (required); reset: same as rewind.")
  String runId;

  @Override
  public Integer call() {
    Console console = root.console();
    BookmarkStore store = new BookmarkStore(root.workspace().root().resolve("bookmarks"));
    switch (action) {
      case "show" -> show(console, store);
      case "reset" -> print(console, "reset", store.reset(job, runId));
      case "rewind" -> {
        if (runId == null) {
          throw new UsageException("bookmarks rewind needs --run RUN_ID: the committed run whose state to return to "
              + "(see ./glue-suite bookmarks show " + job + ").");
        }
        print(console, "rewound", store.reset(job, runId));
      }
      default -> throw new UsageException("Unknown action '" + action + "': use show, reset or rewind.");
    }
    return ExitCode.OK;
  }

  private void show(Console console, BookmarkStore store) {
    JobBookmarkEntry entry = store.get(job);
    if (runId != null) {
      BookmarkCheckpoint checkpoint = entry.checkpoint(runId).orElseThrow(() -> new UsageException("Run " + runId
          + " is not in the bookmark history of " + job + "."));
      console.json(Map.of("Checkpoint", checkpoint));
      console.line("%s run %d (%s), committed %s", job, checkpoint.run(), checkpoint.runId(), checkpoint.committedOn());
      contexts(console, checkpoint.contexts());
      return;
    }
    console.json(Map.of("JobBookmarkEntry", entry));
    if (!store.exists(job)) {
      console.line("%s has no bookmark yet: its first bookmarked run processes everything.", job);
      return;
    }
    console.line("%s  version %d  run %d  attempt %d  last run %s  updated %s", job, entry.version(), entry.run(),
        entry.attempt(), entry.runId() == null ? "(reset)" : entry.runId(), entry.updatedOn());
    contexts(console, entry.contexts());
    if (!entry.history().isEmpty()) {
      console.line("runs to rewind to (newest last):");
      entry.history().forEach(c -> console.line("  run %-4d %s  %s", c.run(), c.runId(), c.committedOn()));
    }
    store.lockOwner(job).ifPresent(owner -> console.line("running now: run %s (process %d on %s)%s", owner.runId(),
        owner.pid(), owner.host(), owner.alive() ? "" : " — process gone; the next run takes over"));
  }

  private static void contexts(Console console, Map<String, SourceBookmark> contexts) {
    if (contexts.isEmpty()) {
      console.line("  (no transformation contexts: the next run processes everything)");
    }
    contexts.forEach((name, state) -> console.line("  %-24s %s %s: watermark %s, %d file(s) in band%s", name,
        state.kind(), state.source(), state.highWatermark() == SourceBookmark.NOTHING ? "none"
            : java.time.Instant.ofEpochMilli(state.highWatermark()), state.bandFiles().size(),
        state.partitions() == null ? "" : ", " + state.partitions().size() + " partition(s)"));
  }

  private void print(Console console, String what, JobBookmarkEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("JobBookmarkEntry", entry);
    console.json(json);
    console.line("%s bookmark of %s: version %d%s. Outputs are unchanged.", what, job, entry.version(),
        entry.runId() == null ? ", the next bookmarked run processes everything" : ", back to run " + entry.runId());
  }
}
