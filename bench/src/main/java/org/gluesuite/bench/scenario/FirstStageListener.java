package org.gluesuite.bench.scenario;

import java.lang.management.ManagementFactory;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;

/**
 * Notes when the JVM's first Spark stage is submitted, and the process CPU used until then. Registered through the
 * {@code spark.extraListeners} system property, so it sees the sessions that code under test creates itself.
 */
public final class FirstStageListener extends SparkListener {
  private static volatile long firstStageAtMs = -1;
  private static volatile long cpuAtFirstStageMs = -1;

  /** Makes every Spark session this JVM creates from now on report its first stage here. */
  static void install() {
    System.setProperty("spark.extraListeners", FirstStageListener.class.getName());
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted stage) {
    synchronized (FirstStageListener.class) {
      if (firstStageAtMs < 0) {
        firstStageAtMs = System.currentTimeMillis();
        cpuAtFirstStageMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime() / 1_000_000;
      }
    }
  }

  /** Milliseconds from the JVM's start to the first stage. */
  static long sinceJvmStartMs() {
    if (firstStageAtMs < 0) {
      throw new IllegalStateException("No Spark stage was submitted in this JVM");
    }
    return firstStageAtMs - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /** Process CPU milliseconds used until the first stage. */
  static long cpuMs() {
    return cpuAtFirstStageMs;
  }
}
