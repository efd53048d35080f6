package org.gluesuite.workflow.definition;

import java.util.Map;
import org.gluesuite.common.Immutable;

/**
 * A job in {@code CreateJob}'s shape: {@code Command}, {@code DefaultArguments},
 * {@code NonOverridableArguments}, {@code MaxRetries}, {@code Timeout} (minutes, default 2880),
 * {@code ExecutionProperty.MaxConcurrentRuns} (default 1), and the capacity fields kept for deployment.
 */
public record JobConfig(String name, String description, String commandName, String scriptLocation,
    Map<String, String> defaultArguments, Map<String, String> nonOverridableArguments, int maxRetries,
    int timeoutMinutes, int maxConcurrentRuns, String glueVersion, String workerType, Integer numberOfWorkers,
    String sourceFile) {

  public static final int DEFAULT_TIMEOUT_MINUTES = 2880;

  public JobConfig {
    defaultArguments = Immutable.map(defaultArguments);
    nonOverridableArguments = Immutable.map(nonOverridableArguments);
  }

  /** The ErrorMessage of a run that outlived {@code minutes}, its Timeout (workflow nodes and API-started runs). */
  public static String timedOutMessage(int minutes) {
    return "Job ran longer than its Timeout of " + minutes + " minute" + (minutes == 1 ? "" : "s") + ".";
  }

  /** Whether the script is Spark SQL (a {@code .sql} script location): the generic SQL job type. */
  public boolean isSqlJob() {
    return scriptLocation != null && scriptLocation.toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
  }
}
