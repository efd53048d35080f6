package org.gluesuite.runtime.job;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.args.JobArgumentParser;
import org.gluesuite.runtime.args.JobArguments;
import org.gluesuite.runtime.context.GlueSuiteContext;

/** What a running job sees: its arguments, its run id, the Glue context and a place to report counts. */
public final class JobRunContext {
  private final String jobName;
  private final String runId;
  private final String[] rawArguments;
  private final JobArguments arguments;
  private final GlueSuiteContext glue;
  private final JobMetrics metrics = new JobMetrics();
  private final int attempt;

  JobRunContext(String jobName, String runId, String[] rawArguments, JobArguments arguments, GlueSuiteContext glue,
      int attempt) {
    this.attempt = attempt;
    this.jobName = jobName;
    this.runId = runId;
    this.rawArguments = rawArguments.clone();
    this.arguments = arguments;
    this.glue = glue;
  }

  public String jobName() {
    return jobName;
  }

  public String runId() {
    return runId;
  }

  /** Glue's attempt number: 0 for a first attempt, n after n failed attempts at the same bookmarked run. */
  public int attempt() {
    return attempt;
  }

  /** Every argument passed, unvalidated beyond Glue's own rules. */
  public JobArguments arguments() {
    return arguments;
  }

  /** Glue's {@code getResolvedOptions(args, names)}: fails naming any required argument that is missing. */
  public JobArguments getResolvedOptions(String... names) {
    return JobArgumentParser.getResolvedOptions(rawArguments, List.of(names));
  }

  public GlueSuiteContext glue() {
    return glue;
  }

  public SparkSession spark() {
    return glue.spark();
  }

  public JobMetrics metrics() {
    return metrics;
  }
}
