package org.gluesuite.jobs.ml.selection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;

/** The run report's view of a model selection, read back from {@code metrics.json}. */
public final class LeaderboardReport {
  /** The most leaderboard rows a report shows (metrics.json keeps them all). */
  public static final int ROWS = 20;

  private LeaderboardReport() {
  }

  /** Adds how the selection ran and its leaderboard to {@code section}; nothing when the model was not selected. */
  public static ReportSection.Builder addTo(ReportSection.Builder section, ModelMetrics metrics) {
    Optional<JsonNode> board = metrics.extra(SelectionResult.LEADERBOARD_EXTRA);
    Optional<JsonNode> how = metrics.extra(SelectionResult.SELECTION_EXTRA);
    if (board.isEmpty() || how.isEmpty()) {
      return section;
    }
    List<String> folds = new ArrayList<>();
    for (JsonNode fold : how.get().path("folds")) {
      folds.add(String.format(Locale.ROOT, "train %s..%s → validate %s..%s", fold.path("train").path(0).asText(),
          fold.path("train").path(1).asText(), fold.path("validation").path(0).asText(),
          fold.path("validation").path(1).asText()));
    }
    String metric = how.get().path("metric").asText();
    section.paragraph(String.format(Locale.ROOT, "Model selection: %d candidates ranked by the mean validation %s "
        + "over %d expanding-window folds inside the training period (%s); the test period was not used. Chosen: "
        + "%s.", how.get().path("candidates").asInt(), metric, folds.size(), String.join("; ", folds),
        how.get().path("chosen").asText()));
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode e : board.get()) {
      if (rows.size() == ROWS) {
        break;
      }
      rows.add(List.of(e.path("rank").asText(), e.path("algorithm").asText(), e.path("params").toString(),
          String.format(Locale.ROOT, "%.4f", e.path("validation").asDouble()),
          String.format(Locale.ROOT, "%.1f", e.path("fit_seconds").asDouble())));
    }
    return section.table("Model selection leaderboard (best first)", List.of("rank", "algorithm", "parameters",
        "validation " + metric, "fit seconds"), rows);
  }
}
