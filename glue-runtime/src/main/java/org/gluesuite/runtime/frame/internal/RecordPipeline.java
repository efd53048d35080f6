package org.gluesuite.runtime.frame.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.gluesuite.runtime.frame.ErrorRecords;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.frame.schema.GlueType;
import org.gluesuite.runtime.frame.schema.GlueType.StructType;

/**
 * Turns self-describing record trees into a frame: infer each record's type, merge them into the frame's schema
 * (only the small per-partition schemas reach the driver), then lay every record out by that schema. Error
 * outcomes become the step's error records, counted once so thresholds are checked when the step runs.
 */
public final class RecordPipeline {
  private RecordPipeline() {
  }

  /**
   * @param hint the schema before the step, used only to keep the type of fields that are now all null
   */
  public static Built build(SparkSession spark, JavaRDD<Parsed> outcomes, StructType hint, ErrorHistory prior,
      String transformation, TransformOptions options) {
    // Persisted: schema inference, the rows and the error count all read it; the source is read once.
    JavaRDD<Parsed> cached = outcomes.persist(StorageLevel.MEMORY_AND_DISK());
    StructType schema = inferSchema(cached, hint);
    JavaRDD<Row> rows = cached.filter(p -> !p.isError()).map(p -> RecordConversion.toRow(p.record(), schema));
    Dataset<Row> data = spark.createDataFrame(rows, schema.toSpark());
    Dataset<Row> errors = spark.createDataFrame(cached.filter(Parsed::isError).map(Parsed::error),
        ErrorRecords.SCHEMA);
    return new Built(data, schema, FrameSteps.withStage(prior, transformation, options, errors));
  }

  /** The parts of the new frame. */
  public record Built(Dataset<Row> data, StructType schema, FrameSteps.StepErrors errors) {
  }

  static StructType inferSchema(JavaRDD<Parsed> outcomes, StructType hint) {
    // Partition results are folded in partition order, so column order is the order of first appearance.
    List<GlueType> partials = outcomes.mapPartitions((Iterator<Parsed> it) -> {
      GlueType merged = GlueType.NULL;
      while (it.hasNext()) {
        Parsed p = it.next();
        if (!p.isError()) {
          merged = TypeMerger.merge(merged, TypeInference.typeOf(p.record()));
        }
      }
      return List.of(merged).iterator();
    }).collect();
    GlueType merged = GlueType.NULL;
    for (GlueType t : partials) {
      merged = TypeMerger.merge(merged, t);
    }
    GlueType filled = TypeMerger.fillNulls(merged, hint);
    return filled instanceof StructType s ? s : new StructType(List.of());
  }
}
