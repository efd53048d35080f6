package org.gluesuite.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A progress line every few seconds while Spark works, so a long step never looks hung: the running
 * Spark job, its tasks done, and the time since the step started. Silent when Spark is idle.
 */
final class SparkProgress extends SparkListener implements AutoCloseable {
  private static final long PERIOD_SECONDS = 10;

  private final Console console;
  private final ScheduledExecutorService ticker;
  private final AtomicInteger activeJobs = new AtomicInteger();
  private final AtomicLong tasksDone = new AtomicLong();
  private final AtomicLong tasksTotal = new AtomicLong();
  private final AtomicReference<String> step = new AtomicReference<>("spark");
  private final AtomicLong stepStarted = new AtomicLong(System.currentTimeMillis());

  SparkProgress(Console console) {
    this.console = console;
    this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "glue-suite-progress");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(this::report, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
  }

  /** Names what the following Spark work belongs to, e.g. a job's name. */
  void step(String name) {
    step.set(name);
    stepStarted.set(System.currentTimeMillis());
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    activeJobs.incrementAndGet();
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd jobEnd) {
    activeJobs.decrementAndGet();
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted stageSubmitted) {
    tasksTotal.addAndGet(stageSubmitted.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    tasksDone.incrementAndGet();
  }

  private void report() {
    if (activeJobs.get() > 0) {
      console.progress("  … %s: %s, %,d of %,d Spark tasks done", step.get(),
          Console.seconds(System.currentTimeMillis() - stepStarted.get()), tasksDone.get(), tasksTotal.get());
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
