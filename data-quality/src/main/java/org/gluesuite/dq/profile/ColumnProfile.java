package org.gluesuite.dq.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of a {@link TableProfile}.
 *
 * @param name the column
 * @param type Spark's type name ({@code double}, {@code string}, …)
 * @param numeric whether the numeric statistics apply
 * @param missing null values (and NaN for numbers)
 * @param missingPercent {@code missing} as a percentage of the rows
 * @param distinct distinct non-null values (approximate above 10,000, as Spark's HyperLogLog++ counts them)
 * @param numbers for numeric columns: {@code min, max, mean, stddev, p05, q1, median, q3, p95} (else empty)
 * @param outliers for numeric columns: values outside the IQR fences [q1 − 1.5·IQR, q3 + 1.5·IQR]
 * @param fences for numeric columns: {@code lower, upper} (else empty)
 * @param topValues the most frequent values with their counts, most frequent first
 * @param histogram bin labels and counts: equal-width bins for numbers, the top values for the rest
 */
public record ColumnProfile(String name, String type, boolean numeric, long missing, double missingPercent,
    long distinct, Map<String, Double> numbers, long outliers, Map<String, Double> fences,
    Map<String, Long> topValues, Histogram histogram) {

  /** Bins of a column's histogram. */
  public record Histogram(List<String> bins, List<Long> counts) {
    public Histogram {
      bins = List.copyOf(bins);
      counts = List.copyOf(counts);
    }
  }

  public ColumnProfile {
    numbers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    fences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fences));
    topValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topValues));
  }

  /** The column in {@code quality.json}. */
  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", type);
    m.put("missing", missing);
    m.put("missing_percent", missingPercent);
    m.put("distinct", distinct);
    if (numeric) {
      m.putAll(numbers);
      m.put("iqr_outliers", outliers);
      m.put("iqr_fences", fences);
    }
    m.put("most_frequent", topValues);
    Map<String, Object> bins = new LinkedHashMap<>();
    bins.put("bins", histogram.bins());
    bins.put("counts", histogram.counts());
    m.put("histogram", bins);
    return m;
  }
}
