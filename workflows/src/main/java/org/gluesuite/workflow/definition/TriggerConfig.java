package org.gluesuite.workflow.definition;

import java.util.List;
import java.util.Optional;
import org.gluesuite.workflow.cron.CronExpression;

/** A trigger in {@code CreateTrigger}'s shape, parsed and typed. */
public record TriggerConfig(String name, String description, TriggerType type, CronExpression schedule,
    Predicate predicate, List<Action> actions, EventBatchingCondition eventBatching, boolean startOnCreation,
    String sourceFile) {

  public TriggerConfig {
    actions = List.copyOf(actions);
  }

  public Optional<CronExpression> scheduleExpression() {
    return Optional.ofNullable(schedule);
  }

  /** The nodes the predicate watches (empty for start triggers). */
  public List<NodeRef> watchedNodes() {
    return predicate == null ? List.of() : predicate.conditions().stream().map(Condition::node).distinct().toList();
  }
}
