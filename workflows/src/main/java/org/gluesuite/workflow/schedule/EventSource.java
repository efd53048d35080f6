package org.gluesuite.workflow.schedule;

import java.util.List;

/** Where EVENT triggers' events come from; each call returns (and consumes) the new events' ids. */
@FunctionalInterface
public interface EventSource {
  EventSource NONE = workflow -> List.of();

  List<String> take(String workflowName);
}
