package org.gluesuite.workflow.run;

import java.util.List;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.workflow.definition.Condition;
import org.gluesuite.workflow.definition.TriggerConfig;

/** A trigger as it was when the run started (Glue snapshots triggers at run start), kept with the run. */
@PascalCaseJson
public record TriggerSnapshot(
    String name,
    String type,
    String logical,
    List<String> conditions,
    List<String> watches,
    List<String> actions,
    boolean fired) {

  public static TriggerSnapshot of(TriggerConfig trigger, boolean fired) {
    return new TriggerSnapshot(trigger.name(), trigger.type().name(),
        trigger.predicate() == null ? null : trigger.predicate().logical().name(),
        trigger.predicate() == null ? List.of() : trigger.predicate().conditions().stream()
            .map(TriggerSnapshot::describe).toList(),
        trigger.watchedNodes().stream().map(n -> n.name()).toList(),
        trigger.actions().stream().map(a -> a.node().name()).toList(), fired);
  }

  private static String describe(Condition c) {
    return c.node().name() + " = " + c.expectedState();
  }
}
