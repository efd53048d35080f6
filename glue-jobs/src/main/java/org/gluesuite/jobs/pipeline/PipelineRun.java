package org.gluesuite.jobs.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.gluesuite.common.report.ModelMetrics;

/** A finished, successful run of a pipeline's workflow, as its {@link Pipeline#summary} sees it. */
public interface PipelineRun {
  /** The lake folder. */
  Path lake();

  /** The last attempt of job {@code name} in this run, if it ran. */
  Optional<JobResult> job(String name);

  /** The {@code metrics.json} job {@code name} reported under {@link ModelMetrics#RESULT_KEY}, if any. */
  default Optional<ModelMetrics> metrics(String name) {
    return job(name).flatMap(j -> j.result(ModelMetrics.RESULT_KEY)).map(PipelineRun::localPath)
        .map(ModelMetrics::read);
  }

  /** A job's output location as a local path: a plain path or a {@code file:} URI. */
  static Path localPath(String location) {
    return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
  }
}
