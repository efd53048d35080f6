package org.gluesuite.runtime.job;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.run.WorkflowRunProperties;
import org.gluesuite.common.run.WorkflowRunPropertiesProvider;
import org.gluesuite.runtime.context.GlueSuiteContext;

/** What a running job sees: its arguments, its run id, the Glue context and a place to report counts. */
public final class JobRunContext {
  private final String jobName;
  private final String runId;
  private final JobArguments arguments;
  private final GlueSuiteContext glue;
  private final int attempt;
  private final WorkflowRunPropertiesProvider workflowRuns;
  private final JobMetrics metrics = new JobMetrics();

  JobRunContext(String jobName, String runId, JobArguments arguments, GlueSuiteContext glue, int attempt,
      WorkflowRunPropertiesProvider workflowRuns) {
    this.jobName = jobName;
    this.runId = runId;
    this.arguments = arguments;
    this.glue = glue;
    this.attempt = attempt;
    this.workflowRuns = workflowRuns;
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
    return arguments.getResolvedOptions(List.of(names));
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

  /** True when a workflow run started this job ({@code --WORKFLOW_NAME} and {@code --WORKFLOW_RUN_ID} given). */
  public boolean inWorkflowRun() {
    return arguments.find("WORKFLOW_NAME").isPresent() && arguments.find("WORKFLOW_RUN_ID").isPresent();
  }

  /**
   * The run properties when this runtime can reach the workflow run that started the job, else empty (for
   * example under {@code JobMain} on a cluster, where no workflow run store is wired). Jobs that only use run
   * properties when they are there call this instead of {@link #workflowRunProperties()}.
   */
  public Optional<WorkflowRunProperties> findWorkflowRunProperties() {
    if (!inWorkflowRun()) {
      return Optional.empty();
    }
    return workflowRuns.find(arguments.find("WORKFLOW_NAME").orElseThrow(),
        arguments.find("WORKFLOW_RUN_ID").orElseThrow());
  }

  /**
   * The properties of the workflow run that started this job (Glue: {@code GetWorkflowRunProperties} /
   * {@code PutWorkflowRunProperties} with {@code WORKFLOW_NAME} and {@code WORKFLOW_RUN_ID}).
   *
   * @throws NotInWorkflowRunException if no workflow run started this job
   */
  public WorkflowRunProperties workflowRunProperties() {
    if (!inWorkflowRun()) {
      throw JobErrors.notStartedByWorkflow(jobName);
    }
    String workflow = arguments.find("WORKFLOW_NAME").orElseThrow();
    String workflowRunId = arguments.find("WORKFLOW_RUN_ID").orElseThrow();
    return workflowRuns.find(workflow, workflowRunId)
        .orElseThrow(() -> JobErrors.unknownWorkflowRun(jobName, workflow, workflowRunId));
  }
}
