package org.gluesuite.jobs.ml.selection;

import java.util.List;

/** Builds every error of model selection: what is wrong, where, and how to fix it. */
final class SelectionErrors {
  private SelectionErrors() {
  }

  static SelectionException invalidSetting(String name, Object value, String rule) {
    return new SelectionException(String.format("Invalid model-selection setting %s = %s: %s.", name, value, rule));
  }

  static SelectionException emptyGrid() {
    return new SelectionException("The model-selection grid has no candidate: name at least one algorithm of "
        + Candidate.ALGORITHMS + " with its parameter values, e.g. {\"rf\": {\"maxDepth\": [5, 10]}}.");
  }

  static SelectionException tooFewTimes(String column, long distinct, int folds) {
    return new SelectionException(String.format("Model selection needs at least %d distinct values of the time "
        + "column '%s' in the training rows for %d expanding-window folds, found %d. Give more training data or "
        + "fewer folds.", folds + 1, column, folds, distinct));
  }

  static SelectionException missingColumns(List<String> missing, List<String> present) {
    return new SelectionException(String.format("Model selection needs the columns %s, which the training rows "
        + "lack (they have %s).", missing, present));
  }

  static SelectionException nonPositiveLabel(String label) {
    return new SelectionException(String.format("Model selection on ln(%s) needs a positive %s in every training "
        + "row; filter the rows or select on the label itself.", label, label));
  }
}
