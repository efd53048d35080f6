package org.gluesuite.workflow.engine;

import java.util.concurrent.CompletableFuture;

/** A started workflow run: its id at once, its final record when it finishes. */
public record WorkflowRunHandle(String runId, CompletableFuture<org.gluesuite.workflow.run.WorkflowRun> result) {
}
