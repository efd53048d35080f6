package org.gluesuite.workflow.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.workflow.report.internal.ModelSections;
import org.gluesuite.workflow.report.internal.NodeIcons;
import org.gluesuite.workflow.run.ActionAttempt;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.TriggerSnapshot;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatistics;

/**
 * A self-contained HTML page for one workflow run: the DAG as inline SVG (triggers and nodes top to bottom, each
 * with an icon of its type and of its state, coloured by state, with durations), statistics, per-node rows
 * read/written/in error, links to outputs, the jobs' results, run properties, and for every job that reported a
 * {@code metrics.json} ({@link ModelMetrics#RESULT_KEY}) or a report section ({@link ReportSection#RESULT_KEY}) its
 * model metrics, tables and charts (PNG data URIs drawn with XChart). No scripts, fonts or other external assets;
 * the graph scales down to the page's width.
 */
public final class RunReport {
  private static final int COLUMN = 230;
  private static final int ROW = 84;
  private static final int BOX_W = 200;
  private static final int BOX_H = 54;
  private static final int MARGIN = 20;
  private static final int LANE = 12;

  /** The report's style sheet, shared by the other self-contained pages (the table profile). */
  public static final String STYLE = "body{font-family:system-ui,sans-serif;margin:24px;color:#222}"
      + "table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;"
      + "font-size:14px}th{background:#f3f3f3}.num{text-align:right}.SUCCEEDED{color:#1a7f37}.FAILED,.ERROR,"
      + ".TIMEOUT{color:#c62828}.STOPPED,.CANCELLED{color:#8a6d00}code{font-size:13px}"
      + "svg#dag{max-width:100%;height:auto;display:block}img.chart{max-width:100%;height:auto;"
      + "display:block;margin:8px 0 16px}.model{border-top:1px solid #ddd;margin-top:12px}";

  private RunReport() {
  }

  public static String html(WorkflowRun run) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(run.name())).append(" run ").append(esc(run.workflowRunId())).append("</title>\n<style>")
        .append(STYLE).append("</style></head><body>\n");
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
    results(h, run);
    models(h, run);
    dataQuality(h, run);
    profiles(h, run);
    properties(h, run.workflowRunProperties());
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String svg(WorkflowRun run) {
    Map<String, Integer> layer = layers(run);
    Map<Integer, List<String>> rows = new java.util.TreeMap<>();
    layer.forEach((key, l) -> rows.computeIfAbsent(l, k -> new ArrayList<>()).add(key));
    int perRow = rows.values().stream().mapToInt(List::size).max().orElse(1);
    int lanes = (int) longEdges(run, layer).count();
    int graphWidth = perRow * COLUMN - (COLUMN - BOX_W);
    int width = 2 * MARGIN + graphWidth + (lanes == 0 ? 0 : MARGIN + lanes * LANE);
    int height = 2 * MARGIN + rows.size() * ROW - (ROW - BOX_H);
    Map<String, int[]> at = new LinkedHashMap<>();
    int r = 0;
    for (List<String> keys : rows.values()) {
      int offset = (graphWidth - (keys.size() * COLUMN - (COLUMN - BOX_W))) / 2;
      for (int i = 0; i < keys.size(); i++) {
        at.put(keys.get(i), new int[] {MARGIN + offset + i * COLUMN, MARGIN + r * ROW});
      }
      r++;
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg id=\"dag\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"workflow graph\">\n"
            + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
            + "markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#777\"/></marker></defs>\n");
    int lane = 0;
    for (TriggerSnapshot t : run.triggers()) {
      for (String watched : t.watches()) {
        lane += edge(s, at, layer, "n:" + watched, "t:" + t.name(), MARGIN + graphWidth + MARGIN + lane * LANE);
      }
      for (String action : t.actions()) {
        lane += edge(s, at, layer, "t:" + t.name(), "n:" + action, MARGIN + graphWidth + MARGIN + lane * LANE);
      }
    }
    for (TriggerSnapshot t : run.triggers()) {
      int[] p = at.get("t:" + t.name());
      String fill = t.fired() ? "#e8eefc" : "#f5f5f5";
      s.append("<g class=\"trigger\" data-name=\"").append(esc(t.name())).append("\" data-state=\"")
          .append(t.fired() ? "FIRED" : "NOT_FIRED").append("\"><rect x=\"").append(p[0]).append("\" y=\"")
          .append(p[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"27\" fill=\"").append(fill).append("\" stroke=\"#5b7bd5\"/>");
      s.append(NodeIcons.type("trigger", p[0] + 12, p[1] + 8));
      s.append(NodeIcons.state(t.fired() ? "FIRED" : "NOT_FIRED", p[0] + BOX_W - 30, p[1] + BOX_H - 24));
      text(s, p, 22, t.name(), true);
      text(s, p, 42, t.type() + (t.logical() == null ? "" : " " + t.logical()) + (t.fired() ? " · fired" : ""),
          false);
      s.append("</g>\n");
    }
    for (NodeRun n : run.nodes()) {
      int[] p = at.get("n:" + n.name());
      String state = n.displayState();
      String type = n.type().name().equals("CRAWLER") ? "crawler" : "job";
      s.append("<g class=\"node\" data-name=\"").append(esc(n.name())).append("\" data-state=\"").append(state)
          .append("\" data-type=\"").append(type).append("\"><rect x=\"").append(p[0]).append("\" y=\"")
          .append(p[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"6\" fill=\"").append(color(state)).append("\" stroke=\"#444\"/>");
      s.append(NodeIcons.type(type, p[0] + 8, p[1] + 8));
      s.append(NodeIcons.state(state, p[0] + BOX_W - 24, p[1] + BOX_H - 22));
      text(s, p, 22, n.name(), true);
      String duration = n.executionTimeMillis() == null ? "" : " · " + seconds(n.executionTimeMillis());
      text(s, p, 42, state + duration + (n.carriedFromRunId() != null ? " · kept" : ""), false);
      s.append("</g>\n");
    }
    return s.append("</svg>\n").toString();
  }

  private static java.util.stream.Stream<int[]> longEdges(WorkflowRun run, Map<String, Integer> layer) {
    List<int[]> spans = new ArrayList<>();
    for (TriggerSnapshot t : run.triggers()) {
      int tl = layer.getOrDefault("t:" + t.name(), 0);
      t.watches().forEach(w -> spans.add(new int[] {layer.getOrDefault("n:" + w, 0), tl}));
      t.actions().forEach(a -> spans.add(new int[] {tl, layer.getOrDefault("n:" + a, 0)}));
    }
    return spans.stream().filter(sp -> sp[1] - sp[0] > 1);
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

  /**
   * An edge from the bottom of {@code from} to the top of {@code to} (the next row), or, when it skips rows, along
   * its own lane right of the graph so it crosses no box; returns the lanes used (0 or 1).
   */
  private static int edge(StringBuilder s, Map<String, int[]> at, Map<String, Integer> layer, String fromKey,
      String toKey, int laneX) {
    int[] from = at.get(fromKey);
    int[] to = at.get(toKey);
    if (from == null || to == null) {
      return 0;
    }
    if (layer.get(toKey) - layer.get(fromKey) <= 1) {
      s.append("<path class=\"edge\" d=\"M").append(from[0] + BOX_W / 2).append(',').append(from[1] + BOX_H)
          .append(" L").append(to[0] + BOX_W / 2).append(',').append(to[1])
          .append("\" fill=\"none\" stroke=\"#777\" marker-end=\"url(#arrow)\"/>\n");
      return 0;
    }
    s.append("<path class=\"edge\" d=\"M").append(from[0] + BOX_W).append(',').append(from[1] + BOX_H / 2)
        .append(" H").append(laneX).append(" V").append(to[1] + BOX_H / 2).append(" H").append(to[0] + BOX_W)
        .append("\" fill=\"none\" stroke=\"#777\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"/>\n");
    return 1;
  }

  private static void text(StringBuilder s, int[] p, int dy, String value, boolean bold) {
    String shown = value.length() > 22 ? value.substring(0, 21) + "…" : value;
    s.append("<text x=\"").append(p[0] + 34).append("\" y=\"").append(p[1] + dy).append("\" font-size=\"")
        .append(bold ? 12 : 11).append("\"").append(bold ? " font-weight=\"bold\"" : "").append(">")
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

  /** Every job's named results (counts, metrics, output paths), as the run record keeps them. */
  private static void results(StringBuilder h, WorkflowRun run) {
    List<String> rows = new ArrayList<>();
    for (NodeRun n : run.nodes()) {
      ActionAttempt last = n.lastAttempt().orElse(null);
      if (last == null || last.results() == null) {
        continue;
      }
      for (Map.Entry<String, Object> e : last.results().entrySet()) {
        if (e.getKey().equals("DataQuality") || e.getKey().equals(ReportSection.PROFILE_RESULT_KEY)) {
          continue; // their own sections below
        }
        rows.add("<tr><td>" + esc(n.name()) + "</td><td>" + esc(e.getKey()) + "</td><td class=\"num\">"
            + esc(e.getValue() instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(e.getValue()))
            + "</td></tr>");
      }
    }
    if (!rows.isEmpty()) {
      h.append("<h2>Job results</h2>\n<table id=\"results\"><tr><th>job</th><th>result</th><th>value</th></tr>\n")
          .append(String.join("\n", rows)).append("</table>\n");
    }
  }

  /**
   * The data quality results jobs published ({@code Results.DataQuality}, Glue's GetDataQualityResult shape): per
   * ruleset its score, and each rule that failed with its reason.
   */
  private static void dataQuality(StringBuilder h, WorkflowRun run) {
    List<String> rows = new ArrayList<>();
    for (NodeRun n : run.nodes()) {
      ActionAttempt last = n.lastAttempt().orElse(null);
      if (last == null || last.results() == null || !(last.results().get("DataQuality") instanceof List<?> results)) {
        continue;
      }
      for (Object entry : results) {
        if (!(entry instanceof Map<?, ?> result)) {
          continue;
        }
        List<String> failed = new ArrayList<>();
        int total = 0;
        if (result.get("RuleResults") instanceof List<?> rules) {
          total = rules.size();
          for (Object r : rules) {
            if (r instanceof Map<?, ?> rule && "FAIL".equals(rule.get("Result"))) {
              failed.add("<code>" + esc(String.valueOf(rule.get("Description"))) + "</code>"
                  + (rule.get("EvaluationMessage") == null ? "" : " — " + esc(String.valueOf(
                  rule.get("EvaluationMessage")))));
            }
          }
        }
        String state = failed.isEmpty() ? "SUCCEEDED" : "FAILED";
        rows.add("<tr data-ruleset=\"" + esc(String.valueOf(result.get("RulesetName"))) + "\"><td>" + esc(n.name())
            + "</td><td>" + esc(String.valueOf(result.get("RulesetName") == null ? result.get("EvaluationContext")
            : result.get("RulesetName"))) + "</td><td class=\"num\">" + (total - failed.size()) + " / " + total
            + "</td><td class=\"" + state + "\">" + (failed.isEmpty() ? "Passed" : "Failed") + "</td><td>"
            + String.join("<br>", failed) + "</td></tr>");
      }
    }
    if (!rows.isEmpty()) {
      h.append("<h2>Data quality</h2>\n<table id=\"data-quality\"><tr><th>job</th><th>ruleset</th><th>rules passed"
          + "</th><th>outcome</th><th>failed rules</th></tr>\n").append(String.join("\n", rows)).append("</table>\n");
    }
  }

  /** Links to the insights profile pages jobs wrote ({@link ReportSection#PROFILE_RESULT_KEY}). */
  private static void profiles(StringBuilder h, WorkflowRun run) {
    List<String> rows = new ArrayList<>();
    for (NodeRun n : run.nodes()) {
      ActionAttempt last = n.lastAttempt().orElse(null);
      Object page = last == null || last.results() == null ? null
          : last.results().get(ReportSection.PROFILE_RESULT_KEY);
      if (page != null) {
        String location = page.toString();
        String href = location.contains("://") ? location : localPath(location).toUri().toString();
        rows.add("<tr><td>" + esc(n.name()) + "</td><td><a class=\"profile\" href=\"" + esc(href) + "\">"
            + esc(location) + "</a></td></tr>");
      }
    }
    if (!rows.isEmpty()) {
      h.append("<h2>Insights profiles</h2>\n<table id=\"profiles\"><tr><th>job</th><th>profile of the table it "
          + "wrote</th></tr>\n").append(String.join("\n", rows)).append("</table>\n");
    }
  }

  /** For each job that reported a metrics.json or a report section: its metrics, tables and charts. */
  private static void models(StringBuilder h, WorkflowRun run) {
    for (NodeRun n : run.nodes()) {
      ActionAttempt last = n.lastAttempt().orElse(null);
      if (last == null || last.results() == null) {
        continue;
      }
      Object metricsFile = last.results().get(ModelMetrics.RESULT_KEY);
      Object sectionFile = last.results().get(ReportSection.RESULT_KEY);
      if (metricsFile == null && sectionFile == null) {
        continue;
      }
      h.append("<section class=\"model\" data-job=\"").append(esc(n.name())).append("\">\n<h2>Model of <code>")
          .append(esc(n.name())).append("</code></h2>\n");
      if (metricsFile != null) {
        try {
          ModelSections.metrics(h, ModelMetrics.read(localPath(metricsFile.toString())));
        } catch (RuntimeException e) {
          h.append("<p class=\"ERROR\">").append(esc(e.getMessage())).append("</p>\n");
        }
      }
      if (sectionFile != null) {
        try {
          ModelSections.section(h, ReportSection.read(localPath(sectionFile.toString())));
        } catch (RuntimeException e) {
          h.append("<p class=\"ERROR\">").append(esc(e.getMessage())).append("</p>\n");
        }
      }
      h.append("</section>\n");
    }
  }

  /** A job's output location as a local path: a plain path or a {@code file:} URI. */
  private static java.nio.file.Path localPath(String location) {
    return location.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(location))
        : java.nio.file.Path.of(location);
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

  /** Text escaped for HTML element content and attribute values. */
  public static String esc(String text) {
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
