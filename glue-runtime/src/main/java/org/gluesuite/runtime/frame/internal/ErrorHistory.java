package org.gluesuite.runtime.frame.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.runtime.frame.ErrorRecords;

/**
 * The steps that led to a frame, in the order they ran, each once. Immutable; a step appends itself, binary steps
 * (join, union, merge) concatenate both histories, counting a shared earlier step once.
 */
public final class ErrorHistory {
  public static final ErrorHistory EMPTY = new ErrorHistory(List.of());

  private final List<ErrorStage> stages;

  private ErrorHistory(List<ErrorStage> stages) {
    this.stages = List.copyOf(stages);
  }

  public ErrorHistory plus(ErrorStage stage) {
    List<ErrorStage> out = new ArrayList<>(stages);
    out.add(stage);
    return new ErrorHistory(out);
  }

  public ErrorHistory plus(ErrorHistory other) {
    Set<ErrorStage> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ErrorStage> out = new ArrayList<>();
    for (ErrorStage s : stages) {
      if (seen.add(s)) {
        out.add(s);
      }
    }
    for (ErrorStage s : other.stages) {
      if (seen.add(s)) {
        out.add(s);
      }
    }
    return new ErrorHistory(out);
  }

  public List<ErrorStage> stages() {
    return stages;
  }

  public long total() {
    return stages.stream().mapToLong(ErrorStage::count).sum();
  }

  /** All error records, or an empty Dataset of the error layout. */
  public Dataset<Row> records(SparkSession spark) {
    Dataset<Row> out = spark.createDataFrame(List.of(), ErrorRecords.SCHEMA);
    for (ErrorStage s : stages) {
      if (s.count() > 0) {
        out = out.union(s.records());
      }
    }
    return out;
  }

  /** Checks every step's thresholds, earliest first; throws for the first step that reached one. */
  public void checkThresholds() {
    stages.forEach(ErrorStage::check);
  }

  /** The first two error records' messages with their file and line, for threshold errors. */
  List<String> samples() {
    List<String> out = new ArrayList<>();
    for (ErrorStage stage : stages) {
      if (out.size() == 2) {
        break;
      }
      if (stage.count() == 0) {
        continue;
      }
      for (Row r : stage.records().select(ErrorRecords.MESSAGE, ErrorRecords.SOURCE_FILE, ErrorRecords.LINE)
          .limit(2 - out.size()).collectAsList()) {
        String where = r.isNullAt(1) ? "" : " (" + r.getString(1) + (r.isNullAt(2) ? "" : ":" + r.getLong(2)) + ")";
        out.add(r.getString(0) + where);
      }
    }
    return out;
  }
}
