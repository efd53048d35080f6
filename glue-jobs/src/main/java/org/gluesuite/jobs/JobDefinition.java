package org.gluesuite.jobs;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gluesuite.runtime.job.GlueJob;

/**
 * A job the local launcher can run by name: how to make it, and the default arguments it gets in a
 * local workspace (paths under the lake folder). On AWS Glue the same arguments are the job's
 * {@code DefaultArguments}, pointing at S3.
 *
 * <p>{@code principal} is the IAM role the job runs as (Glue's job {@code Role}): Lake Formation decides its reads
 * and writes by it. {@code null} means the principal of whoever runs it.
 */
public record JobDefinition(String name, String description, Supplier<GlueJob> factory,
    Function<Path, Map<String, String>> localDefaults, String principal) {

  public JobDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(factory, "factory");
    localDefaults = localDefaults == null ? lake -> Map.of() : localDefaults;
  }

  /** A job that runs as whoever runs it. */
  public JobDefinition(String name, String description, Supplier<GlueJob> factory,
      Function<Path, Map<String, String>> localDefaults) {
    this(name, description, factory, localDefaults, null);
  }

  /** This job running as the IAM role {@code roleArn}. */
  public JobDefinition withPrincipal(String roleArn) {
    return new JobDefinition(name, description, factory, localDefaults, roleArn);
  }
}
