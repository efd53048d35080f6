package org.gluesuite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.jobs.airquality.AirQualityCleanJob;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.jobs.airquality.AirQualityTrainJob;
import org.gluesuite.jobs.airquality.GenerationSummary;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlResult;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;
import org.gluesuite.runtime.job.JobRunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code run PIPELINE}: a whole pipeline on generated sample data, step by step. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a whole pipeline locally on generated sample data. Pipelines: air-quality.")
final class RunPipelineCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "PIPELINE", description = "air-quality")
  String pipeline;

  @Option(names = "--days", defaultValue = "1095", description = "Days of sample data to generate (default: 1095).")
  int days;

  @Option(names = "--seed", defaultValue = "20210101", description = "Seed of the sample data (default: 20210101).")
  long seed;

  @Option(names = "--regenerate", description = "Generate the sample data again even if it exists.")
  boolean regenerate;

  @Override
  public Integer call() throws Exception {
    if (!"air-quality".equals(pipeline)) {
      throw new UsageException("There is no pipeline named '" + pipeline + "'. Pipelines: [air-quality].");
    }
    Console console = root.console();
    long started = System.currentTimeMillis();
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      Path pipelineRoot = environment.workspace().lake().resolve(AirQualityJobs.ROOT);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("Pipeline", pipeline);
      result.put("Workspace", environment.workspace().root().toString());

      if (regenerate || !Files.isDirectory(pipelineRoot.resolve("raw"))) {
        console.progress("generating %d days of sample data into %s", days, pipelineRoot.resolve("raw"));
        long t0 = System.currentTimeMillis();
        GenerationSummary generated = AirQualityDataGenerator.builder().days(days).seed(seed).build()
            .generate(pipelineRoot);
        console.progress("  %,d measurement lines in %,d files (%,d duplicates, %,d malformed), %,d weather rows "
                + "in %,d files (%,d missing-value sentinels) in %s", generated.measurementLines(),
            generated.openaqFiles(), generated.duplicateLines(), generated.malformedLines(), generated.gsodRows(),
            generated.gsodFiles(), generated.totalSentinels(), Console.seconds(System.currentTimeMillis() - t0));
        result.put("Generated", generated);
      } else {
        console.progress("using the sample data already in %s (--regenerate to make it again)", pipelineRoot.resolve("raw"));
      }

      CrawlResult crawl = crawlRaw(environment, console);
      result.put("Crawl", crawl);
      console.progress("catalog: crawler %s %s in %s: %s.%s has %,d day partitions, %s.%s has %,d",
          AirQualityJobs.RAW_CRAWLER, crawl.status(), Console.seconds(crawl.elapsedMillis()), AirQualityJobs.DATABASE,
          AirQualityJobs.MEASUREMENTS_TABLE,
          environment.catalog().getPartitions(AirQualityJobs.DATABASE, AirQualityJobs.MEASUREMENTS_TABLE).size(),
          AirQualityJobs.DATABASE, AirQualityJobs.WEATHER_TABLE,
          environment.catalog().getPartitions(AirQualityJobs.DATABASE, AirQualityJobs.WEATHER_TABLE).size());

      List<JobRunRecord> runs = new ArrayList<>();
      runs.add(RunJobCommand.runJob(console, environment, RunJobCommand.find(AirQualityCleanJob.NAME), List.of()));
      runs.add(RunJobCommand.runJob(console, environment, RunJobCommand.find(AirQualityTrainJob.NAME), List.of()));
      result.put("JobRuns", runs);

      long rowsRead = runs.get(0).totalRowsRead();
      long errors = runs.stream().mapToLong(JobRunRecord::totalErrorRecords).sum();
      JobRunRecord clean = runs.get(0);
      JobRunRecord train = runs.get(1);
      console.line("");
      console.line("air-quality pipeline SUCCEEDED in %s", Console.seconds(System.currentTimeMillis() - started));
      console.line("  rows read           %,d (raw measurements and weather)", rowsRead);
      console.line("  rows in error       %,d", errors);
      console.line("  rows written        %,d daily rows to %s.%s", clean.rowsWritten(), AirQualityJobs.DATABASE,
          AirQualityJobs.CURATED_TABLE);
      console.line("  partitions written  %,d (year=/month=/day=)", clean.partitionsWritten());
      Map<String, Object> metrics = train.results();
      console.line("  model               %s: RMSE %.2f, MAE %.2f, R² %.3f on %s test days from %s",
          metrics.get("algorithm"), metrics.get("rmse"), metrics.get("mae"), metrics.get("r2"),
          metrics.get("test_rows"), metrics.get("split_date"));
      console.line("  model output        %s", metrics.get("model"));
      console.line("Query it: ./glue-suite query \"SELECT * FROM %s.%s LIMIT 10\"", AirQualityJobs.DATABASE,
          AirQualityJobs.CURATED_TABLE);
      console.json(result);
    }
    return ExitCode.OK;
  }

  /** Runs the airquality-raw crawler: from crawlers/definitions when present, else the copy in the CLI jar. */
  private static CrawlResult crawlRaw(LocalEnvironment environment, Console console) {
    Path definitions = Path.of("crawlers", "definitions");
    CrawlContext context = CrawlContext.forWorkspace(environment.workspace().root(), definitions)
        .withProgress(message -> console.progress("%s", message));
    CrawlerService service = CrawlerService.create(environment.catalog(), context);
    Path file = definitions.resolve(AirQualityJobs.RAW_CRAWLER + ".json");
    CrawlerDefinition definition = Files.isRegularFile(file) ? DefinitionReader.read(file) : bundledDefinition();
    return service.crawl(definition);
  }

  private static CrawlerDefinition bundledDefinition() {
    String resource = "/crawlers/" + AirQualityJobs.RAW_CRAWLER + ".json";
    try (var in = RunPipelineCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UsageException("The crawler definition " + AirQualityJobs.RAW_CRAWLER + " is missing: neither "
            + "crawlers/definitions/ in the current directory nor the CLI jar has it. Run from the repository root.");
      }
      return DefinitionReader.parse(resource, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          name -> null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
