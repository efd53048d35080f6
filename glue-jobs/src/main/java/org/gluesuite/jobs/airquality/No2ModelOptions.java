package org.gluesuite.jobs.airquality;

import java.time.LocalDate;
import java.util.List;
import org.gluesuite.jobs.ml.selection.SelectionSettings;

/**
 * Settings of {@link No2Model#train}. Build with {@link #builder()}; {@link #defaults()} is the recipe that meets
 * the quality bar on the Beijing data (issue 13's research): the weather features of {@link DailyFeatures#WEATHER},
 * label {@code no2_mean} of days with at least 20 hourly values, the mean of a linear regression and a random
 * forest fitted on ln(NO2), pooled over the stations with a station indicator, test period the last year, and the
 * lag variant (plus {@link DailyFeatures#NO2_LAG}) reported beside it.
 *
 * @param features feature columns (numeric or string, cast to double); nulls are imputed with the training median;
 *     a feature with no value in the training rows is left out (and listed in the metrics)
 * @param label the label column
 * @param minLabelHours the fewest hourly values behind a daily label (column {@code no2_hours}); 20 is the
 *     validity rule of China's GB 3095-2012 for a 24-hour mean; 0 keeps every day with a label
 * @param splitDate the first day of the test period, or null for the last year of data
 *     ({@link No2Model#defaultSplitDate})
 * @param algorithm which regressor(s) to fit
 * @param logTarget fit ln(label) and predict exp of it (the median, not the mean, of the prediction)
 * @param lagVariant also fit and report the variant with the previous day's NO2
 * @param seed the random forest's seed
 * @param selection model selection on the training period instead of {@code algorithm} (null: off); the lag variant
 *     keeps {@code algorithm}
 */
public record No2ModelOptions(List<String> features, String label, int minLabelHours, LocalDate splitDate,
    No2Model.Algorithm algorithm, boolean logTarget, boolean lagVariant, long seed, SelectionSettings selection) {

  public static final String DEFAULT_LABEL = "no2_mean";
  public static final int DEFAULT_MIN_LABEL_HOURS = 20;

  public No2ModelOptions {
    if (features == null || features.isEmpty()) {
      throw AirQualityErrors.invalidSetting("features", features, "give at least one feature column");
    }
    if (label == null || label.isBlank()) {
      throw AirQualityErrors.invalidSetting("label", label, "give the label column");
    }
    if (features.contains(label)) {
      throw AirQualityErrors.invalidSetting("features", features, "must not contain the label " + label);
    }
    if (algorithm == null) {
      throw AirQualityErrors.invalidSetting("algorithm", null, "choose one of "
          + List.of(No2Model.Algorithm.values()));
    }
    if (minLabelHours < 0) {
      throw AirQualityErrors.invalidSetting("min_label_hours", minLabelHours, "must be 0 or more");
    }
    features = List.copyOf(features);
  }

  public static No2ModelOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().features(features).label(label).minLabelHours(minLabelHours).splitDate(splitDate)
        .algorithm(algorithm).logTarget(logTarget).lagVariant(lagVariant).seed(seed).selection(selection);
  }

  public static final class Builder {
    private List<String> features = DailyFeatures.WEATHER;
    private String label = DEFAULT_LABEL;
    private int minLabelHours = DEFAULT_MIN_LABEL_HOURS;
    private LocalDate splitDate;
    private No2Model.Algorithm algorithm = No2Model.Algorithm.LINEAR_RF_ENSEMBLE;
    private boolean logTarget = true;
    private boolean lagVariant = true;
    private long seed = 13L;
    private SelectionSettings selection;

    private Builder() {
    }

    public Builder features(List<String> features) {
      this.features = features;
      return this;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder minLabelHours(int minLabelHours) {
      this.minLabelHours = minLabelHours;
      return this;
    }

    /** The first day of the test period; null derives it from the data. */
    public Builder splitDate(LocalDate splitDate) {
      this.splitDate = splitDate;
      return this;
    }

    public Builder algorithm(No2Model.Algorithm algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    public Builder logTarget(boolean logTarget) {
      this.logTarget = logTarget;
      return this;
    }

    public Builder lagVariant(boolean lagVariant) {
      this.lagVariant = lagVariant;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Model selection instead of the fixed algorithm; null turns it off. */
    public Builder selection(SelectionSettings selection) {
      this.selection = selection;
      return this;
    }

    public No2ModelOptions build() {
      return new No2ModelOptions(features, label, minLabelHours, splitDate, algorithm, logTarget, lagVariant, seed,
          selection);
    }
  }
}
