package org.gluesuite.dq;

/**
 * Glue's {@code DQStopJobOnFailureOptions.StopJobOnFailureTiming}: when a job whose rules failed ends FAILED.
 * {@code IMMEDIATE}: right after the evaluation (nothing the job writes is published). {@code AFTER_DATA_LOAD}: after
 * the job's commit (its data is published, then the run is recorded FAILED).
 */
public enum StopJobOnFailureTiming {
  IMMEDIATE("Immediate"),
  AFTER_DATA_LOAD("AfterDataLoad");

  private final String glueName;

  StopJobOnFailureTiming(String glueName) {
    this.glueName = glueName;
  }

  public String glueName() {
    return glueName;
  }
}
