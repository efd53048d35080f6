package org.gluesuite.jobs.ml.selection;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Expanding-window folds over the training rows, cut by a time column: the distinct times in order are grouped into
 * {@code folds + 1} blocks of about equal row count (a time never spans two blocks); fold i trains on the blocks
 * before block i+1 and validates on block i+1. Nothing outside the rows given is looked at, so the caller's test
 * period stays unseen as long as it is not in those rows.
 *
 * @param column the time column
 * @param cuts the first time of each validation block, in order (one per fold)
 * @param periods per fold: first and last time of its training rows, then of its validation rows (as text)
 */
public record TimeFolds(String column, List<Object> cuts, List<List<String>> periods) {

  /** Cuts {@code rows} into {@code folds} folds by {@code column}. */
  public static TimeFolds of(Dataset<Row> rows, String column, int folds) {
    List<Row> counts = rows.where(col(column).isNotNull()).groupBy(col(column)).count().orderBy(col(column))
        .collectAsList();
    if (counts.size() < folds + 1) {
      throw SelectionErrors.tooFewTimes(column, counts.size(), folds);
    }
    long total = 0;
    for (Row r : counts) {
      total += r.getLong(1);
    }
    List<Integer> starts = new ArrayList<>();
    long cumulative = 0;
    int block = 1;
    for (int i = 0; i < counts.size() && block <= folds; i++) {
      // a block starts at the first time whose rows pass its share of the total
      if (cumulative >= block * total / (folds + 1.0) && (starts.isEmpty() || i > starts.get(starts.size() - 1))
          && i > 0) {
        starts.add(i);
        block++;
      }
      cumulative += counts.get(i).getLong(1);
    }
    while (starts.size() < folds) {
      // few distinct times with skewed counts: put the remaining cuts on the last times
      int next = starts.isEmpty() ? 1 : starts.get(starts.size() - 1) + 1;
      if (next >= counts.size()) {
        throw SelectionErrors.tooFewTimes(column, counts.size(), folds);
      }
      starts.add(next);
    }
    List<Object> cuts = new ArrayList<>();
    List<List<String>> periods = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      int start = starts.get(f);
      int end = f + 1 < folds ? starts.get(f + 1) - 1 : counts.size() - 1;
      cuts.add(counts.get(start).get(0));
      periods.add(List.of(String.valueOf(counts.get(0).get(0)), String.valueOf(counts.get(start - 1).get(0)),
          String.valueOf(counts.get(start).get(0)), String.valueOf(counts.get(end).get(0))));
    }
    return new TimeFolds(column, List.copyOf(cuts), List.copyOf(periods));
  }

  public int size() {
    return cuts.size();
  }

  /** Fold {@code f}'s training rows (times before its cut). */
  public Dataset<Row> training(Dataset<Row> rows, int f) {
    return rows.where(col(column).lt(lit(cuts.get(f))));
  }

  /** Fold {@code f}'s validation rows (from its cut to the next, or to the end). */
  public Dataset<Row> validation(Dataset<Row> rows, int f) {
    Column from = col(column).geq(lit(cuts.get(f)));
    return rows.where(f + 1 < cuts.size() ? from.and(col(column).lt(lit(cuts.get(f + 1)))) : from);
  }
}
