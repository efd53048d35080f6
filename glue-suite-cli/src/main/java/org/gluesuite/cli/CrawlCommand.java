package org.gluesuite.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.aws.DataCatalogs;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.crawler.TableChange;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;
import org.gluesuite.crawler.scan.SkippedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code crawl NAME}: runs a crawler over the lake into the catalog, without starting Spark. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Run a crawler (a CreateCrawler-shaped JSON definition) over the lake into the catalog.")
final class CrawlCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "The crawler: DIR/NAME.json of --definitions.")
  String name;

  @Option(names = "--definitions", paramLabel = "DIR", defaultValue = "crawlers/definitions",
      description = "Folder of crawler definitions (default: crawlers/definitions).")
  Path definitions;

  @Option(names = "--definition", paramLabel = "FILE", description = "Run the crawler defined in FILE instead.")
  Path definitionFile;

  @Option(names = "--status", description = "Show the crawler's state, last crawl and metrics; do not run it.")
  boolean status;

  @Override
  public Integer call() {
    if ((name == null) == (definitionFile == null)) {
      throw new UsageException("Give a crawler NAME or --definition FILE (exactly one). Definitions live in "
          + definitions + "/NAME.json.");
    }
    Console console = root.console();
    Workspace workspace = root.workspace().create();
    CrawlContext context = CrawlContext.forWorkspace(workspace.root(), definitions)
        .withProgress(message -> console.progress("%s", message));
    try (DataCatalog catalog = DataCatalogs.open(workspace.catalogLocation())) {
      CrawlerService service = CrawlerService.create(catalog, context);
      CrawlerDefinition definition = definitionFile != null ? DefinitionReader.read(definitionFile)
          : service.definition(name);
      if (status) {
        var info = service.getCrawler(definition.name());
        console.json(Map.of("Crawler", info));
        console.line("%s: %s, last crawl %s", info.name(), info.state(),
            info.lastCrawl() == null ? "none" : info.lastCrawl().status() + " " + info.lastCrawl().startTime());
        return ExitCode.OK;
      }
      console.progress("crawling %s into database %s", definition.name(), definition.databaseName());
      CrawlResult result = service.crawl(definition);
      print(console, result);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("Crawl", result);
      json.put("Crawler", service.getCrawler(definition.name()));
      console.json(json);
    }
    return ExitCode.OK;
  }

  static void print(Console console, CrawlResult result) {
    console.line("crawler %s %s in %s (run %s)", result.crawlerName(), result.status(),
        Console.seconds(result.elapsedMillis()), result.runId());
    console.line("  tables created %d, updated %d, deleted %d; partitions added %,d; files %,d listed, %,d sampled",
        result.tablesCreated(), result.tablesUpdated(), result.tablesDeleted(), result.partitionsAdded(),
        result.report().filesListed(), result.report().filesSampled());
    for (TableChange change : result.report().tables()) {
      console.line("  %-10s %-32s +%d partitions%s%s%s%s", change.action(), change.table(), change.partitionsAdded(),
          change.columnsAdded().isEmpty() || change.action() == TableChange.Action.CREATED ? ""
              : "  added " + change.columnsAdded(),
          change.columnsRemoved().isEmpty() ? "" : "  removed " + change.columnsRemoved(),
          change.columnsRetyped().isEmpty() ? "" : "  retyped " + change.columnsRetyped(),
          change.note() == null ? "" : "  (" + change.note() + ")");
    }
    for (SkippedFile skipped : result.report().filesSkipped()) {
      console.line("  skipped %s: %s", skipped.path(), skipped.reason());
    }
    if (!result.report().warnings().isEmpty()) {
      console.line("  %d warning(s), e.g. %s: %s", result.report().warnings().size(),
          result.report().warnings().get(0).path(), result.report().warnings().get(0).reason());
    }
  }
}
