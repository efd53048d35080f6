package org.gluesuite.bench;

/**
 * How big a run is. {@link #FULL} is what {@code ./glue-suite bench} measures; {@link #SMOKE} is the tiny size CI
 * runs to prove every scenario still works end to end (no timing is judged at that size).
 *
 * @param etlRows rows of the ETL input CSV
 * @param dayPartitions {@code yyyy/mm/dd} partitions of the push-down table
 * @param rowsPerDay rows in each of those partitions (3,000 at full size: a full read is real work, 3M rows and
 *     80 MB, as a year's day partitions of an event table are, so the ratio measures pruning, not fixed costs)
 * @param readerRows rows of the reader scenarios' CSV and JSON files
 * @param transformRows rows of the frame-transform scenario
 * @param interactiveDays day partitions of the interactive scenario's curated table
 * @param interactiveRowsPerDay rows in each of them
 * @param runs runs of each variant (fresh JVMs, interleaved)
 */
public record BenchSize(String name, int etlRows, int dayPartitions, int rowsPerDay, int readerRows,
    int transformRows, int interactiveDays, int interactiveRowsPerDay, int runs) {
  public static final BenchSize FULL = new BenchSize("full", 1_000_000, 1_000, 3_000, 500_000, 1_000_000, 1_095, 1_000,
      3);
  public static final BenchSize SMOKE = new BenchSize("smoke", 3_000, 12, 20, 2_000, 2_000, 10, 20, 1);

  /** The full size with {@code factor} times the rows everywhere (same partitions and days): growth runs. */
  public static BenchSize full(int factor) {
    if (factor < 1 || factor > 100) {
      throw new BenchErrors.BenchUsageException("--scale must be 1 to 100, not " + factor + ".");
    }
    return factor == 1 ? FULL : new BenchSize("full-x" + factor, FULL.etlRows * factor, FULL.dayPartitions,
        FULL.rowsPerDay * factor, FULL.readerRows * factor, FULL.transformRows * factor, FULL.interactiveDays,
        FULL.interactiveRowsPerDay * factor, FULL.runs);
  }
}
