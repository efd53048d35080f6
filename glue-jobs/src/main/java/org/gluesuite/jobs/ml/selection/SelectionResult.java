package org.gluesuite.jobs.ml.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;

/**
 * What {@link ModelSelector#select} found.
 *
 * @param leaderboard every candidate (and the blend), best first
 * @param model the winner refitted on all training rows, with its feature stages
 * @param folds the validation folds
 * @param settings the search's settings
 * @param candidates how many candidates were fitted on the folds (the grid's and the fixed model's members)
 */
public record SelectionResult(List<LeaderboardEntry> leaderboard, PipelineModel model, TimeFolds folds,
    SelectionSettings settings, int candidates) {

  /** metrics.json's field with {@link #leaderboardRows()}. */
  public static final String LEADERBOARD_EXTRA = "leaderboard";
  /** metrics.json's field with {@link #describe()}. */
  public static final String SELECTION_EXTRA = "model_selection";

  public SelectionResult {
    leaderboard = List.copyOf(leaderboard);
  }

  public LeaderboardEntry best() {
    return leaderboard.get(0);
  }

  /** The leaderboard as metrics.json rows. */
  public List<Map<String, Object>> leaderboardRows() {
    return leaderboard.stream().map(LeaderboardEntry::toMap).toList();
  }

  /** How the search ran: metric, folds with their periods, candidates, seed, parallelism, target. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("metric", settings.metric().jsonName());
    m.put("time_column", folds.column());
    List<Map<String, Object>> periods = new ArrayList<>();
    for (List<String> p : folds.periods()) {
      Map<String, Object> fold = new LinkedHashMap<>();
      fold.put("train", List.of(p.get(0), p.get(1)));
      fold.put("validation", List.of(p.get(2), p.get(3)));
      periods.add(fold);
    }
    m.put("folds", periods);
    m.put("candidates", candidates);
    leaderboard.stream().filter(e -> e.kind() == LeaderboardEntry.Kind.FIXED).findFirst()
        .ifPresent(e -> m.put("fixed_model", Map.of("rank", e.rank(), "validation", e.validation())));
    if (settings.ensemble()) {
      m.put("ensemble", "greedy ensemble selection over the " + ModelSelector.LIBRARY + " best candidates, "
          + GreedyEnsemble.STEPS + " steps; each fold scored with weights chosen on the other folds");
    }
    m.put("seed", settings.seed());
    m.put("parallelism", settings.parallelism());
    m.put("log_target", settings.logTarget());
    m.put("chosen", best().describe());
    return m;
  }
}
