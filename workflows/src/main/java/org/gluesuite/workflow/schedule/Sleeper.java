package org.gluesuite.workflow.schedule;

import java.time.Duration;

/** Waits; a fake sleeper in tests advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
