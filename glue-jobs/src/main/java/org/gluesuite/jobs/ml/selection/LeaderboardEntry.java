package org.gluesuite.jobs.ml.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ranked row of the leaderboard.
 *
 * @param rank 1 for the best
 * @param members the candidate, or for a blend the candidates whose predictions are averaged
 * @param metric the validation metric's name
 * @param validation the metric's mean over the folds
 * @param folds the metric per fold
 * @param fitSeconds wall-clock seconds of the fits on the folds (summed over folds and members)
 */
public record LeaderboardEntry(int rank, List<Candidate> members, String metric, double validation,
    List<Double> folds, double fitSeconds) {

  public LeaderboardEntry {
    members = List.copyOf(members);
    folds = List.copyOf(folds);
  }

  /** {@code blend} for an average of several candidates, else the candidate's algorithm. */
  public String algorithm() {
    return members.size() == 1 ? members.get(0).type().argument() : "blend";
  }

  /** The candidate's parameters; for a blend, {@code members}: each member's algorithm and parameters. */
  public Map<String, Object> params() {
    if (members.size() == 1) {
      return members.get(0).sortedParams();
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (Candidate c : members) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("algorithm", c.type().argument());
      m.put("params", c.sortedParams());
      list.add(m);
    }
    return Map.of("members", list);
  }

  /** A short text: {@code gbt {maxDepth=3}} or {@code blend of linear {…} + rf {…}}. */
  public String describe() {
    return members.size() == 1 ? members.get(0).describe()
        : "blend of " + String.join(" + ", members.stream().map(Candidate::describe).toList());
  }

  LeaderboardEntry withRank(int value) {
    return new LeaderboardEntry(value, members, metric, validation, folds, fitSeconds);
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
