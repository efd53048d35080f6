package org.gluesuite.runtime.job;

import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.common.args.BookmarkOption;

/** User-facing failures of the job launcher, made in one place: what went wrong, why, and how to fix it. */
public final class JobErrors {
  private JobErrors() {
  }

  public static JobSetupException noBookmarkStore(String jobName, BookmarkOption option) {
    return new JobSetupException(String.format(
        "Job %s was started with --job-bookmark-option %s, but this JobRunner keeps no job bookmarks (its run store "
            + "is not in a workspace). Give the JobRunner RunnerSettings with a BookmarkStore, or pass "
            + "--job-bookmark-option job-bookmark-disable.", jobName, option.argumentValue()));
  }

  public static InvalidInputException invalidJobName(String jobName) {
    return new InvalidInputException("Job name '" + jobName + "' cannot name a run-record folder: use 1-255 letters, "
        + "digits, '_', '-' or '.', not starting with '.' (Glue's job names follow the same rule).");
  }

  public static IllegalStateException runAlreadyEnded(String jobName, String runId) {
    return new IllegalStateException(String.format(
        "Run %s of job %s has already been committed or failed; a run ends once. Start a new run for more work.",
        runId, jobName));
  }

  public static String killedRun(String runId, long pid) {
    return String.format("The run's process (%d) ended without finishing (killed or crashed); run %s found it so. "
        + "Nothing of it was committed: its bookmark was not advanced and its staged output was cleaned up.",
        pid, runId);
  }

  public static CorruptRunRecordException corruptRunRecord(String jobName, java.nio.file.Path file, String why,
      Throwable cause) {
    return new CorruptRunRecordException(jobName, String.format(
        "The run record %s of job %s is corrupt: %s. It is not read, because a guessed reading could report a "
            + "failed run as succeeded or miscount the attempts of a bookmarked run. Data, catalog and bookmarks do "
            + "not depend on it. Move it aside with FileJobRunStore.quarantineCorrupt(\"%s\") (it is renamed to "
            + "*.corrupt-<time> and kept for inspection).", file, jobName, why, jobName), cause);
  }

  public static NotInWorkflowRunException notStartedByWorkflow(String jobName) {
    return new NotInWorkflowRunException("Job '" + jobName + "' asked for workflow run properties, but it was not "
        + "started by a workflow: it has no --WORKFLOW_NAME and --WORKFLOW_RUN_ID arguments. Start it from a "
        + "workflow's trigger, or guard the call with context.inWorkflowRun() (or use findWorkflowRunProperties()).");
  }

  public static NotInWorkflowRunException unknownWorkflowRun(String jobName, String workflowName, String runId) {
    return new NotInWorkflowRunException("Job '" + jobName + "' asked for the properties of workflow run " + runId
        + " of '" + workflowName + "', but this launcher runs no such workflow run (a JobRunner made without a "
        + "WorkflowRunPropertiesProvider knows none). Start the job from its workflow instead.");
  }
}
