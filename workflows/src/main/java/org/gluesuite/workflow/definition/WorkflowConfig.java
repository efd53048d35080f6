package org.gluesuite.workflow.definition;

import java.util.Map;
import org.gluesuite.common.Immutable;

/** A workflow in {@code CreateWorkflow}'s shape. {@code MaxConcurrentRuns} null means unlimited, as in Glue. */
public record WorkflowConfig(String name, String description, Map<String, String> defaultRunProperties,
    Integer maxConcurrentRuns, String sourceFile) {
  public WorkflowConfig {
    defaultRunProperties = Immutable.map(defaultRunProperties);
  }
}
