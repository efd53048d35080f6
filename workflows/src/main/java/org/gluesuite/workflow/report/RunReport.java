package org.gluesuite.workflow.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.TriggerSnapshot;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatistics;

/**
 * A self-contained HTML page for one workflow run: the DAG as inline SVG (triggers and nodes, coloured by
 * state, with durations), statistics, per-node rows read/written/in error, links to outputs, run
 * properties, and model metrics when a job reported them. No scripts, fonts or other external assets.
 */
public final class RunReport {
  private static final int COLUMN = 210;
  private static final int ROW = 86;
  private static final int BOX_W = 170;
  private static final int BOX_H = 56;

  private RunReport() {
  }

  public static String html(WorkflowRun run) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(run.name())).append(" run ").append(esc(run.workflowRunId())).append("</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse;"
            + "margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}"
            + "th{background:#f3f3f3}.num{text-align:right}.SUCCEEDED{color:#1a7f37}.FAILED,.ERROR,.TIMEOUT"
            + "{color:#c62828}.STOPPED,.CANCELLED{color:#8a6d00}code{font-size:13px}")
        .append("</style></head><body>\n");
    h.append("<h1>Workflow <code>").append(esc(run.name())).append("</code></h1>\n<p id=\"summary\">Run <code>")
        .append(esc(run.workflowRunId())).append("</code> · status <b class=\"").append(run.status()).append("\">")
        .append(run.status()).append("</b> · started ").append(esc(run.startedOn()));
    if (run.durationMillis() != null) {
      h.append(" · ").append(seconds(run.durationMillis()));
    }
    if (run.previousRunId() != null) {
      h.append(" · resumed from <code>").append(esc(run.previousRunId())).append("</code>");
    }
    h.append("</p>\n");
    if (run.errorMessage() != null) {
      h.append("<p class=\"ERROR\">").append(esc(run.errorMessage())).append("</p>\n");
    }
    h.append("<h2>Graph</h2>\n").append(svg(run));
    statistics(h, run.statistics());
    nodes(h, run);
    metrics(h, run);
    properties(h, run.workflowRunProperties());
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String svg(WorkflowRun run) {
    Map<String, Integer> layer = layers(run);
    Map<Integer, Integer> perLayer = new HashMap<>();
    Map<String, int[]> at = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : layer.entrySet()) {
      int row = perLayer.merge(e.getValue(), 1, Integer::sum) - 1;
      at.put(e.getKey(), new int[] {20 + e.getValue() * COLUMN, 20 + row * ROW});
    }
    int width = 40 + (layer.values().stream().max(Integer::compare).orElse(0) + 1) * COLUMN;
    int height = 40 + perLayer.values().stream().max(Integer::compare).orElse(1) * ROW;
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"dag\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" role=\"img\" aria-label=\"workflow graph\">\n<defs><marker id=\"arrow\" "
            + "viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#777\"/></marker></defs>\n");
    for (TriggerSnapshot t : run.triggers()) {
      for (String watched : t.watches()) {
        edge(s, at.get("n:" + watched), at.get("t:" + t.name()));
      }
      for (String action : t.actions()) {
        edge(s, at.get("t:" + t.name()), at.get("n:" + action));
      }
    }
    for (TriggerSnapshot t : run.triggers()) {
      int[] p = at.get("t:" + t.name());
      String fill = t.fired() ? "#e8eefc" : "#f5f5f5";
      s.append("<g class=\"trigger\" data-name=\"").append(esc(t.name())).append("\"><rect x=\"").append(p[0])
          .append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"28\" fill=\"").append(fill).append("\" stroke=\"#5b7bd5\"/>");
      text(s, p, 22, "⚡ " + t.name(), true);
      text(s, p, 42, t.type() + (t.logical() == null ? "" : " " + t.logical()) + (t.fired() ? " · fired" : ""),
          false);
      s.append("</g>\n");
    }
    for (NodeRun n : run.nodes()) {
      int[] p = at.get("n:" + n.name());
      String state = n.displayState();
      s.append("<g class=\"node\" data-name=\"").append(esc(n.name())).append("\" data-state=\"").append(state)
          .append("\"><rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W)
          .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"").append(color(state))
          .append("\" stroke=\"#444\"/>");
      text(s, p, 22, (n.type().name().equals("CRAWLER") ? "🕷 " : "⚙ ") + n.name(), true);
      String duration = n.executionTimeMillis() == null ? "" : " · " + seconds(n.executionTimeMillis());
      text(s, p, 42, state + duration + (n.carriedFromRunId() != null ? " · kept" : ""), false);
      s.append("</g>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** Column of every trigger ("t:") and node ("n:"): one past everything it depends on. */
  private static Map<String, Integer> layers(WorkflowRun run) {
    Map<String, Integer> layer = new LinkedHashMap<>();
    run.triggers().forEach(t -> layer.put("t:" + t.name(), 0));
    run.nodes().forEach(n -> layer.put("n:" + n.name(), 1));
    for (int pass = 0; pass < layer.size(); pass++) {
      boolean changed = false;
      for (TriggerSnapshot t : run.triggers()) {
        int l = layer.get("t:" + t.name());
        for (String w : t.watches()) {
          l = Math.max(l, layer.getOrDefault("n:" + w, 0) + 1);
        }
        changed |= !Integer.valueOf(l).equals(layer.put("t:" + t.name(), l));
        for (String a : t.actions()) {
          int al = Math.max(layer.getOrDefault("n:" + a, 0), l + 1);
          changed |= !Integer.valueOf(al).equals(layer.put("n:" + a, al));
        }
      }
      if (!changed) {
        break;
      }
    }
    return layer;
  }

  private static void edge(StringBuilder s, int[] from, int[] to) {
    if (from == null || to == null) {
      return;
    }
    s.append("<line class=\"edge\" x1=\"").append(from[0] + BOX_W).append("\" y1=\"").append(from[1] + BOX_H / 2)
        .append("\" x2=\"").append(to[0]).append("\" y2=\"").append(to[1] + BOX_H / 2)
        .append("\" stroke=\"#777\" marker-end=\"url(#arrow)\"/>\n");
  }

  private static void text(StringBuilder s, int[] p, int dy, String value, boolean bold) {
    String shown = value.length() > 26 ? value.substring(0, 25) + "…" : value;
    s.append("<text x=\"").append(p[0] + 10).append("\" y=\"").append(p[1] + dy).append("\" font-size=\"")
        .append(bold ? 13 : 11).append("\"").append(bold ? " font-weight=\"bold\"" : "").append(">")
        .append(esc(shown)).append("<title>").append(esc(value)).append("</title></text>");
  }

  private static String color(String state) {
    return switch (state) {
      case "SUCCEEDED" -> "#c8ecd0";
      case "FAILED", "ERROR", "TIMEOUT" -> "#f8c9c9";
      case "STOPPED", "CANCELLED" -> "#f7e7a8";
      case "RUNNING", "WAITING" -> "#cfe3fb";
      default -> "#eeeeee";
    };
  }

  private static void statistics(StringBuilder h, WorkflowRunStatistics st) {
    h.append("<h2>Statistics</h2>\n<table id=\"statistics\"><tr><th>total</th><th>succeeded</th><th>failed</th>"
        + "<th>stopped</th><th>timed out</th><th>errored</th><th>running</th><th>waiting</th></tr><tr>");
    for (int v : new int[] {st.totalActions(), st.succeededActions(), st.failedActions(), st.stoppedActions(),
        st.timeoutActions(), st.erroredActions(), st.runningActions(), st.waitingActions()}) {
      h.append("<td class=\"num\">").append(v).append("</td>");
    }
    h.append("</tr></table>\n");
  }

  private static void nodes(StringBuilder h, WorkflowRun run) {
    h.append("<h2>Nodes</h2>\n<table id=\"nodes\"><tr><th>node</th><th>type</th><th>state</th><th>attempts</th>"
        + "<th>duration</th><th>rows read</th><th>rows written</th><th>rows in error</th><th>partitions</th>"
        + "<th>outputs</th><th>error</th></tr>\n");
    for (NodeRun n : run.nodes()) {
      ActionAttempt last = n.lastAttempt().orElse(null);
      h.append("<tr data-node=\"").append(esc(n.name())).append("\"><td>").append(esc(n.name())).append("</td><td>")
          .append(n.type()).append("</td><td class=\"").append(n.displayState()).append("\">")
          .append(n.displayState()).append(n.carriedFromRunId() == null ? "" : " (from " + esc(n.carriedFromRunId())
              + ")").append("</td><td class=\"num\">").append(n.attempts().size()).append("</td><td class=\"num\">")
          .append(n.executionTimeMillis() == null ? "" : seconds(n.executionTimeMillis())).append("</td>");
      cell(h, last == null ? null : last.rowsRead());
      cell(h, last == null ? null : last.rowsWritten());
      cell(h, last == null ? null : last.errorRecords());
      cell(h, last == null || last.partitionsWritten() == null ? null : (long) last.partitionsWritten());
      h.append("<td>");
      if (last != null && last.outputs() != null) {
        for (String output : last.outputs()) {
          h.append("<a href=\"").append(esc(link(output))).append("\">").append(esc(output)).append("</a><br>");
        }
      }
      h.append("</td><td>").append(n.errorMessage() == null ? "" : esc(n.errorMessage())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void metrics(StringBuilder h, WorkflowRun run) {
    List<String> rows = new ArrayList<>();
    for (NodeRun n : run.nodes()) {
      ActionAttempt last = n.lastAttempt().orElse(null);
      if (last == null || last.results() == null || !last.results().containsKey("rmse")) {
        continue;
      }
      for (Map.Entry<String, Object> e : last.results().entrySet()) {
        rows.add("<tr><td>" + esc(n.name()) + "</td><td>" + esc(e.getKey()) + "</td><td class=\"num\">"
            + esc(e.getValue() instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(e.getValue()))
            + "</td></tr>");
      }
    }
    if (!rows.isEmpty()) {
      h.append("<h2>Model metrics</h2>\n<table id=\"metrics\"><tr><th>job</th><th>metric</th><th>value</th></tr>\n")
          .append(String.join("\n", rows)).append("</table>\n");
    }
  }

  private static void properties(StringBuilder h, Map<String, String> properties) {
    h.append("<h2>Run properties</h2>\n<table id=\"properties\"><tr><th>name</th><th>value</th></tr>\n");
    properties.forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v))
        .append("</td></tr>\n"));
    h.append("</table>\n");
  }

  private static void cell(StringBuilder h, Long value) {
    h.append("<td class=\"num\">").append(value == null ? "" : String.format(Locale.ROOT, "%,d", value))
        .append("</td>");
  }

  private static String link(String output) {
    return output.startsWith("/") ? "file://" + output : output;
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
