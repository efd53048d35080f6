package org.gluesuite.workflow.definition;

import java.util.Map;
import org.gluesuite.common.Immutable;

/**
 * Glue's trigger {@code Action}: a job (with {@code Arguments}, {@code Timeout} in minutes and
 * {@code NotificationProperty.NotifyDelayAfter}) or a crawler.
 */
public record Action(NodeRef node, Map<String, String> arguments, Integer timeoutMinutes, Integer notifyDelayAfter) {
  public Action {
    arguments = Immutable.map(arguments);
  }
}
