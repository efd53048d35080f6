package org.gluesuite.common.run;

/** Glue's {@code JobRunState} values. */
public enum JobRunState {
  STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED, FAILED, TIMEOUT, ERROR, WAITING;

  public boolean finished() {
    return this == STOPPED || this == SUCCEEDED || this == FAILED || this == TIMEOUT || this == ERROR;
  }
}
