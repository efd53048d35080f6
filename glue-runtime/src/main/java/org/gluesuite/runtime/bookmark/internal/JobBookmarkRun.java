package org.gluesuite.runtime.bookmark.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gluesuite.common.args.BookmarkOption;
import org.gluesuite.common.args.BookmarkSettings;
import org.gluesuite.runtime.bookmark.BookmarkCheckpoint;
import org.gluesuite.runtime.bookmark.BookmarkErrors;
import org.gluesuite.runtime.bookmark.BookmarkLock;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.runtime.bookmark.JobBookmarkEntry;
import org.gluesuite.runtime.bookmark.ListedFile;
import org.gluesuite.runtime.bookmark.SourceBookmark;

/**
 * One run's view of its job bookmark, from {@code Job.init} to {@code Job.commit}:
 *
 * <ul>
 *   <li>{@code job-bookmark-enable}: takes the job's lock (a second concurrent run fails fast with a version
 *       mismatch), reads the entry, gives each source the files it has not processed, and at {@link #commit} writes
 *       the advanced state, only if the entry is still at the version read.</li>
 *   <li>{@code job-bookmark-pause}: reads from the last bookmark, or with {@code --job-bookmark-from/to} the files
 *       processed after run {@code from} up to and including run {@code to}; never writes.</li>
 *   <li>{@code job-bookmark-disable}: reads everything; the bookmark is neither read nor written.</li>
 * </ul>
 */
public final class JobBookmarkRun implements SourceTracker, AutoCloseable {
  private final BookmarkStore store;
  private final String jobName;
  private final String runId;
  private final BookmarkSettings settings;
  private final JobBookmarkEntry entry;
  private final BookmarkLock lock;
  private final BookmarkCheckpoint from;
  private final BookmarkCheckpoint to;
  private final Map<String, Pending> pending = new LinkedHashMap<>();

  /** What one context processed this run. */
  private static final class Pending {
    final SourceBookmark base;
    final Listing listing;
    final List<ListedFile> processed = new ArrayList<>();
    final Set<String> partitions = new LinkedHashSet<>();

    Pending(SourceBookmark base, Listing listing) {
      this.base = base;
      this.listing = listing;
    }
  }

  private JobBookmarkRun(BookmarkStore store, String jobName, String runId, BookmarkSettings settings,
      JobBookmarkEntry entry, BookmarkLock lock, BookmarkCheckpoint from, BookmarkCheckpoint to) {
    this.store = store;
    this.jobName = jobName;
    this.runId = runId;
    this.settings = settings;
    this.entry = entry;
    this.lock = lock;
    this.from = from;
    this.to = to;
  }

  /** Glue's {@code Job.init} for the bookmark: lock (enable), read and check the entry, resolve a run window. */
  public static JobBookmarkRun open(BookmarkStore store, String jobName, String runId, BookmarkSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (settings.option() == BookmarkOption.DISABLE) {
      return new JobBookmarkRun(store, jobName, runId, settings, null, null, null, null);
    }
    BookmarkLock lock = settings.option() == BookmarkOption.ENABLE ? store.lock(jobName, runId) : null;
    try {
      JobBookmarkEntry entry = store.get(jobName);
      BookmarkCheckpoint from = null;
      BookmarkCheckpoint to = null;
      if (settings.hasRunWindow()) {
        String fromId = settings.fromRunId().orElseThrow();
        String toId = settings.toRunId().orElseThrow();
        from = entry.checkpoint(fromId)
            .orElseThrow(() -> BookmarkErrors.unknownRun(jobName, fromId, "as --job-bookmark-from"));
        to = entry.checkpoint(toId)
            .orElseThrow(() -> BookmarkErrors.unknownRun(jobName, toId, "as --job-bookmark-to"));
      }
      return new JobBookmarkRun(store, jobName, runId, settings, entry, lock, from, to);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  public BookmarkOption option() {
    return settings.option();
  }

  /** The entry this run started from (empty when bookmarks are disabled). */
  public Optional<JobBookmarkEntry> entry() {
    return Optional.ofNullable(entry);
  }

  /** The dead run whose lock this run took over: it was killed, and its record still says RUNNING. */
  public Optional<BookmarkLock.Owner> takenOverFrom() {
    return lock == null ? Optional.empty() : lock.takenOverFrom();
  }

  /**
   * A name for this run's output files that is the same for every attempt at the same bookmark run ({@code run<N>}
   * with bookmarks enabled), so a retry replaces what a failed attempt published instead of adding to it; empty
   * for runs that commit no bookmark.
   */
  public Optional<String> idempotencyToken() {
    return settings.option() == BookmarkOption.ENABLE ? Optional.of("run" + entry.nextRun()) : Optional.empty();
  }

  @Override
  public synchronized List<ListedFile> select(String transformationContext, Listing listing) {
    if (settings.option() == BookmarkOption.DISABLE || transformationContext == null
        || transformationContext.isBlank()) {
      return listing.files();
    }
    if (from != null) {
      SourceBookmark before = contextIn(from, transformationContext, listing);
      SourceBookmark upTo = contextIn(to, transformationContext, listing);
      return listing.files().stream().filter(f -> upTo.covers(f) && !before.covers(f)).toList();
    }
    SourceBookmark base = entry.contexts().getOrDefault(transformationContext,
        SourceBookmark.empty(listing.kind(), listing.source()));
    List<ListedFile> chosen = base.unprocessed(listing.files(), listing.listedAt(), listing.band());
    Pending p = pending.computeIfAbsent(transformationContext, k -> new Pending(base, listing));
    p.processed.addAll(chosen);
    p.partitions.addAll(listing.partitions());
    return chosen;
  }

  private static SourceBookmark contextIn(BookmarkCheckpoint checkpoint, String context, Listing listing) {
    return checkpoint.contexts().getOrDefault(context, SourceBookmark.empty(listing.kind(), listing.source()));
  }

  /** How many files each context reads this run. */
  public synchronized Map<String, Integer> filesSelected() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    pending.forEach((context, p) -> counts.put(context, p.processed.size()));
    return counts;
  }

  /**
   * Glue's {@code Job.commit} for the bookmark: with {@code job-bookmark-enable}, writes the advanced state of every
   * context read this run (others keep theirs) as the next version. Nothing for pause and disable.
   *
   * @throws BookmarkErrors.BookmarkVersionMismatchException if the entry changed since this run read it
   */
  public synchronized Optional<JobBookmarkEntry> commit(int attempt) {
    if (settings.option() != BookmarkOption.ENABLE) {
      return Optional.empty();
    }
    Map<String, SourceBookmark> advanced = new LinkedHashMap<>();
    pending.forEach((context, p) -> advanced.put(context,
        p.base.advance(p.processed, p.partitions, p.listing.listedAt(), p.listing.band())));
    JobBookmarkEntry next = entry.committed(runId, attempt, advanced, Instant.now());
    store.replace(next, entry.version(), runId);
    return Optional.of(next);
  }

  @Override
  public void close() {
    if (lock != null) {
      lock.close();
    }
  }

  public String jobName() {
    return jobName;
  }
}
