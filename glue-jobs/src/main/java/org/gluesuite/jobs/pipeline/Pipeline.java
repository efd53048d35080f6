package org.gluesuite.jobs.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * A seed pipeline that {@code glue-suite run NAME} runs as a real run of its Glue workflow: how it makes sample data,
 * how it takes the user's files, and what its run summary says. Register it in {@link PipelineRegistry}.
 *
 * <p>Both {@link #generate} and {@link #land} write into {@code root}, a fresh, empty folder that stands for
 * {@code <lake>/<lakeFolder()>}: the raw layout goes under it (e.g. {@code root/raw/orders/yyyy/mm/dd/hh/}). The
 * caller ({@link PipelineData}) swaps it in only when they return, so a failure leaves the lake as it was.
 */
public interface Pipeline {
  /** The name {@code glue-suite run} takes, e.g. {@code air-quality}. */
  String name();

  /** The workflow it runs: a folder of {@code workflows/definitions/}. */
  String workflowName();

  /** One line for listings and help. */
  String description();

  /** Its folder under the lake (e.g. {@code airquality}): replaced as a whole when new data is generated or lands. */
  String lakeFolder();

  /** Its catalog database: the tables in it are dropped when new data is generated or lands (crawlers remake them). */
  String database();

  /** Writes sample data of the real files' schema, deterministic from the request's seed, under {@code root}. */
  PreparedData generate(Path root, SampleRequest request);

  /**
   * Checks every file under {@code input} before writing anything, then lands them under {@code root} in the raw
   * layout its crawler reads. Files it does not take, an empty folder or a malformed file: a
   * {@link PipelineInputException} (see {@link PipelineErrors}) naming the file, line and column.
   */
  PreparedData land(Path input, Path root);

  /** Whether {@code file} looks like one of this pipeline's inputs (so a wrong {@code --input} names the right one). */
  boolean recognizes(Path file);

  /** The lines of the run summary after the workflow succeeded (rows, model metrics, outputs). */
  List<String> summary(PipelineRun run);
}
