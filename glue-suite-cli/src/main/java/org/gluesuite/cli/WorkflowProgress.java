package org.gluesuite.cli;

import java.util.Locale;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.engine.WorkflowListener;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatistics;

/** Live progress of a workflow run on stderr: nodes starting and finishing, elapsed time, rows. */
final class WorkflowProgress implements WorkflowListener {
  private final Console console;
  private volatile long started = System.currentTimeMillis();

  WorkflowProgress(Console console) {
    this.console = console;
  }

  private String elapsed() {
    return String.format(Locale.ROOT, "[%6.1f s]", (System.currentTimeMillis() - started) / 1000.0);
  }

  @Override
  public void runStarted(WorkflowRun run) {
    started = System.currentTimeMillis();
    console.progress("workflow %s: run %s started%s, properties %s", run.name(), run.workflowRunId(),
        run.previousRunId() == null ? "" : " (resuming " + run.previousRunId() + ")", run.workflowRunProperties());
  }

  @Override
  public void triggerFired(WorkflowRun run, String triggerName) {
    console.progress("%s trigger %s fired", elapsed(), triggerName);
  }

  @Override
  public void nodeStarted(WorkflowRun run, NodeRef node, int attempt) {
    console.progress("%s ▶ %s %s%s", elapsed(), node.type().name().toLowerCase(Locale.ROOT), node.name(),
        attempt == 0 ? "" : " (retry, attempt " + (attempt + 1) + ")");
  }

  @Override
  public void nodeFinished(WorkflowRun run, NodeRun node) {
    StringBuilder rows = new StringBuilder();
    ActionAttempt last = node.lastAttempt().orElse(null);
    if (last != null && last.rowsRead() != null && last.rowsRead() > 0) {
      rows.append(String.format(Locale.ROOT, ", %,d rows read", last.rowsRead()));
    }
    if (last != null && last.rowsWritten() != null && last.rowsWritten() > 0) {
      rows.append(String.format(Locale.ROOT, ", %,d written", last.rowsWritten()));
    }
    if (last != null && last.errorRecords() != null && last.errorRecords() > 0) {
      rows.append(String.format(Locale.ROOT, ", %,d in error", last.errorRecords()));
    }
    console.progress("%s %s %s %s in %s%s%s", elapsed(), node.state() != null && node.state().name().equals("SUCCEEDED")
            ? "✔" : "✘", node.name(), node.displayState(),
        node.executionTimeMillis() == null ? "?" : Console.seconds(node.executionTimeMillis()), rows,
        node.errorMessage() == null ? "" : ": " + node.errorMessage());
  }

  @Override
  public void runFinished(WorkflowRun run) {
    WorkflowRunStatistics s = run.statistics();
    console.progress("%s workflow %s %s: %d actions, %d succeeded, %d failed, %d timed out, %d stopped, %d errored",
        elapsed(), run.name(), run.status(), s.totalActions(), s.succeededActions(), s.failedActions(),
        s.timeoutActions(), s.stoppedActions(), s.erroredActions());
    console.progress("report: %s", run.report());
  }
}
