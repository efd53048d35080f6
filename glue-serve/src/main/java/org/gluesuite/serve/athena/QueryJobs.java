package org.gluesuite.serve.athena;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The Spark jobs of Athena's queries (each query runs in the job group named by its execution ID): the bytes their
 * tasks read ({@code DataScannedInBytes}; jobs of other groups, such as job runs on the same SparkContext, are not
 * counted), and cancellation that also catches a job the query starts after it was stopped.
 */
final class QueryJobs extends SparkListener {
  private final SparkContext context;
  private final Map<Integer, String> stageGroups = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

  QueryJobs(SparkContext context) {
    this.context = context;
  }

  void track(String group) {
    bytes.put(group, new AtomicLong());
  }

  /** The bytes read by the group's tasks so far, and forgets the group. */
  long release(String group) {
    AtomicLong read = bytes.remove(group);
    stageGroups.values().removeIf(group::equals);
    cancelled.remove(group);
    return read == null ? 0 : read.get();
  }

  /** Cancels the group's running jobs, and any it starts from now on. */
  void cancel(String group) {
    cancelled.add(group);
    context.cancelJobGroup(group);
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String group = start.properties() == null ? null : start.properties().getProperty("spark.jobGroup.id");
    if (group == null || !bytes.containsKey(group)) {
      return;
    }
    if (cancelled.contains(group)) {
      context.cancelJob(start.jobId());
    }
    scala.collection.JavaConverters.seqAsJavaList(start.stageIds())
        .forEach(stage -> stageGroups.put((Integer) stage, group));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    String group = stageGroups.get(end.stageId());
    AtomicLong read = group == null ? null : bytes.get(group);
    if (read != null && end.taskMetrics() != null) {
      read.addAndGet(end.taskMetrics().inputMetrics().bytesRead());
    }
  }
}
