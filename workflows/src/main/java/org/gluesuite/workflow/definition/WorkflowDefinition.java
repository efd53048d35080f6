package org.gluesuite.workflow.definition;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated workflow: the workflow, its triggers and its jobs, as read from one definitions folder.
 * Immutable, so a run that holds it has its triggers snapshotted as they were when it started.
 */
public record WorkflowDefinition(WorkflowConfig workflow, List<TriggerConfig> triggers, Map<String, JobConfig> jobs,
    Path directory) {

  public WorkflowDefinition {
    triggers = List.copyOf(triggers);
    jobs = Map.copyOf(jobs);
  }

  public String name() {
    return workflow.name();
  }

  /** The one trigger that starts runs (ON_DEMAND, SCHEDULED or EVENT). */
  public TriggerConfig startTrigger() {
    return triggers.stream().filter(t -> t.type().startsRun()).findFirst().orElseThrow();
  }

  public List<TriggerConfig> conditionalTriggers() {
    return triggers.stream().filter(t -> !t.type().startsRun()).toList();
  }

  public Optional<JobConfig> job(String name) {
    return Optional.ofNullable(jobs.get(name));
  }

  /** Every job and crawler node, from the start trigger's actions downstream (breadth first), then the rest. */
  public List<NodeRef> nodes() {
    Set<NodeRef> first = new LinkedHashSet<>();
    triggers.stream().filter(t -> t.type().startsRun()).forEach(t -> t.actions().forEach(a -> first.add(a.node())));
    Set<NodeRef> nodes = new LinkedHashSet<>(downstreamOf(first));
    for (TriggerConfig trigger : triggers) {
      trigger.actions().forEach(a -> nodes.add(a.node()));
    }
    for (TriggerConfig trigger : triggers) {
      nodes.addAll(trigger.watchedNodes());
    }
    return List.copyOf(nodes);
  }

  /** Nodes started by triggers that watch {@code node}, directly. */
  public List<NodeRef> successors(NodeRef node) {
    Set<NodeRef> next = new LinkedHashSet<>();
    for (TriggerConfig trigger : triggers) {
      if (trigger.watchedNodes().contains(node)) {
        trigger.actions().forEach(a -> next.add(a.node()));
      }
    }
    return List.copyOf(next);
  }

  /** {@code roots} and every node reachable from them through conditional triggers. */
  public Set<NodeRef> downstreamOf(Set<NodeRef> roots) {
    Set<NodeRef> seen = new LinkedHashSet<>(roots);
    Deque<NodeRef> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      for (NodeRef next : successors(queue.poll())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }

  /** The action that starts {@code node} in trigger {@code trigger}. */
  public static Map<NodeRef, Action> actionsByNode(TriggerConfig trigger) {
    Map<NodeRef, Action> byNode = new LinkedHashMap<>();
    trigger.actions().forEach(a -> byNode.put(a.node(), a));
    return byNode;
  }
}
