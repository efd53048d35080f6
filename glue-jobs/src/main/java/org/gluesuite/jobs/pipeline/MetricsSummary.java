package org.gluesuite.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.common.report.ModelMetrics;

/** The run summary's lines for a {@code metrics.json}, the same for every pipeline: the model, then each split. */
public final class MetricsSummary {
  private MetricsSummary() {
  }

  /** {@code label value} lines, labels padded like the rest of the summary. */
  public static List<String> lines(ModelMetrics metrics) {
    List<String> out = new ArrayList<>();
    out.add(line("model", metrics.modelType() + " (" + metrics.task().jsonName() + ")"));
    metrics.splits().forEach((name, split) -> {
      StringBuilder b = new StringBuilder(values(split.model()));
      if (!split.baseline().isEmpty()) {
        b.append(" · baseline ").append(values(split.baseline()));
      }
      Long rows = metrics.rows().get(name);
      if (rows != null) {
        b.append(String.format(Locale.ROOT, " · %,d rows", rows));
      }
      out.add(line(name, b.toString()));
    });
    if (metrics.baseline() != null) {
      out.add(line("baseline", metrics.baseline()));
    }
    return out;
  }

  /** One summary line: a label padded to the summary's column, then the text. */
  public static String line(String label, String text) {
    return String.format(Locale.ROOT, "  %-19s %s", label, text);
  }

  /** Metric values as {@code RMSE 15.24, MAE 11.90, R² 0.741}. */
  public static String values(Map<String, Double> values) {
    List<String> parts = new ArrayList<>();
    values.forEach((metric, value) -> parts.add(label(metric) + " " + format(metric, value)));
    return String.join(", ", parts);
  }

  private static String label(String metric) {
    return switch (metric) {
      case "rmse" -> "RMSE";
      case "mae" -> "MAE";
      case "r2" -> "R²";
      case "rmse_rounded" -> "RMSE (rounded)";
      case "mae_rounded" -> "MAE (rounded)";
      case "r2_rounded" -> "R² (rounded)";
      case "precision_at_10" -> "P@10";
      case "recall_at_10" -> "R@10";
      case "map_at_10" -> "MAP@10";
      default -> metric;
    };
  }

  private static String format(String metric, Double value) {
    if (value == null || value.isNaN()) {
      return "n/a";
    }
    boolean fine = metric.startsWith("r2") || metric.contains("_at_") || metric.equals("coverage");
    return String.format(Locale.ROOT, fine ? "%.3f" : "%.2f", value);
  }
}
