package org.gluesuite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.jobs.airquality.AirQualityCleanJob;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.jobs.airquality.AirQualityTrainJob;
import org.gluesuite.jobs.airquality.GenerationSummary;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code run PIPELINE}: a whole pipeline on generated sample data, as a real run of its Glue workflow
 * ({@code workflows/definitions/<pipeline>}): crawler, clean job, training and SQL jobs, failure branch.
 */
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

  @Option(names = "--definitions", paramLabel = "DIR",
      description = "Folder of workflow folders (default: workflows/definitions of the checkout).")
  Path definitions;

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

      LfCommand.initialize(console, environment.lakeFormation());
      CatalogCrawlerLauncher crawlers = new CatalogCrawlerLauncher(console, environment);
      WorkflowDefinition definition = WorkflowSupport.load(WorkflowSupport.definitionsRoot(definitions), pipeline,
          crawlers);
      WorkflowRun run;
      try (WorkflowEngine engine = WorkflowSupport.engine(console, environment, crawlers, 2, root.principal())) {
        run = engine.run(definition, Map.of());
      }
      result.put("WorkflowRun", run);
      if (!run.statistics().allSucceeded() || run.status() != WorkflowRunStatus.COMPLETED) {
        console.line("");
        console.line("air-quality pipeline FAILED in %s (workflow run %s %s)",
            Console.seconds(System.currentTimeMillis() - started), run.workflowRunId(), run.status());
        run.nodes().stream().filter(n -> n.errorMessage() != null)
            .forEach(n -> console.line("  %-28s %s: %s", n.name(), n.displayState(), n.errorMessage()));
        console.line("Report: %s", run.report());
        console.json(result);
        return ExitCode.JOB_FAILED;
      }
      ActionAttempt clean = lastAttempt(run, AirQualityCleanJob.NAME);
      ActionAttempt train = lastAttempt(run, AirQualityTrainJob.NAME);
      long errors = run.nodes().stream().map(n -> n.lastAttempt().orElse(null))
          .filter(a -> a != null && a.errorRecords() != null).mapToLong(ActionAttempt::errorRecords).sum();
      console.line("");
      console.line("air-quality pipeline SUCCEEDED in %s", Console.seconds(System.currentTimeMillis() - started));
      console.line("  rows read           %,d (raw measurements and weather)", clean.rowsRead());
      console.line("  rows in error       %,d", errors);
      console.line("  rows written        %,d daily rows to %s.%s", clean.rowsWritten(), AirQualityJobs.DATABASE,
          AirQualityJobs.CURATED_TABLE);
      console.line("  partitions written  %,d (year=/month=/day=)", clean.partitionsWritten());
      Map<String, Object> metrics = train.results();
      console.line("  model               %s: RMSE %.2f, MAE %.2f, R² %.3f on %s test days from %s",
          metrics.get("algorithm"), metrics.get("rmse"), metrics.get("mae"), metrics.get("r2"),
          metrics.get("test_rows"), metrics.get("split_date"));
      console.line("  model output        %s", metrics.get("model"));
      console.line("  workflow run        %s (./glue-suite workflow show %s)", run.workflowRunId(),
          run.workflowRunId());
      console.line("  report              %s", run.report());
      console.line("Query it: ./glue-suite query \"SELECT * FROM %s.%s LIMIT 10\"", AirQualityJobs.DATABASE,
          AirQualityJobs.CURATED_TABLE);
      console.json(result);
    }
    return ExitCode.OK;
  }

  private static ActionAttempt lastAttempt(WorkflowRun run, String node) {
    return run.node(node).flatMap(n -> n.lastAttempt()).orElseThrow(() -> new IllegalStateException(
        "The air-quality workflow has no run of " + node + "; check workflows/definitions/air-quality."));
  }
}
