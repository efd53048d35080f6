package org.gluesuite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlState;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.serve.glue.ServeCrawlerLauncher;
import org.gluesuite.workflow.engine.CrawlLaunch;
import org.gluesuite.workflow.engine.CrawlOutcome;
import org.gluesuite.workflow.engine.CrawlerLauncher;

/**
 * Runs the workflow engine's crawler nodes with the real crawler ({@link CrawlerService}) against the
 * workspace catalog. Definitions come from {@code crawlers/definitions/NAME.json} of the checkout (found
 * like workflow definitions: {@code $GLUE_SUITE_HOME}, else walking up from the current folder); the
 * air-quality crawler also ships inside the CLI jar, so {@code run air-quality} works from anywhere.
 */
final class CatalogCrawlerLauncher implements CrawlerLauncher {
  private static final String BUNDLED = "/crawlers/" + AirQualityJobs.RAW_CRAWLER + ".json";

  private final Console console;
  private final LocalEnvironment environment;
  private final Path definitions;

  CatalogCrawlerLauncher(Console console, LocalEnvironment environment) {
    this.console = console;
    this.environment = environment;
    this.definitions = definitionsRoot();
  }

  @Override
  public Set<String> crawlerNames() {
    return definedCrawlers();
  }

  /** The crawlers that can run: the bundled air-quality one and every definition in crawlers/definitions. */
  static Set<String> definedCrawlers() {
    Path definitions = definitionsRoot();
    Set<String> names = new TreeSet<>();
    names.add(AirQualityJobs.RAW_CRAWLER);
    if (definitions != null) {
      try (Stream<Path> files = Files.list(definitions)) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
            .map(n -> n.substring(0, n.length() - ".json".length())).forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list crawler definitions in " + definitions, e);
      }
    }
    return names;
  }

  @Override
  public CrawlOutcome crawl(CrawlLaunch launch) {
    CrawlerDefinition definition = definition(launch.crawlerName());
    CrawlContext context = CrawlContext.forWorkspace(environment.workspace().root(),
            definitions == null ? Path.of("crawlers", "definitions") : definitions)
        .withProgress(message -> console.progress("  %s", message));
    CrawlResult result = CrawlerService.create(environment.catalog(), context).crawl(definition);
    if (result.status() == CrawlState.SUCCEEDED) {
      console.progress("  crawler %s: %d tables created, %d updated, %,d partitions added in %s", launch.crawlerName(),
          result.tablesCreated(), result.tablesUpdated(), result.partitionsAdded(),
          Console.seconds(result.elapsedMillis()));
    }
    return ServeCrawlerLauncher.outcome(definition, result);
  }

  private CrawlerDefinition definition(String name) {
    Path file = definitions == null ? null : definitions.resolve(name + ".json");
    if (file != null && Files.isRegularFile(file)) {
      return DefinitionReader.read(file);
    }
    if (AirQualityJobs.RAW_CRAWLER.equals(name)) {
      try (InputStream in = CatalogCrawlerLauncher.class.getResourceAsStream(BUNDLED)) {
        if (in != null) {
          return DefinitionReader.parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8), n -> null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new UsageException("There is no crawler definition named '" + name + "' in "
        + (definitions == null ? "crawlers/definitions (not found)" : definitions)
        + ". Add crawlers/definitions/" + name + ".json, or fix the crawler name in the workflow's trigger.");
  }

  /** {@code $GLUE_SUITE_HOME/crawlers/definitions}, else the first one walking up from here, else none. */
  private static Path definitionsRoot() {
    String home = System.getenv("GLUE_SUITE_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "crawlers", "definitions"))) {
      return Path.of(home, "crawlers", "definitions");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("crawlers").resolve("definitions"))) {
        return dir.resolve("crawlers").resolve("definitions");
      }
    }
    return null;
  }
}
