package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.common.run.WorkflowRunProperties;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.NodeType;
import org.gluesuite.workflow.engine.CrawlerLauncher;
import org.gluesuite.workflow.engine.EngineOptions;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.TriggerSnapshot;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStore;

/**
 * Glue's workflow run operations on the workflow engine (the one {@code workflow run} uses, with the endpoint's job
 * launcher and crawlers): {@code StartWorkflowRun} (the run is RUNNING when the call returns and runs on the engine's
 * threads), {@code GetWorkflowRun}/{@code GetWorkflowRuns} (with {@code IncludeGraph}: each node's job runs, crawls or
 * trigger), {@code ResumeWorkflowRun}, {@code StopWorkflowRun}, {@code GetWorkflowRunProperties} and
 * {@code PutWorkflowRunProperties} (a running run's jobs read the new values). Runs are the workspace's run history,
 * so runs of {@code workflow run} in other processes are seen and stopped too.
 */
final class WorkflowRunOperations implements AutoCloseable {
  /** Glue's largest page of workflow runs. */
  private static final int RUN_PAGE = 1000;

  private final WorkflowFolders folders;
  private final WorkflowRunStore store;
  private final WorkflowEngine engine;

  private WorkflowRunOperations(WorkflowFolders folders, WorkflowRunStore store, WorkflowEngine engine) {
    this.folders = folders;
    this.store = store;
    this.engine = engine;
  }

  static WorkflowRunOperations register(ServiceApi glue, WorkflowFolders folders, WorkflowRunStore store,
      JobLauncher jobs, CrawlerLauncher crawlers) {
    WorkflowEngine engine = WorkflowEngine.builder().jobLauncher(jobs).crawlerLauncher(crawlers).store(store)
        .options(EngineOptions.DEFAULT.withHeartbeat(Duration.ofSeconds(1))).build();
    WorkflowRunOperations operations = new WorkflowRunOperations(folders, store, engine);
    operations.registerOn(glue);
    return operations;
  }

  /** Starts a run of {@code workflow}; returns its id at once. */
  String start(String workflow, Map<String, String> properties) {
    return engine.start(folders.load(workflow), properties).runId();
  }

  private void registerOn(ServiceApi glue) {
    glue.register("StartWorkflowRun", call -> output("RunId", start(call.string("Name"),
        call.input().has("RunProperties") ? WorkflowShapes.strings(call.input().get("RunProperties")) : Map.of())));
    glue.register("GetWorkflowRun", call -> output("Run", shape(run(call), call.flag("IncludeGraph"))));
    glue.register("GetWorkflowRuns", call -> {
      String name = call.string("Name");
      folders.workflow(name);
      // Newest first, as Glue lists them: the page key orders by start time descending.
      Pages.Page<WorkflowRun> page = Pages.of(store.list(name), run -> String.format("%019d",
          Long.MAX_VALUE - Instant.parse(run.startedOn()).toEpochMilli()) + run.workflowRunId(), call, RUN_PAGE);
      boolean graph = call.flag("IncludeGraph");
      return page("Runs", page.items().stream().map(run -> shape(run, graph)).toList(), page.nextToken());
    });
    glue.register("ResumeWorkflowRun", call -> {
      WorkflowRun previous = run(call);
      List<String> nodeIds = call.readList("NodeIds", String.class);
      List<String> names = new ArrayList<>();
      for (String id : nodeIds) {
        names.add(WorkflowGraph.nodeName(id).orElseThrow(() -> ServeErrors.notAJobOrCrawlerNode(id)));
      }
      String runId = engine.resume(folders.load(previous.name()), previous.workflowRunId(), names).runId();
      Map<String, Object> out = output("RunId", runId);
      out.put("NodeIds", nodeIds);
      return out;
    });
    glue.register("StopWorkflowRun", call -> {
      engine.stop(run(call).workflowRunId());
      return Map.of();
    });
    glue.register("GetWorkflowRunProperties", call -> {
      WorkflowRun run = run(call);
      return output("RunProperties", engine.find(run.name(), run.workflowRunId()).map(WorkflowRunProperties::get)
          .orElse(run.workflowRunProperties()));
    });
    glue.register("PutWorkflowRunProperties", call -> {
      WorkflowRun run = run(call);
      WorkflowRunProperties live = engine.find(run.name(), run.workflowRunId())
          .orElseThrow(() -> ServeErrors.runPropertiesNotLive(run.name(), run.workflowRunId(), run.status().name()));
      live.put(WorkflowShapes.strings(call.input().get("RunProperties")));
      return Map.of();
    });
  }

  /** The run {@code RunId} of workflow {@code Name}. */
  private WorkflowRun run(OperationCall call) {
    String name = call.string("Name");
    folders.workflow(name);
    String runId = call.string("RunId");
    return store.find(runId).filter(run -> run.name().equals(name))
        .orElseThrow(() -> WorkflowErrors.noSuchRun(runId, "the runs of workflow " + name));
  }

  private static Map<String, Object> shape(WorkflowRun run, boolean includeGraph) {
    return WorkflowShapes.run(run, includeGraph ? graph(run) : null);
  }

  /** The run's graph: its triggers as they were at its start, each node with what ran in this run. */
  private static Map<String, Object> graph(WorkflowRun run) {
    Map<String, NodeRun> nodes = new LinkedHashMap<>();
    run.nodes().forEach(node -> nodes.put(node.name(), node));
    List<WorkflowGraph.GraphTrigger> triggers = new ArrayList<>();
    for (TriggerSnapshot trigger : run.triggers()) {
      triggers.add(new WorkflowGraph.GraphTrigger(trigger.name(), triggerShape(run.name(), trigger, nodes),
          refs(trigger.watches(), nodes), refs(trigger.actions(), nodes)));
    }
    return WorkflowGraph.of(triggers, ref -> Optional.ofNullable(nodes.get(ref.name())).map(node ->
        node.type() == NodeType.JOB ? Map.of("JobRuns", jobRuns(node)) : Map.of("Crawls", crawls(node))));
  }

  private static List<NodeRef> refs(List<String> names, Map<String, NodeRun> nodes) {
    return names.stream().map(name -> nodes.containsKey(name) ? nodes.get(name).ref() : NodeRef.job(name)).toList();
  }

  /** Glue's {@code Trigger} as the run saw it (conditions are kept as {@code NODE = STATE}). */
  private static Map<String, Object> triggerShape(String workflow, TriggerSnapshot trigger, Map<String, NodeRun> nodes) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("Name", trigger.name());
    shape.put("WorkflowName", workflow);
    shape.put("Id", trigger.name());
    shape.put("Type", trigger.type());
    shape.put("State", trigger.type().equals("ON_DEMAND") ? "CREATED" : "ACTIVATED");
    shape.put("Actions", trigger.actions().stream().map(name -> nodeMember(name, nodes)).toList());
    if (trigger.logical() != null) {
      List<Map<String, Object>> conditions = new ArrayList<>();
      for (String condition : trigger.conditions()) {
        String[] parts = condition.split(" = ", 2);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("LogicalOperator", "EQUALS");
        item.putAll(nodeMember(parts[0], nodes));
        item.put(item.containsKey("CrawlerName") ? "CrawlState" : "State", parts[1]);
        conditions.add(item);
      }
      shape.put("Predicate", Map.of("Logical", trigger.logical(), "Conditions", conditions));
    }
    return shape;
  }

  private static Map<String, Object> nodeMember(String name, Map<String, NodeRun> nodes) {
    NodeRun node = nodes.get(name);
    Map<String, Object> member = new LinkedHashMap<>();
    member.put(node != null && node.type() == NodeType.CRAWLER ? "CrawlerName" : "JobName", name);
    return member;
  }

  /** Glue's {@code JobRun}s of a job node: one per attempt (a node waiting for a slot has one WAITING run). */
  private static List<Map<String, Object>> jobRuns(NodeRun node) {
    List<Map<String, Object>> runs = new ArrayList<>();
    for (ActionAttempt attempt : node.attempts()) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("Id", attempt.id());
      run.put("Attempt", attempt.attempt());
      run.put("TriggerName", node.startedBy());
      run.put("JobName", node.name());
      run.put("StartedOn", WorkflowShapes.instant(attempt.startedOn()));
      run.put("CompletedOn", WorkflowShapes.instant(attempt.completedOn()));
      run.put("JobRunState", attempt.state().name());
      run.put("Arguments", attempt.arguments());
      run.put("ErrorMessage", attempt.errorMessage());
      run.put("ExecutionTime", attempt.executionTimeMillis() == null ? null
          : (int) (attempt.executionTimeMillis() / 1000));
      runs.add(run);
    }
    if (runs.isEmpty() && node.started()) {
      Map<String, Object> waiting = new LinkedHashMap<>();
      waiting.put("JobName", node.name());
      waiting.put("TriggerName", node.startedBy());
      waiting.put("JobRunState", node.state().name());
      waiting.put("ErrorMessage", node.errorMessage());
      runs.add(waiting);
    }
    return runs;
  }

  /** Glue's {@code Crawl}s of a crawler node. */
  private static List<Map<String, Object>> crawls(NodeRun node) {
    if (!node.started()) {
      return List.of();
    }
    Map<String, Object> crawl = new LinkedHashMap<>();
    crawl.put("State", node.crawlState().name());
    crawl.put("StartedOn", WorkflowShapes.instant(node.startedOn()));
    crawl.put("CompletedOn", WorkflowShapes.instant(node.completedOn()));
    crawl.put("ErrorMessage", node.errorMessage());
    return List.of(crawl);
  }

  /** Stops the runs started here (they end STOPPED). */
  @Override
  public void close() {
    engine.close();
  }
}
