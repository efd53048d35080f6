package org.gluesuite.crawler;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.common.Failures;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.state.CrawlerRecord;
import org.gluesuite.crawler.state.CrawlerStateStore;

/**
 * Runs crawlers against a catalog, shaped like Glue's crawler API: {@link #startCrawler} (by name, from the
 * definitions folder) or {@link #crawl} (a definition in hand) run one crawl to its end and return its
 * result; {@link #getCrawler} answers state, last crawl and metrics. State is kept in the workspace, so
 * another process starting a crawler that is RUNNING gets a {@link CrawlerRunningException}.
 *
 * <p>A crawl that fails records LastCrawl FAILED with the message and rethrows; catalog changes made before
 * the failure stay.
 */
public final class CrawlerService {
  private final DataCatalog catalog;
  private final CrawlContext context;
  private final CrawlerStateStore store;
  private final Clock clock;

  private CrawlerService(DataCatalog catalog, CrawlContext context, Clock clock) {
    this.catalog = catalog;
    this.context = context;
    this.store = new CrawlerStateStore(context.stateDir());
    this.clock = clock;
  }

  public static CrawlerService create(DataCatalog catalog, CrawlContext context) {
    return new CrawlerService(catalog, context, Clock.systemUTC());
  }

  /** The definition {@code <definitionsDir>/NAME.json}, parsed and validated. */
  public CrawlerDefinition definition(String name) {
    return definitions().read(name);
  }

  /** The definitions folder, as Glue's Create/Update/Delete/ListCrawlers see it. */
  public CrawlerDefinitions definitions() {
    return new CrawlerDefinitions(context.definitionsDir());
  }

  /** Glue's {@code StartCrawler}, run to completion. */
  public CrawlResult startCrawler(String name) {
    return crawl(definition(name));
  }

  /** Runs one crawl of {@code definition}. @throws CrawlerRunningException if it is already running */
  public CrawlResult crawl(CrawlerDefinition definition) {
    return begin(definition).run();
  }

  /**
   * Glue's {@code StartCrawler} as the API answers it: the crawler is RUNNING when this returns (so a second start, in
   * any process, gets {@link CrawlerRunningException}); {@link StartedCrawl#run} then crawls, on any thread.
   */
  public StartedCrawl begin(CrawlerDefinition definition) {
    String runId = "cr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    Instant start = clock.instant();
    store.start(definition.name(), runId, start);
    return new StartedCrawl(definition, runId, start);
  }

  /** A crawl whose crawler is marked RUNNING; {@link #run} it exactly once. */
  public final class StartedCrawl {
    private final CrawlerDefinition definition;
    private final String runId;
    private final Instant start;

    private StartedCrawl(CrawlerDefinition definition, String runId, Instant start) {
      this.definition = definition;
      this.runId = runId;
      this.start = start;
    }

    public String runId() {
      return runId;
    }

    /**
     * Crawls to the end. A crawl whose thread is interrupted (Glue's {@code StopCrawler}) ends CANCELLED, keeping the
     * catalog changes made so far, as Glue's stopped crawls do.
     */
    public CrawlResult run() {
      try {
        CrawlEngine.Outcome outcome = new CrawlEngine(catalog, context, definition, runId)
            .run(store.knownFolders(definition.name()));
        store.addKnownFolders(definition.name(), outcome.newFolders());
        List<TableChange> changes = outcome.changes();
        int created = count(changes, TableChange.Action.CREATED);
        int updated = count(changes, TableChange.Action.UPDATED) + count(changes, TableChange.Action.DEPRECATED);
        int deleted = count(changes, TableChange.Action.DELETED);
        int partitions = changes.stream().mapToInt(TableChange::partitionsAdded).sum();
        Instant end = clock.instant();
        CrawlResult result = new CrawlResult(definition.name(), runId, CrawlState.SUCCEEDED, null, start, end,
            created, updated, deleted, partitions, outcome.report());
        store.writeReport(definition.name(), runId, result);
        store.finish(definition.name(), CrawlState.SUCCEEDED, null, end, created, updated, deleted);
        return result;
      } catch (RuntimeException e) {
        // Clears the interrupt first: the state file's channel would refuse to work on an interrupted thread.
        boolean stopped = Thread.interrupted();
        store.finish(definition.name(), stopped ? CrawlState.CANCELLED : CrawlState.FAILED,
            stopped ? "Stopped by StopCrawler." : e.getMessage(), clock.instant(), 0, 0, 0);
        if (stopped) {
          Thread.currentThread().interrupt();
        }
        throw Failures.wrapOnce(e, CrawlerException.class,
            cause -> CrawlerErrors.crawlFailed(definition.name(), cause));
      }
    }
  }

  /** Glue's {@code GetCrawler} with {@code GetCrawlerMetrics}. */
  public CrawlerInfo getCrawler(String name) {
    CrawlerRecord r = store.get(name);
    CrawlerInfo.LastCrawl last = r.lastStatus() == null ? null : new CrawlerInfo.LastCrawl(r.lastStatus(),
        r.lastErrorMessage(), r.lastRunId(), r.lastStartTime(), r.lastEndTime());
    List<Long> runtimes = r.runtimesMillis();
    double lastSeconds = runtimes.isEmpty() ? 0 : runtimes.get(runtimes.size() - 1) / 1000.0;
    Long elapsed = r.state() == CrawlerState.RUNNING && r.startTime() != null
        ? clock.millis() - r.startTime().toEpochMilli() : null;
    return new CrawlerInfo(name, r.state(), last, elapsed, new CrawlerInfo.Metrics(lastSeconds,
        CrawlerStateStore.medianMillis(runtimes) / 1000.0, r.tablesCreated(), r.tablesUpdated(), r.tablesDeleted()));
  }

  /** The state store, for tools that need to mark a crawler (tests simulate another process this way). */
  public CrawlerStateStore stateStore() {
    return store;
  }

  private static int count(List<TableChange> changes, TableChange.Action action) {
    return (int) changes.stream().filter(c -> c.action() == action).count();
  }
}
