package org.gluesuite.jobs.ml.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One ranked row of the leaderboard.
 *
 * @param rank 1 for the best
 * @param kind a single candidate, the weighted ensemble, or the job's fixed model
 * @param members the candidate, or the candidates whose predictions are combined
 * @param weights each member's weight in the combination (they sum to 1)
 * @param metric the validation metric's name
 * @param validation the metric's mean over the folds
 * @param folds the metric per fold
 * @param fitSeconds wall-clock seconds of the fits on the folds (summed over folds and members)
 */
public record LeaderboardEntry(int rank, Kind kind, List<Candidate> members, List<Double> weights, String metric,
    double validation, List<Double> folds, double fitSeconds) {

  /** What a leaderboard row is. */
  public enum Kind {
    /** One candidate of the grid. */
    SINGLE,
    /** A weighted average of the best candidates' predictions, weights chosen on the validation folds. */
    ENSEMBLE,
    /** The job's fixed model (what it fits without selection), scored on the same folds. */
    FIXED
  }

  public LeaderboardEntry {
    members = List.copyOf(members);
    weights = List.copyOf(weights);
    folds = List.copyOf(folds);
    if (members.size() != weights.size()) {
      throw new IllegalArgumentException("one weight per member: " + members + " " + weights);
    }
  }

  /** One candidate's row. */
  static LeaderboardEntry single(Candidate candidate, String metric, double validation, List<Double> folds,
      double fitSeconds) {
    return new LeaderboardEntry(0, Kind.SINGLE, List.of(candidate), List.of(1.0), metric, validation, folds,
        fitSeconds);
  }

  /** The candidate's algorithm; {@code ensemble} or {@code fixed} for a combination. */
  public String algorithm() {
    return kind == Kind.SINGLE ? members.get(0).type().argument() : kind.name().toLowerCase(Locale.ROOT);
  }

  /** The candidate's parameters; for a combination, {@code members}: each one's algorithm, parameters and weight. */
  public Map<String, Object> params() {
    if (kind == Kind.SINGLE) {
      return members.get(0).sortedParams();
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("algorithm", members.get(i).type().argument());
      m.put("params", members.get(i).sortedParams());
      m.put("weight", weights.get(i));
      list.add(m);
    }
    return Map.of("members", list);
  }

  /** A short text: {@code gbt {maxDepth=3}} or {@code ensemble of 0.6 × linear {…} + 0.4 × rf {…}}. */
  public String describe() {
    if (kind == Kind.SINGLE) {
      return members.get(0).describe();
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      parts.add(String.format(Locale.ROOT, "%.2f × %s", weights.get(i), members.get(i).describe()));
    }
    return (kind == Kind.FIXED ? "the job's fixed model: " : "ensemble of ") + String.join(" + ", parts);
  }

  LeaderboardEntry withRank(int value) {
    return new LeaderboardEntry(value, kind, members, weights, metric, validation, folds, fitSeconds);
  }

  /** The leaderboard row of metrics.json. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", rank);
    m.put("algorithm", algorithm());
    m.put("params", params());
    m.put("metric", metric);
    m.put("validation", validation);
    m.put("folds", folds);
    m.put("fit_seconds", Math.round(fitSeconds * 1000) / 1000.0);
    return m;
  }
}
