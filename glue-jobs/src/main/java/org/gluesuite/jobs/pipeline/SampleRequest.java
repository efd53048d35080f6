package org.gluesuite.jobs.pipeline;

/**
 * What sample data to generate: the seed, the number of days and the scale, each null for the pipeline's own default.
 * The scale multiplies the rows per day (air quality: measuring stations; shipping: orders; retail: customers, and
 * with them invoices), so {@code scale = 10} writes about ten times the rows over the same days and files.
 *
 * @param seed the seed (the same seed always gives the same files), or null
 * @param days days of data, or null
 * @param scale rows per day as a multiple of the default (at least 1), or null for 1
 */
public record SampleRequest(Long seed, Integer days, Integer scale) {
  /** The largest scale: the generators hold a day's rows (air quality) or all rows (shipping, retail) in memory. */
  public static final int MAX_SCALE = 100;

  public SampleRequest {
    if (days != null && days < 1) {
      throw PipelineErrors.invalidSample("days", days, "must be at least 1");
    }
    if (scale != null && (scale < 1 || scale > MAX_SCALE)) {
      throw PipelineErrors.invalidSample("scale", scale, "must be between 1 and " + MAX_SCALE);
    }
  }

  /** The default scale. */
  public SampleRequest(Long seed, Integer days) {
    this(seed, days, null);
  }

  /** Every default. */
  public static SampleRequest defaults() {
    return new SampleRequest(null, null, null);
  }

  public long seedOr(long defaultSeed) {
    return seed == null ? defaultSeed : seed;
  }

  public int daysOr(int defaultDays) {
    return days == null ? defaultDays : days;
  }

  /** {@code base} rows multiplied by the scale. */
  public int scaled(int base) {
    return scale == null ? base : Math.multiplyExact(base, scale);
  }
}
