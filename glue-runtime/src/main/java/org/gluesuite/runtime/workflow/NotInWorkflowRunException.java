package org.gluesuite.runtime.workflow;

/** A job asked for its workflow run's properties but was not started by a workflow run the launcher knows. */
public final class NotInWorkflowRunException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private NotInWorkflowRunException(String message) {
    super(message);
  }

  /** The job has no {@code --WORKFLOW_NAME}/{@code --WORKFLOW_RUN_ID} arguments. */
  public static NotInWorkflowRunException notStartedByWorkflow(String jobName) {
    return new NotInWorkflowRunException("Job '" + jobName + "' asked for workflow run properties, but it was not "
        + "started by a workflow: it has no --WORKFLOW_NAME and --WORKFLOW_RUN_ID arguments. Run it through "
        + "'./glue-suite workflow run NAME', or guard the call with context.inWorkflowRun().");
  }

  /** The arguments name a workflow run that the launcher does not know. */
  public static NotInWorkflowRunException unknownRun(String jobName, String workflowName, String runId) {
    return new NotInWorkflowRunException("Job '" + jobName + "' asked for the properties of workflow run " + runId
        + " of '" + workflowName + "', but this launcher runs no such workflow run (a job run by run-job gets "
        + "no run properties). Start the job from its workflow instead.");
  }
}
