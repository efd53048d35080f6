package org.gluesuite.jobs.airquality;

import java.time.LocalDate;
import java.util.List;

/**
 * Settings of {@link No2Model#train}. Build with {@link #builder()}; {@link #defaults()} gives the
 * pipeline's own: the five weather features, label {@code no2_mean}, a split date derived from the data,
 * linear regression.
 *
 * @param features feature columns (numeric or string, cast to double); nulls are imputed
 * @param label the label column
 * @param splitDate the first day of the test period, or null to use the last year of data
 *     ({@link No2Model#defaultSplitDate})
 * @param algorithm which regressor to fit
 * @param seed the seed of the tree ensemble (unused by linear regression)
 */
public record No2ModelOptions(
    List<String> features, String label, LocalDate splitDate, No2Model.Algorithm algorithm, long seed) {

  public static final List<String> DEFAULT_FEATURES =
      List.of("temp_max", "temp_min", "wind_speed", "sea_level_pressure", "station_pressure");
  public static final String DEFAULT_LABEL = "no2_mean";

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
    return new Builder().features(features).label(label).splitDate(splitDate).algorithm(algorithm)
        .seed(seed);
  }

  public static final class Builder {
    private List<String> features = DEFAULT_FEATURES;
    private String label = DEFAULT_LABEL;
    private LocalDate splitDate;
    private No2Model.Algorithm algorithm = No2Model.Algorithm.LINEAR_REGRESSION;
    private long seed = 42L;

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

    /** The first day of the test period; null derives it from the data. */
    public Builder splitDate(LocalDate splitDate) {
      this.splitDate = splitDate;
      return this;
    }

    public Builder algorithm(No2Model.Algorithm algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public No2ModelOptions build() {
      return new No2ModelOptions(features, label, splitDate, algorithm, seed);
    }
  }
}
