package org.gluesuite.serve.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatistics;

/** Glue's {@code Workflow}, {@code Trigger} and {@code WorkflowRun} output shapes from what the folders and runs hold. */
final class WorkflowShapes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WorkflowShapes() {
  }

  /** Glue's {@code Trigger}: the stored members, its workflow, {@code Id} and {@code State}. */
  static Map<String, Object> trigger(WorkflowFolders.StoredTrigger stored) {
    @SuppressWarnings("unchecked")
    Map<String, Object> trigger = JSON.convertValue(stored.json(), LinkedHashMap.class);
    trigger.remove("Tags");
    trigger.remove("StartOnCreation");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Name", stored.name());
    out.put("WorkflowName", stored.workflow());
    out.put("Id", stored.name());
    out.putAll(trigger);
    out.put("State", state(stored.json()));
    return out;
  }

  /**
   * Glue's {@code TriggerState} here: CONDITIONAL triggers of a workflow always fire (ACTIVATED); SCHEDULED and EVENT
   * ones are ACTIVATED by {@code StartOnCreation} or {@code StartTrigger}; ON_DEMAND ones stay CREATED.
   */
  static String state(JsonNode trigger) {
    String type = trigger.path("Type").asText();
    if (type.equals("CONDITIONAL")) {
      return "ACTIVATED";
    }
    if (type.equals("ON_DEMAND")) {
      return "CREATED";
    }
    return trigger.path("StartOnCreation").asBoolean(false) ? "ACTIVATED" : "DEACTIVATED";
  }

  /** The graph of a workflow's stored triggers (no run details). */
  static Map<String, Object> definitionGraph(List<WorkflowFolders.StoredTrigger> triggers) {
    List<WorkflowGraph.GraphTrigger> graph = new ArrayList<>();
    for (WorkflowFolders.StoredTrigger trigger : triggers) {
      graph.add(new WorkflowGraph.GraphTrigger(trigger.name(), trigger(trigger),
          nodes(trigger.json().path("Predicate").path("Conditions")), nodes(trigger.json().path("Actions"))));
    }
    return WorkflowGraph.of(graph, node -> Optional.empty());
  }

  /** The job or crawler each element of an {@code Actions} or {@code Conditions} list names. */
  private static List<NodeRef> nodes(JsonNode list) {
    List<NodeRef> nodes = new ArrayList<>();
    for (JsonNode item : list) {
      if (item.hasNonNull("JobName")) {
        nodes.add(NodeRef.job(item.get("JobName").asText()));
      } else if (item.hasNonNull("CrawlerName")) {
        nodes.add(NodeRef.crawler(item.get("CrawlerName").asText()));
      }
    }
    return nodes;
  }

  /** Glue's {@code Workflow}. */
  static Map<String, Object> workflow(String name, ObjectNode stored, Instant[] times, Optional<WorkflowRun> lastRun,
      Map<String, Object> graph) {
    Map<String, Object> workflow = new LinkedHashMap<>();
    workflow.put("Name", name);
    workflow.put("Description", stored.path("Description").isTextual() ? stored.get("Description").asText() : null);
    workflow.put("DefaultRunProperties", JSON.convertValue(stored.path("DefaultRunProperties"), Map.class));
    workflow.put("CreatedOn", times[0]);
    workflow.put("LastModifiedOn", times[1]);
    workflow.put("LastRun", lastRun.map(run -> run(run, null)).orElse(null));
    workflow.put("Graph", graph);
    workflow.put("MaxConcurrentRuns", stored.path("MaxConcurrentRuns").isInt() ? stored.get("MaxConcurrentRuns").asInt()
        : null);
    return workflow;
  }

  /** Glue's {@code WorkflowRun}, with {@code graph} when it is asked for. */
  static Map<String, Object> run(WorkflowRun run, Map<String, Object> graph) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Name", run.name());
    out.put("WorkflowRunId", run.workflowRunId());
    out.put("PreviousRunId", run.previousRunId());
    out.put("WorkflowRunProperties", run.workflowRunProperties());
    out.put("StartedOn", instant(run.startedOn()));
    out.put("CompletedOn", instant(run.completedOn()));
    out.put("Status", run.status().name());
    out.put("ErrorMessage", run.errorMessage());
    out.put("Statistics", statistics(run.statistics()));
    out.put("Graph", graph);
    return out;
  }

  static Map<String, Object> statistics(WorkflowRunStatistics statistics) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("TotalActions", statistics.totalActions());
    out.put("TimeoutActions", statistics.timeoutActions());
    out.put("FailedActions", statistics.failedActions());
    out.put("StoppedActions", statistics.stoppedActions());
    out.put("SucceededActions", statistics.succeededActions());
    out.put("RunningActions", statistics.runningActions());
    out.put("ErroredActions", statistics.erroredActions());
    out.put("WaitingActions", statistics.waitingActions());
    return out;
  }

  static Instant instant(String iso) {
    return iso == null ? null : Instant.parse(iso);
  }

  /** A map member of a request, as strings ({@code DefaultRunProperties}, {@code RunProperties}). */
  static Map<String, String> strings(JsonNode map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
