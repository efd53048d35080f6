package org.gluesuite.crawler.classify;

/** Record counts from a sample: exact when the file was read whole, else scaled by the share of the file read. */
final class RecordCounts {
  private RecordCounts() {
  }

  static long estimate(long recordsInSample, FileSample sample) {
    if (sample.complete()) {
      return recordsInSample;
    }
    return Math.round(recordsInSample / sample.fractionRead());
  }
}
