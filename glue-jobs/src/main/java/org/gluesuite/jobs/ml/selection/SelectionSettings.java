package org.gluesuite.jobs.ml.selection;

import java.util.List;

/**
 * How {@link ModelSelector} searches.
 *
 * @param grid the candidates
 * @param folds expanding-window folds inside the training period: the rows are cut by time into {@code folds + 1}
 *     blocks of about equal size; fold i trains on blocks 1..i and validates on block i+1
 * @param metric what ranks the candidates (the mean over the folds)
 * @param parallelism how many fits run at once (as MLlib's {@code CrossValidator.setParallelism})
 * @param seed the seed of every randomised regressor that is not given one in the grid
 * @param logTarget fit ln(label) and predict exp of it (the median of the prediction); metrics stay on the label
 * @param ensemble also rank a weighted ensemble of the best candidates, its weights chosen greedily on the
 *     validation folds ({@link GreedyEnsemble})
 * @param fixedModel the job's fixed model, as the candidates whose predictions it averages (empty: none): they are
 *     fitted with the grid and the fixed model is ranked beside the rest, so selection never chooses a model that
 *     validates worse than it
 */
public record SelectionSettings(SearchGrid grid, int folds, Metric metric, int parallelism, long seed,
    boolean logTarget, boolean ensemble, List<Candidate> fixedModel) {

  public static final int DEFAULT_FOLDS = 2;
  public static final int DEFAULT_PARALLELISM = 2;
  public static final long DEFAULT_SEED = 13L;

  public SelectionSettings {
    if (grid == null) {
      throw SelectionErrors.invalidSetting("grid", null, "give a search grid (SearchGrid.defaults() or a file)");
    }
    if (folds < 1 || folds > 10) {
      throw SelectionErrors.invalidSetting("folds", folds, "give 1 to 10 validation folds");
    }
    if (metric == null) {
      throw SelectionErrors.invalidSetting("metric", null, "use rmse, mae or r2");
    }
    if (parallelism < 1) {
      throw SelectionErrors.invalidSetting("parallelism", parallelism, "give 1 or more fits at once");
    }
    fixedModel = fixedModel == null ? List.of() : List.copyOf(fixedModel);
  }

  /** The default grid, two folds, ranked by RMSE, two fits at once, seed 13, the label as is, with the ensemble. */
  public static SelectionSettings defaults() {
    return new SelectionSettings(SearchGrid.defaults(), DEFAULT_FOLDS, Metric.RMSE, DEFAULT_PARALLELISM,
        DEFAULT_SEED, false, true, List.of());
  }

  public SelectionSettings withGrid(SearchGrid value) {
    return new SelectionSettings(value, folds, metric, parallelism, seed, logTarget, ensemble, fixedModel);
  }

  public SelectionSettings withFolds(int value) {
    return new SelectionSettings(grid, value, metric, parallelism, seed, logTarget, ensemble, fixedModel);
  }

  public SelectionSettings withMetric(Metric value) {
    return new SelectionSettings(grid, folds, value, parallelism, seed, logTarget, ensemble, fixedModel);
  }

  public SelectionSettings withParallelism(int value) {
    return new SelectionSettings(grid, folds, metric, value, seed, logTarget, ensemble, fixedModel);
  }

  public SelectionSettings withSeed(long value) {
    return new SelectionSettings(grid, folds, metric, parallelism, value, logTarget, ensemble, fixedModel);
  }

  public SelectionSettings withLogTarget(boolean value) {
    return new SelectionSettings(grid, folds, metric, parallelism, seed, value, ensemble, fixedModel);
  }

  public SelectionSettings withEnsemble(boolean value) {
    return new SelectionSettings(grid, folds, metric, parallelism, seed, logTarget, value, fixedModel);
  }

  /** The job's fixed model: the mean of {@code members}' predictions (one member: that model). */
  public SelectionSettings withFixedModel(List<Candidate> members) {
    return new SelectionSettings(grid, folds, metric, parallelism, seed, logTarget, ensemble, members);
  }
}
