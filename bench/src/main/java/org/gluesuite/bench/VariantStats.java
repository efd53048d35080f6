package org.gluesuite.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The runs of one variant summarised: medians and spread (min–max) of the headline wall time and of CPU.
 *
 * @param ratio headline median over the baseline variant's (1.0 for the baseline itself)
 * @param cpuRatio CPU median over the baseline's
 */
public record VariantStats(String variant, int runs, long medianMs, long minMs, long maxMs, long medianCpuMs,
    long medianProcessMs, long maxPeakRssMb, long rows, double ratio, double cpuRatio) {

  static VariantStats of(String variant, List<Measurement> runs, boolean wholeProcess, VariantStats baseline) {
    ToLongFunction<Measurement> headline = wholeProcess ? Measurement::processMs : Measurement::timedMs;
    long[] wall = runs.stream().mapToLong(headline).sorted().toArray();
    long median = median(wall);
    long cpu = median(runs.stream().mapToLong(Measurement::cpuMs).sorted().toArray());
    long process = median(runs.stream().mapToLong(Measurement::processMs).sorted().toArray());
    double ratio = baseline == null ? 1.0 : (double) median / Math.max(1, baseline.medianMs());
    double cpuRatio = baseline == null ? 1.0 : (double) cpu / Math.max(1, baseline.medianCpuMs());
    long rss = runs.stream().mapToLong(Measurement::peakRssMb).max().orElse(0);
    return new VariantStats(variant, wall.length, median, wall[0], wall[wall.length - 1], cpu, process, rss,
        runs.get(0).rows(), ratio, cpuRatio);
  }

  /** The median of sorted values (the lower middle one for an even count, so it is a measured value). */
  static long median(long[] sorted) {
    return sorted[(sorted.length - 1) / 2];
  }
}
