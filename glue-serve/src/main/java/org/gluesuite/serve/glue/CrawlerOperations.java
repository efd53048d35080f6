package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.gluesuite.crawler.CrawlerErrors;
import org.gluesuite.crawler.CrawlerInfo;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.crawler.CrawlerState;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Glue's crawler operations over the crawlers module: {@code Create/Get/Update/DeleteCrawler}, {@code GetCrawlers},
 * {@code ListCrawlers}, {@code StartCrawler} (the crawler is RUNNING when the call returns; the crawl runs on a
 * thread of this endpoint), {@code StopCrawler} (interrupts that thread: the crawl ends CANCELLED) and
 * {@code GetCrawlerMetrics}. Definitions are the definitions folder's files, state the workspace's crawler state, so
 * the CLI and the endpoint see the same crawlers.
 */
public final class CrawlerOperations implements AutoCloseable {
  /** Glue's largest crawler page. */
  private static final int PAGE_SIZE = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final System.Logger LOG = System.getLogger(CrawlerOperations.class.getName());

  private final CrawlerService crawlers;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "glue-suite-serve-crawl");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, FutureTask<Void>> running = new ConcurrentHashMap<>();
  private final Set<String> stopping = ConcurrentHashMap.newKeySet();

  private CrawlerOperations(CrawlerService crawlers) {
    this.crawlers = crawlers;
  }

  /** Registers the operations (and crawlers as taggable resources); close the result to stop running crawls. */
  public static CrawlerOperations register(ServiceApi glue, TaggableResources taggables, CrawlerService crawlers) {
    CrawlerOperations operations = new CrawlerOperations(crawlers);
    operations.registerOn(glue);
    taggables.register("crawler", path -> crawlers.definitions().source(String.join("/", path)));
    return operations;
  }

  private void registerOn(ServiceApi glue) {
    glue.register("CreateCrawler", call -> {
      crawlers.definitions().create((ObjectNode) call.input().deepCopy());
      return Operation.NO_OUTPUT;
    });
    glue.register("GetCrawler", call -> output("Crawler", crawler(call.string("Name"))));
    glue.register("GetCrawlers", call -> {
      Pages.Page<String> page = Pages.of(crawlers.definitions().names(), name -> name, call, PAGE_SIZE);
      return page("Crawlers", page.items().stream().map(this::crawler).toList(), page.nextToken());
    });
    glue.register("ListCrawlers", call -> {
      Pages.Page<String> page = Pages.of(crawlers.definitions().names(), name -> name, call, PAGE_SIZE);
      return page("CrawlerNames", page.items(), page.nextToken());
    });
    glue.register("UpdateCrawler", call -> {
      String name = call.string("Name");
      requireNotRunning(name, "UpdateCrawler");
      crawlers.definitions().update(name, (ObjectNode) call.input().deepCopy());
      return Operation.NO_OUTPUT;
    });
    glue.register("DeleteCrawler", call -> {
      String name = call.string("Name");
      crawlers.definitions().source(name);
      requireNotRunning(name, "DeleteCrawler");
      crawlers.definitions().delete(name);
      return Operation.NO_OUTPUT;
    });
    glue.register("StartCrawler", call -> {
      start(crawlers.definition(call.string("Name")));
      return Operation.NO_OUTPUT;
    });
    glue.register("StopCrawler", call -> {
      stop(call.string("Name"));
      return Operation.NO_OUTPUT;
    });
    glue.register("GetCrawlerMetrics", call -> {
      List<String> names = call.input().has("CrawlerNameList")
          ? call.readList("CrawlerNameList", String.class) : crawlers.definitions().names();
      names.forEach(name -> crawlers.definitions().source(name));
      Pages.Page<String> page = Pages.of(names, name -> name, call, PAGE_SIZE);
      return page("CrawlerMetricsList", page.items().stream().map(this::metrics).toList(), page.nextToken());
    });
  }

  private void start(CrawlerDefinition definition) {
    String name = definition.name();
    CrawlerService.StartedCrawl crawl = crawlers.begin(definition);
    FutureTask<Void> task = new FutureTask<>(() -> {
      try {
        crawl.run();
      } catch (RuntimeException e) {
        // The crawler's state holds the outcome (LastCrawl FAILED or CANCELLED, with the message) for GetCrawler.
        LOG.log(System.Logger.Level.INFO, "Crawl " + crawl.runId() + " of " + name + " ended: " + e.getMessage());
      }
      return null;
    });
    running.put(name, task);
    threads.execute(() -> {
      try {
        task.run();
      } finally {
        running.remove(name, task);
        stopping.remove(name);
      }
    });
  }

  private void stop(String name) {
    crawlers.definitions().source(name);
    if (crawlers.getCrawler(name).state() == CrawlerState.READY) {
      throw CrawlerErrors.notRunning(name);
    }
    FutureTask<Void> task = running.get(name);
    if (task == null) {
      throw CrawlerErrors.runningElsewhere(name, "stop");
    }
    stopping.add(name);
    task.cancel(true);
  }

  private void requireNotRunning(String name, String operation) {
    if (state(name) != CrawlerState.READY) {
      throw CrawlerErrors.changedWhileRunning(name, operation);
    }
  }

  private CrawlerState state(String name) {
    CrawlerState stored = crawlers.getCrawler(name).state();
    return stopping.contains(name) && running.containsKey(name) ? CrawlerState.STOPPING : stored;
  }

  /** Glue's {@code Crawler}: the definition's members as stored, Glue's defaults, state and the last crawl. */
  private Map<String, Object> crawler(String name) {
    ObjectNode source = crawlers.definitions().source(name);
    CrawlerDefinition definition = crawlers.definition(name);
    CrawlerInfo info = crawlers.getCrawler(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> crawler = JSON.convertValue(source, LinkedHashMap.class);
    crawler.remove("Tags");
    crawler.put("SchemaChangePolicy", Map.of(
        "UpdateBehavior", definition.schemaChangePolicy().updateBehavior().name(),
        "DeleteBehavior", definition.schemaChangePolicy().deleteBehavior().name()));
    crawler.put("RecrawlPolicy", Map.of("RecrawlBehavior", definition.recrawlBehavior().name()));
    if (definition.schedule() != null) {
      // This endpoint runs no schedules.
      crawler.put("Schedule", Map.of("ScheduleExpression", definition.schedule(), "State", "NOT_SCHEDULED"));
    }
    crawler.put("State", state(name).name());
    crawler.put("CrawlElapsedTime", info.crawlElapsedTime());
    if (info.lastCrawl() != null) {
      Map<String, Object> last = new LinkedHashMap<>();
      last.put("Status", info.lastCrawl().status().name());
      last.put("ErrorMessage", info.lastCrawl().errorMessage());
      last.put("MessagePrefix", info.lastCrawl().runId());
      last.put("StartTime", info.lastCrawl().startTime());
      crawler.put("LastCrawl", last);
    }
    return crawler;
  }

  /** Glue's {@code CrawlerMetrics}. */
  private Map<String, Object> metrics(String name) {
    CrawlerInfo.Metrics metrics = crawlers.getCrawler(name).metrics();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("CrawlerName", name);
    out.put("TimeLeftSeconds", 0.0);
    out.put("StillEstimating", false);
    out.put("LastRuntimeSeconds", metrics.lastRuntimeSeconds());
    out.put("MedianRuntimeSeconds", metrics.medianRuntimeSeconds());
    out.put("TablesCreated", metrics.tablesCreated());
    out.put("TablesUpdated", metrics.tablesUpdated());
    out.put("TablesDeleted", metrics.tablesDeleted());
    return out;
  }

  /** Stops running crawls (they end CANCELLED) and their threads. */
  @Override
  public void close() {
    running.values().forEach(task -> task.cancel(true));
    threads.shutdownNow();
  }
}
