package org.gluesuite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gluesuite.jobs.pipeline.Pipeline;
import org.gluesuite.jobs.pipeline.PipelineData;
import org.gluesuite.jobs.pipeline.PipelineRegistry;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code generate PIPELINE --scale N}: a pipeline's raw sample data at a chosen scale, deterministic from the seed,
 * either as the workspace's data for that pipeline (what {@code run} then reads) or into a folder of its own.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate a pipeline's raw sample data at a chosen scale (deterministic from --seed), as the "
        + "workspace's data for the pipeline or, with --output, into a folder of its own.")
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "PIPELINE", description = "The pipeline: ${COMPLETION-CANDIDATES}.",
      completionCandidates = RunPipelineCommand.PipelineNames.class)
  String pipeline;

  @Option(names = "--scale", paramLabel = "N", description = "Rows per day as a multiple of the default sample "
      + "(1 to " + SampleRequest.MAX_SCALE + "; default 1).")
  Integer scale;

  @Option(names = "--seed", description = "Seed (default: the pipeline's own); the same seed gives the same files.")
  Long seed;

  @Option(names = "--days", description = "Days of data (default: the pipeline's own).")
  Integer days;

  @Option(names = "--output", paramLabel = "DIR", description = "Write into DIR (absent or empty) instead of the "
      + "workspace; the workspace, its catalog and bookmarks stay as they are.")
  Path output;

  @Option(names = "--definitions", paramLabel = "DIR",
      description = "Folder of workflow folders (default: workflows/definitions of the checkout).")
  Path definitions;

  @Override
  public Integer call() {
    Pipeline chosen = PipelineRegistry.require(pipeline);
    SampleRequest request = new SampleRequest(seed, days, scale);
    Console console = root.console();
    long started = System.currentTimeMillis();
    Path written;
    PreparedData prepared;
    if (output != null) {
      written = emptyFolder(output);
      console.progress("generating %s sample data (scale %d) into %s", chosen.name(), request.scaled(1), written);
      prepared = chosen.generate(written, request);
    } else {
      try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
        WorkflowDefinition definition = WorkflowSupport.load(WorkflowSupport.definitionsRoot(definitions),
            chosen.workflowName(), new CatalogCrawlerLauncher(console, environment), environment.workspace());
        PipelineData data = new PipelineData(chosen, environment.workspace().lake(), environment.catalog(),
            new BookmarkStore(environment.workspace().root().resolve("bookmarks")));
        written = data.root();
        console.progress("generating %s sample data (scale %d) into %s, replacing its data, tables and bookmarks",
            chosen.name(), request.scaled(1), written);
        prepared = data.generate(request, RunPipelineCommand.jobsOf(definition));
      }
    }
    long[] files = filesAndBytes(written);
    console.line("%s", prepared.description());
    console.line("%,d files, %,d bytes under %s in %s", files[0], files[1], written,
        Console.seconds(System.currentTimeMillis() - started));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("Pipeline", chosen.name());
    result.put("Scale", request.scaled(1));
    result.put("Folder", written.toString());
    result.put("Files", files[0]);
    result.put("Bytes", files[1]);
    result.put("Data", prepared.details());
    console.json(result);
    return ExitCode.OK;
  }

  private static Path emptyFolder(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    try {
      if (Files.exists(absolute)) {
        if (!Files.isDirectory(absolute)) {
          throw new UsageException("--output " + folder + " is a file; give a folder that is absent or empty.");
        }
        try (Stream<Path> entries = Files.list(absolute)) {
          if (entries.findAny().isPresent()) {
            throw new UsageException("--output " + folder + " is not empty; give a folder that is absent or empty "
                + "(generated data never mixes with other files).");
          }
        }
      }
      return Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new UsageException("Cannot create --output " + folder + ": " + e.getMessage());
    }
  }

  /** Number of files and their total size under {@code folder}. */
  private static long[] filesAndBytes(Path folder) {
    long[] totals = new long[2];
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).forEach(f -> {
        totals[0]++;
        totals[1] += f.toFile().length();
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Could not list " + folder + ": " + e.getMessage(), e);
    }
    return totals;
  }
}
