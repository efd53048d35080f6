package org.gluesuite.workflow.report.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.workflow.report.RunReport;

/** The report's model parts: a {@code metrics.json} as a table, a {@link ReportSection} with its charts. */
public final class ModelSections {
  private ModelSections() {
  }

  /** The model's type, then one row per split and model/baseline, one column per metric. */
  public static void metrics(StringBuilder h, ModelMetrics m) {
    h.append("<p>Pipeline <code>").append(RunReport.esc(m.pipeline())).append("</code> · ")
        .append(RunReport.esc(m.task().jsonName())).append(" · model <b>").append(RunReport.esc(m.modelType()))
        .append("</b>");
    if (m.baseline() != null) {
      h.append(" · baseline: ").append(RunReport.esc(m.baseline()));
    }
    h.append("</p>\n");
    Set<String> metrics = new LinkedHashSet<>();
    m.splits().values().forEach(s -> {
      metrics.addAll(s.model().keySet());
      metrics.addAll(s.baseline().keySet());
    });
    h.append("<table class=\"metrics\" id=\"metrics\"><tr><th>split</th><th>of</th><th>rows</th>");
    metrics.forEach(name -> h.append("<th>").append(RunReport.esc(name)).append("</th>"));
    h.append("</tr>\n");
    m.splits().forEach((split, values) -> {
      row(h, split, "model", m.rows().get(split), values.model(), metrics);
      if (!values.baseline().isEmpty()) {
        row(h, split, "baseline", m.rows().get(split), values.baseline(), metrics);
      }
    });
    h.append("</table>\n");
  }

  /** The section's paragraphs, tables and charts (each chart a PNG; a chart that cannot be drawn says why). */
  public static void section(StringBuilder h, ReportSection section) {
    h.append("<h3>").append(RunReport.esc(section.title())).append("</h3>\n");
    for (String p : section.paragraphs()) {
      h.append("<p>").append(RunReport.esc(p)).append("</p>\n");
    }
    for (ReportSection.Table t : section.tables()) {
      h.append("<table class=\"section-table\"><caption>").append(RunReport.esc(t.caption())).append("</caption><tr>");
      t.header().forEach(c -> h.append("<th>").append(RunReport.esc(c)).append("</th>"));
      h.append("</tr>\n");
      for (List<String> row : t.rows()) {
        h.append("<tr>");
        row.forEach(c -> h.append("<td>").append(RunReport.esc(c)).append("</td>"));
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    }
    for (Chart chart : section.charts()) {
      String png;
      try {
        png = ChartImages.dataUri(chart);
      } catch (Exception | LinkageError e) {
        h.append("<p class=\"ERROR\">Chart '").append(RunReport.esc(chart.title())).append("' could not be drawn: ")
            .append(RunReport.esc(String.valueOf(e))).append("</p>\n");
        continue;
      }
      h.append("<img class=\"chart\" data-kind=\"").append(chart.kind().name().toLowerCase(Locale.ROOT))
          .append("\" alt=\"").append(RunReport.esc(chart.title())).append("\" title=\"")
          .append(RunReport.esc(chart.title())).append("\" width=\"").append(ChartImages.WIDTH).append("\" height=\"")
          .append(ChartImages.HEIGHT).append("\" src=\"").append(png).append("\">\n");
    }
  }

  private static void row(StringBuilder h, String split, String of, Long rows, Map<String, Double> values,
      Set<String> metrics) {
    h.append("<tr><td>").append(RunReport.esc(split)).append("</td><td>").append(of).append("</td><td class=\"num\">")
        .append(rows == null ? "" : String.format(Locale.ROOT, "%,d", rows)).append("</td>");
    for (String metric : metrics) {
      Double v = values.get(metric);
      h.append("<td class=\"num\">").append(v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", v))
          .append("</td>");
    }
    h.append("</tr>\n");
  }
}
