package org.gluesuite.serve.glue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gluesuite.workflow.definition.NodeRef;
import org.gluesuite.workflow.definition.NodeType;

/**
 * Glue's {@code WorkflowGraph}: a node per trigger, job and crawler ({@code Type}, {@code Name}, {@code UniqueId},
 * their {@code TriggerDetails}/{@code JobDetails}/{@code CrawlerDetails}) and an edge from each watched node to its
 * trigger and from each trigger to the nodes it starts. A node's {@code UniqueId} is its type and name
 * ({@code job_air-quality-clean}), which {@code ResumeWorkflowRun}'s {@code NodeIds} name.
 */
final class WorkflowGraph {
  /** One trigger of the graph: Glue's {@code Trigger} shape, the nodes it watches and the nodes it starts. */
  record GraphTrigger(String name, Map<String, Object> shape, List<NodeRef> watches, List<NodeRef> actions) {
  }

  private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
  private final List<Map<String, Object>> edges = new ArrayList<>();

  private WorkflowGraph() {
  }

  /**
   * The graph of {@code triggers}; {@code details} gives a job's {@code JobDetails} or a crawler's
   * {@code CrawlerDetails} (empty: none, as in a definition's graph).
   */
  static Map<String, Object> of(List<GraphTrigger> triggers, Function<NodeRef, Optional<Map<String, Object>>> details) {
    WorkflowGraph graph = new WorkflowGraph();
    for (GraphTrigger trigger : triggers) {
      String triggerId = uniqueId(NodeType.TRIGGER.name(), trigger.name());
      Map<String, Object> node = node("TRIGGER", trigger.name(), triggerId);
      node.put("TriggerDetails", Map.of("Trigger", trigger.shape()));
      graph.nodes.put(triggerId, node);
      trigger.watches().forEach(watched -> graph.edge(graph.add(watched, details), triggerId));
      trigger.actions().forEach(action -> graph.edge(triggerId, graph.add(action, details)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Nodes", List.copyOf(graph.nodes.values()));
    out.put("Edges", graph.edges);
    return out;
  }

  /** The {@code UniqueId} of a job or crawler node. */
  static String uniqueId(NodeRef node) {
    return uniqueId(node.type().name(), node.name());
  }

  /** The job or crawler node a {@code UniqueId} names (a plain node name is accepted too), if it is one. */
  static Optional<String> nodeName(String uniqueId) {
    if (uniqueId.startsWith(uniqueId(NodeType.TRIGGER.name(), ""))) {
      return Optional.empty();
    }
    for (NodeType type : List.of(NodeType.JOB, NodeType.CRAWLER)) {
      String prefix = uniqueId(type.name(), "");
      if (uniqueId.startsWith(prefix)) {
        return Optional.of(uniqueId.substring(prefix.length()));
      }
    }
    return Optional.of(uniqueId);
  }

  private String add(NodeRef ref, Function<NodeRef, Optional<Map<String, Object>>> details) {
    String id = uniqueId(ref);
    if (!nodes.containsKey(id)) {
      Map<String, Object> node = node(ref.type().name(), ref.name(), id);
      details.apply(ref).ifPresent(detail -> node.put(ref.type() == NodeType.JOB ? "JobDetails" : "CrawlerDetails",
          detail));
      nodes.put(id, node);
    }
    return id;
  }

  private void edge(String source, String destination) {
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("SourceId", source);
    edge.put("DestinationId", destination);
    if (!edges.contains(edge)) {
      edges.add(edge);
    }
  }

  private static Map<String, Object> node(String type, String name, String id) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("Type", type);
    node.put("Name", name);
    node.put("UniqueId", id);
    return node;
  }

  private static String uniqueId(String type, String name) {
    return type.toLowerCase(Locale.ROOT) + "_" + name;
  }
}
