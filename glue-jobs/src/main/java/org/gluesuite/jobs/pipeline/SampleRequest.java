package org.gluesuite.jobs.pipeline;

/**
 * What sample data to generate: the seed and the number of days, each null for the pipeline's own default.
 *
 * @param seed the seed (the same seed always gives the same files), or null
 * @param days days of data, or null
 */
public record SampleRequest(Long seed, Integer days) {
  public SampleRequest {
    if (days != null && days < 1) {
      throw PipelineErrors.invalidSample("days", days, "must be at least 1");
    }
  }

  /** Every default. */
  public static SampleRequest defaults() {
    return new SampleRequest(null, null);
  }

  public long seedOr(long defaultSeed) {
    return seed == null ? defaultSeed : seed;
  }

  public int daysOr(int defaultDays) {
    return days == null ? defaultDays : days;
  }
}
