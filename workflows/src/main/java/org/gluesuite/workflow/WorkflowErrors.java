package org.gluesuite.workflow;

import java.util.Collection;
import org.gluesuite.common.json.DefinitionProblems;

/** The one place workflow errors are made: each says what went wrong, why, and how to fix it. */
public final class WorkflowErrors {
  private WorkflowErrors() {
  }

  /** @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem, if there is any */
  public static void throwIfInvalid(String where, DefinitionProblems problems) {
    problems.throwIfAny("The workflow definitions in " + where);
  }

  public static WorkflowException.EntityNotFoundException noSuchWorkflow(String name, Collection<String> known,
      String where) {
    return new WorkflowException.EntityNotFoundException("There is no workflow named '" + name + "' in " + where
        + ". Workflows there: " + known + ". Each workflow is a folder with a workflow.json; add one there, or load "
        + "the definitions folder that holds it.");
  }

  public static WorkflowException.EntityNotFoundException noSuchRun(String runId, String where) {
    return new WorkflowException.EntityNotFoundException("There is no workflow run '" + runId + "' in " + where
        + ". WorkflowRunStore.list(workflow) lists a workflow's runs.");
  }

  public static WorkflowException.EntityNotFoundException noSuchNode(String node, String runId,
      Collection<String> nodes) {
    return new WorkflowException.EntityNotFoundException("Workflow run " + runId + " has no job or crawler node '"
        + node + "', so it cannot be resumed from it. Its nodes: " + nodes + ".");
  }

  public static WorkflowException.ConcurrentRunsExceededException workflowConcurrency(String workflow, int max,
      Collection<String> running) {
    return new WorkflowException.ConcurrentRunsExceededException("ConcurrentRunsExceededException: workflow '"
        + workflow + "' allows " + max + " concurrent run" + (max == 1 ? "" : "s") + " (MaxConcurrentRuns) and "
        + running.size() + " " + (running.size() == 1 ? "is" : "are") + " running: " + running + ". Wait for them, "
        + "stop one (WorkflowEngine.stop(runId)), or raise MaxConcurrentRuns in workflow.json.");
  }

  public static WorkflowException.ConcurrentRunsExceededException jobConcurrency(String job, int max) {
    return new WorkflowException.ConcurrentRunsExceededException("ConcurrentRunsExceededException: job '" + job
        + "' already has " + max + " run" + (max == 1 ? "" : "s") + " in progress, its ExecutionProperty."
        + "MaxConcurrentRuns. Raise MaxConcurrentRuns in the job's definition or let the other runs finish first.");
  }

  public static WorkflowException.IllegalWorkflowStateException notResumable(String runId, String status) {
    return new WorkflowException.IllegalWorkflowStateException("Workflow run " + runId + " is " + status
        + "; only a COMPLETED run (or one interrupted, shown as ERROR) can be resumed. Wait for it to finish, "
        + "or stop it first (WorkflowEngine.stop(\"" + runId + "\")).");
  }

  public static WorkflowException.IllegalWorkflowStateException notRunning(String runId, String status) {
    return new WorkflowException.IllegalWorkflowStateException("Workflow run " + runId + " is " + status
        + ", not RUNNING, so there is nothing to stop.");
  }

  public static WorkflowException.IllegalWorkflowStateException notOnDemand(String workflow, String type) {
    return new WorkflowException.IllegalWorkflowStateException("Workflow '" + workflow + "' starts with a " + type
        + " trigger. Glue's StartWorkflowRun starts any workflow, and so does 'workflow run'; the scheduler fires "
        + type + " triggers by itself.");
  }

  public static WorkflowException invalidEngineOption(String option, Object value, String expected) {
    return new WorkflowException("Engine option " + option + " is " + value + " but must be " + expected
        + ". Build the EngineOptions with a valid value.");
  }

  public static WorkflowException.CorruptRunRecordException corruptRunRecord(String workflow, java.nio.file.Path file,
      String why) {
    return new WorkflowException.CorruptRunRecordException(workflow, "The workflow run record " + file + " is corrupt: "
        + why + ". It is not read, because resume decides from it which nodes to run again. Move it aside with "
        + "WorkflowRunStore.quarantineCorrupt(\"" + workflow + "\") (it is renamed to *.corrupt-<time> and kept for "
        + "inspection); the jobs' data, catalog and bookmarks do not depend on it.");
  }
}
