package org.gluesuite.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gluesuite.jobs.pipeline.JobResult;
import org.gluesuite.jobs.pipeline.Pipeline;
import org.gluesuite.jobs.pipeline.PipelineData;
import org.gluesuite.jobs.pipeline.PipelineRegistry;
import org.gluesuite.jobs.pipeline.PipelineRun;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.NodeType;
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
 * {@code run PIPELINE}: a whole pipeline of {@link PipelineRegistry} as a real run of its Glue workflow
 * ({@code workflows/definitions/<workflow>}), on generated sample data or, with {@code --input}, on the user's files.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a whole pipeline locally as a run of its Glue workflow, on generated sample data (made if "
        + "missing) or on your files (--input DIR).")
final class RunPipelineCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "PIPELINE", description = "The pipeline: ${COMPLETION-CANDIDATES}.",
      completionCandidates = PipelineNames.class)
  String pipeline;

  @Option(names = "--input", paramLabel = "DIR", description = "Land the files of DIR (checked first) as the "
      + "pipeline's raw data, replacing what it had, instead of sample data.")
  Path input;

  @Option(names = "--seed", description = "Seed of the sample data (default: the pipeline's own).")
  Long seed;

  @Option(names = "--days", description = "Days of sample data (default: the pipeline's own).")
  Integer days;

  @Option(names = "--scale", paramLabel = "N", description = "Rows per day of sample data as a multiple of the "
      + "default (default 1).")
  Integer scale;

  @Option(names = "--regenerate", description = "Generate the sample data again even if the pipeline has data.")
  boolean regenerate;

  @Option(names = "--definitions", paramLabel = "DIR",
      description = "Folder of workflow folders (default: workflows/definitions of the checkout).")
  Path definitions;

  /** The registered pipelines' names, for help. */
  static final class PipelineNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return PipelineRegistry.names().iterator();
    }
  }

  @Override
  public Integer call() {
    Pipeline chosen = PipelineRegistry.require(pipeline);
    if (input != null && (regenerate || seed != null || days != null || scale != null)) {
      throw new UsageException("--input lands your files; --regenerate, --seed, --days and --scale are for sample "
          + "data. Give one or the other.");
    }
    SampleRequest sample = new SampleRequest(seed, days, scale);
    Console console = root.console();
    long started = System.currentTimeMillis();
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      CatalogCrawlerLauncher crawlers = new CatalogCrawlerLauncher(console, environment);
      WorkflowDefinition definition = WorkflowSupport.load(WorkflowSupport.definitionsRoot(definitions),
          chosen.workflowName(), crawlers, environment.workspace());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("Pipeline", chosen.name());
      result.put("Workspace", environment.workspace().root().toString());

      PipelineData data = new PipelineData(chosen, environment.workspace().lake(), environment.catalog(),
          new BookmarkStore(environment.workspace().root().resolve("bookmarks")));
      List<String> jobs = jobsOf(definition);
      PreparedData prepared = null;
      if (input != null) {
        console.progress("checking and landing %s into %s", input, data.root().resolve("raw"));
        prepared = data.land(input, jobs);
      } else if (regenerate || !data.present()) {
        console.progress("generating sample data into %s", data.root().resolve("raw"));
        prepared = data.generate(sample, jobs);
      } else {
        console.progress("using the data already in %s (--regenerate makes sample data again, --input DIR lands "
            + "yours)", data.root().resolve("raw"));
      }
      if (prepared != null) {
        console.progress("  %s", prepared.description());
        result.put("Data", prepared.details());
      }

      LfCommand.initialize(console, environment.lakeFormation());
      WorkflowRun run;
      try (WorkflowEngine engine = WorkflowSupport.engine(console, environment, crawlers, 2, root.principal())) {
        run = engine.run(definition, Map.of());
      }
      result.put("WorkflowRun", run);
      console.line("");
      if (!run.statistics().allSucceeded() || run.status() != WorkflowRunStatus.COMPLETED) {
        console.line("%s pipeline FAILED in %s (workflow run %s %s)", chosen.name(),
            Console.seconds(System.currentTimeMillis() - started), run.workflowRunId(), run.status());
        run.nodes().stream().filter(n -> n.errorMessage() != null)
            .forEach(n -> console.line("  %-28s %s: %s", n.name(), n.displayState(), n.errorMessage()));
        console.line("Report: %s", run.report());
        console.json(result);
        return ExitCode.JOB_FAILED;
      }
      console.line("%s pipeline SUCCEEDED in %s", chosen.name(), Console.seconds(System.currentTimeMillis() - started));
      for (String line : chosen.summary(view(run, environment.workspace().lake()))) {
        console.line("%s", line);
      }
      console.line("  workflow run        %s (./glue-suite workflow show %s)", run.workflowRunId(), run.workflowRunId());
      console.line("  report              %s", run.report());
      console.line("Tables: ./glue-suite catalog tables %s", chosen.database());
      console.json(result);
    }
    return ExitCode.OK;
  }

  /** The jobs of a pipeline's workflow: their bookmarks reset when the pipeline gets new data. */
  static List<String> jobsOf(WorkflowDefinition definition) {
    return definition.nodes().stream().filter(n -> n.type() == NodeType.JOB).map(NodeRef::name).toList();
  }

  /** The workflow run as the pipeline's summary sees it. */
  private static PipelineRun view(WorkflowRun run, Path lake) {
    return new PipelineRun() {
      @Override
      public Path lake() {
        return lake;
      }

      @Override
      public Optional<JobResult> job(String name) {
        return run.node(name).flatMap(n -> n.lastAttempt()).map(RunPipelineCommand::result);
      }
    };
  }

  private static JobResult result(ActionAttempt a) {
    return new JobResult(a.rowsRead() == null ? 0 : a.rowsRead(), a.rowsWritten() == null ? 0 : a.rowsWritten(),
        a.errorRecords() == null ? 0 : a.errorRecords(), a.partitionsWritten() == null ? 0 : a.partitionsWritten(),
        a.outputs(), a.results());
  }
}
