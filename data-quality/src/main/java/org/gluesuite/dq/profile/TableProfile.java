package org.gluesuite.dq.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.common.report.Chart;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.workflow.report.SectionsPage;

/**
 * A table's insights report, in the manner of SageMaker Data Wrangler's data quality and insights report.
 *
 * @param table what was profiled ({@code database.table})
 * @param rows its rows
 * @param duplicateRows rows that repeat an earlier row exactly (all columns)
 * @param columns one profile per column, in the table's order
 * @param target the target column, or null
 * @param predictivePower with a target: per other column, how well that column alone predicts the target (0..1:
 *     R² of the per-value or per-bin mean for a numeric target, accuracy above the majority class for a categorical
 *     one), highest first
 * @param leakage the columns whose predictive power is at least {@link TableProfiler#LEAKAGE_THRESHOLD}
 * @param quickModel with a target: a quick random forest's score on a held-out fifth of the rows, beside the
 *     baseline (the mean, or the majority class)
 */
public record TableProfile(String table, long rows, long duplicateRows, List<ColumnProfile> columns, String target,
    Map<String, Double> predictivePower, List<String> leakage, Map<String, Object> quickModel) {

  public static final String FILE_NAME = "quality.json";
  /** The page's file name, next to {@link #FILE_NAME}. */
  public static final String PAGE_NAME = "quality.html";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public TableProfile {
    columns = List.copyOf(columns);
    predictivePower = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predictivePower));
    leakage = List.copyOf(leakage);
    quickModel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quickModel));
  }

  public ColumnProfile column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in the profile of " + table));
  }

  /** The self-contained HTML page of {@link #sections()}. */
  public String html() {
    return SectionsPage.html("Profile of " + table, sections());
  }

  /**
   * Writes {@code quality.json} and {@code quality.html} into {@code folder} (a local path or any Hadoop file
   * system URI), replacing them.
   *
   * @return the page's location
   */
  public String writeTo(String folder, Configuration conf) {
    Path base = new Path(folder);
    try {
      FileSystem fs = base.getFileSystem(conf);
      for (Map.Entry<String, String> file : Map.of(FILE_NAME, toJson(), PAGE_NAME, html()).entrySet()) {
        try (OutputStream out = fs.create(new Path(base, file.getKey()), true)) {
          out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the profile of " + table + " under " + folder + ": "
          + e.getMessage(), e);
    }
    return new Path(base, PAGE_NAME).toString();
  }

  /** The {@code quality.json} document. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("table", table);
    m.put("rows", rows);
    m.put("duplicate_rows", duplicateRows);
    m.put("columns", columns.stream().map(ColumnProfile::toMap).toList());
    if (target != null) {
      m.put("target", target);
      m.put("predictive_power", predictivePower);
      m.put("leakage", leakage);
      m.put("quick_model", quickModel);
    }
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of plain values always serialise", e);
    }
  }

  /**
   * The report's sections: an overview (rows, duplicates, and with a target the leakage and the quick model), then
   * one per column with its statistics and exactly one chart (its histogram).
   */
  public List<ReportSection> sections() {
    List<ReportSection> out = new ArrayList<>();
    ReportSection.Builder overview = ReportSection.builder("Table " + table)
        .paragraph(String.format(Locale.ROOT, "%,d rows, %d columns, %,d duplicate rows (%.2f %%).", rows,
            columns.size(), duplicateRows, rows == 0 ? 0.0 : 100.0 * duplicateRows / rows));
    List<List<String>> summary = new ArrayList<>();
    for (ColumnProfile c : columns) {
      summary.add(List.of(c.name(), c.type(), String.valueOf(c.missing()), pct(c.missingPercent()),
          String.valueOf(c.distinct()), c.numeric() ? String.valueOf(c.outliers()) : ""));
    }
    overview.table("Columns", List.of("column", "type", "missing", "missing %", "distinct", "IQR outliers"), summary);
    if (target != null) {
      overview.paragraph(leakage.isEmpty()
          ? "Target " + target + ": no column predicts it almost perfectly (no sign of target leakage)."
          : "Target " + target + ": possible target leakage — these columns alone predict it almost perfectly: "
              + String.join(", ", leakage) + ". Check that they are known before the target is.");
      List<List<String>> power = new ArrayList<>();
      predictivePower.forEach((k, v) -> power.add(List.of(k, num(v), leakage.contains(k) ? "leakage?" : "")));
      overview.table("Predictive power of each column alone for " + target, List.of("column", "score", ""), power);
      overview.paragraph("Quick model: " + quickModel);
    }
    out.add(overview.build());
    for (ColumnProfile c : columns) {
      ReportSection.Builder s = ReportSection.builder("Column " + c.name() + " (" + c.type() + ")");
      List<List<String>> stats = new ArrayList<>();
      stats.add(List.of("missing", c.missing() + " (" + pct(c.missingPercent()) + " %)"));
      stats.add(List.of("distinct", String.valueOf(c.distinct())));
      c.numbers().forEach((k, v) -> stats.add(List.of(k, num(v))));
      if (c.numeric()) {
        stats.add(List.of("IQR outliers", c.outliers() + " outside [" + num(c.fences().get("lower")) + ", "
            + num(c.fences().get("upper")) + "]"));
      }
      stats.add(List.of("most frequent", c.topValues().toString()));
      s.table("Statistics", List.of("statistic", "value"), stats);
      List<Double> counts = c.histogram().counts().stream().map(Long::doubleValue).toList();
      s.chart(Chart.bar((c.numeric() ? "Histogram of " : "Most frequent values of ") + c.name(),
          c.name(), "rows", c.histogram().bins()).withBars("rows", counts));
      out.add(s.build());
    }
    return out;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String num(Double v) {
    return v == null || v.isNaN() ? "" : String.format(Locale.ROOT, "%.4g", v);
  }
}
