package org.gluesuite.jobs.shipping;

import java.time.LocalDate;

/**
 * The seed's training/validation split by a date cutoff: orders on or before {@code cutoff} train, later ones
 * validate.
 *
 * @param cutoff the last training date
 * @param trainingFraction the fraction of rows asked for the training set
 * @param trainingRows orders on or before the cutoff
 * @param validationRows orders after it
 * @param dates distinct order dates
 */
public record DateSplit(LocalDate cutoff, double trainingFraction, long trainingRows, long validationRows,
    int dates) {

  /** The fraction of rows that train. */
  public double actualTrainingFraction() {
    return trainingRows / (double) (trainingRows + validationRows);
  }
}
