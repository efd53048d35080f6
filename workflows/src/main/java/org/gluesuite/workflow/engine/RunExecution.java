package org.gluesuite.workflow.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import org.gluesuite.common.run.WorkflowRunProperties;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.TriggerConfig;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.TriggerSnapshot;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatistics;
import org.gluesuite.workflow.run.WorkflowRunStatus;

/** The mutable state of one live workflow run; {@link #snapshot} turns it into the immutable record. */
final class RunExecution {
  final WorkflowDefinition definition;
  final String runId;
  final String previousRunId;
  final Instant startedOn = Instant.now();
  final BlockingQueue<NodeRef> completions = new LinkedBlockingQueue<>();
  final Map<NodeRef, Future<?>> workers = new ConcurrentHashMap<>();
  final Map<NodeRef, Runnable> cancellers = new ConcurrentHashMap<>();
  private final Map<String, String> properties;
  private final Map<NodeRef, NodeRun> nodes = new LinkedHashMap<>();
  private final Set<String> fired = new LinkedHashSet<>();
  private volatile WorkflowRunStatus status = WorkflowRunStatus.RUNNING;
  private volatile String errorMessage;
  private volatile Instant completedOn;
  private volatile String report;
  private final Runnable onChange;

  RunExecution(WorkflowDefinition definition, String runId, String previousRunId, Map<String, String> properties,
      Runnable onChange) {
    this.definition = definition;
    this.runId = runId;
    this.previousRunId = previousRunId;
    this.properties = new LinkedHashMap<>(properties);
    this.onChange = onChange;
    definition.nodes().forEach(n -> nodes.put(n, NodeRun.notStarted(n)));
  }

  synchronized NodeRun node(NodeRef ref) {
    return nodes.get(ref);
  }

  synchronized void update(NodeRun node) {
    nodes.put(node.ref(), node);
  }

  synchronized boolean markFired(String trigger) {
    return fired.add(trigger);
  }

  WorkflowRunStatus status() {
    return status;
  }

  void finish(WorkflowRunStatus finalStatus, String error) {
    completedOn = Instant.now();
    errorMessage = error;
    status = finalStatus;
  }

  void stopping() {
    if (status == WorkflowRunStatus.RUNNING) {
      status = WorkflowRunStatus.STOPPING;
    }
  }

  void report(String path) {
    report = path;
  }

  synchronized WorkflowRun snapshot() {
    List<NodeRun> nodeRuns = new ArrayList<>(nodes.values());
    List<TriggerSnapshot> triggers = new ArrayList<>();
    for (TriggerConfig trigger : definition.triggers()) {
      triggers.add(TriggerSnapshot.of(trigger, fired.contains(trigger.name())));
    }
    return new WorkflowRun(definition.name(), runId, previousRunId, properties, startedOn.toString(),
        completedOn == null ? null : completedOn.toString(), status, errorMessage,
        WorkflowRunStatistics.of(nodeRuns), nodeRuns, triggers, ProcessHandle.current().pid(),
        Instant.now().toString(), report);
  }

  /** The run properties as jobs see them: changes are kept with the run at once. */
  WorkflowRunProperties properties() {
    return new WorkflowRunProperties() {
      @Override
      public String workflowName() {
        return definition.name();
      }

      @Override
      public String runId() {
        return runId;
      }

      @Override
      public Map<String, String> get() {
        synchronized (RunExecution.this) {
          return Map.copyOf(properties);
        }
      }

      @Override
      public void put(Map<String, String> values) {
        synchronized (RunExecution.this) {
          properties.putAll(values);
        }
        onChange.run();
      }
    };
  }
}
