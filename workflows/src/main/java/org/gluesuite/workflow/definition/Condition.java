package org.gluesuite.workflow.definition;

import org.gluesuite.common.run.JobRunState;

/**
 * One condition of a predicate ({@code LogicalOperator EQUALS}): a job in {@code State} or a crawler in
 * {@code CrawlState}. Exactly one of {@code jobState} and {@code crawlState} is set, matching the node.
 */
public record Condition(LogicalOperator logicalOperator, NodeRef node, JobRunState jobState, CrawlState crawlState) {

  /** The state this condition waits for, as its name. */
  public String expectedState() {
    return jobState != null ? jobState.name() : crawlState.name();
  }
}
