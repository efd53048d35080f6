package org.gluesuite.workflow.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.gluesuite.workflow.definition.Condition;
import org.gluesuite.workflow.definition.TriggerConfig;

/** A trigger as it was when the run started (Glue snapshots triggers at run start), kept with the run. */
public record TriggerSnapshot(
    @JsonProperty("Name") String name,
    @JsonProperty("Type") String type,
    @JsonProperty("Logical") String logical,
    @JsonProperty("Conditions") List<String> conditions,
    @JsonProperty("Watches") List<String> watches,
    @JsonProperty("Actions") List<String> actions,
    @JsonProperty("Fired") boolean fired) {

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
