package org.gluesuite.runtime.frame.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;
import org.gluesuite.runtime.frame.ErrorRecords;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.types.SparkTypes;

/**
 * Turns self-describing record trees into a frame: infer each record's type, merge them into the frame's schema
 * (only the small per-partition schemas reach the driver), then lay every record out by that schema. Error
 * outcomes become the step's error records, counted once so thresholds are checked when the step runs.
 */
public final class RecordPipeline {
  private RecordPipeline() {
  }

  /** How the passes over a step's outcomes (schema, rows, error records) get them. */
  public enum Passes {
    /**
     * Each pass recomputes the outcomes, as Spark's own JSON reader reads its files twice. For file reads: parsing
     * again is cheaper than caching record trees, whose cached size Spark estimates by walking every map (measured:
     * a 1M-row read takes half the time), and memory stays flat however large the input.
     */
    RECOMPUTE,
    /** The outcomes are persisted once: they come from user functions, which need not give the same records twice. */
    PERSIST
  }

  /**
   * @param hint the schema before the step, used only to keep the type of fields that are now all null
   */
  public static Built build(SparkSession spark, JavaRDD<Parsed> outcomes, StructType hint, ErrorHistory prior,
      String transformation, TransformOptions options, Passes passes) {
    JavaRDD<Parsed> cached = passes == Passes.PERSIST ? outcomes.persist(StorageLevel.MEMORY_AND_DISK()) : outcomes;
    LaidOut laid = layOut(spark, cached, hint);
    return new Built(laid.data(), laid.schema(), FrameSteps.withStage(prior, transformation, options,
        errorRecords(spark, cached), laid.errors()));
  }

  /**
   * Infers the outcomes' schema (one pass, which also counts the error records) and lays the records out by it;
   * the rows are computed when the returned Dataset is.
   */
  public static LaidOut layOut(SparkSession spark, JavaRDD<Parsed> outcomes, StructType hint) {
    Inferred inferred = inferSchema(outcomes, hint);
    StructType schema = inferred.schema();
    JavaRDD<Row> rows = outcomes.filter(p -> !p.isError()).map(p -> RecordConversion.toRow(p.record(), schema));
    return new LaidOut(spark.createDataFrame(rows, SparkTypes.toSpark(schema)), schema, inferred.errors());
  }

  /** The error outcomes as error records. */
  public static Dataset<Row> errorRecords(SparkSession spark, JavaRDD<Parsed> outcomes) {
    return spark.createDataFrame(outcomes.filter(Parsed::isError).map(Parsed::error), ErrorRecords.SCHEMA);
  }

  /** The parts of the new frame. */
  public record Built(Dataset<Row> data, StructType schema, FrameSteps.StepErrors errors) {
  }

  /** The records laid out by their inferred schema, and how many error outcomes the inference pass counted. */
  public record LaidOut(Dataset<Row> data, StructType schema, long errors) {
  }

  /** The merged schema and, from the same pass, how many outcomes were error records. */
  record Inferred(StructType schema, long errors) {
  }

  /** One partition's share of {@link Inferred}. */
  private record Partial(GlueType type, long errors) implements java.io.Serializable {
  }

  static Inferred inferSchema(JavaRDD<Parsed> outcomes, StructType hint) {
    // Partition results are folded in partition order, so column order is the order of first appearance.
    // Error records are counted in the same pass: one Spark job less per read, which small reads notice.
    List<Partial> partials = outcomes.mapPartitions((Iterator<Parsed> it) -> {
      GlueType merged = PrimitiveType.NULL;
      long errors = 0;
      while (it.hasNext()) {
        Parsed p = it.next();
        if (p.isError()) {
          errors++;
        } else {
          merged = TypeMerger.FRAME.merge(merged, TypeInference.typeOf(p.record()));
        }
      }
      return List.of(new Partial(merged, errors)).iterator();
    }).collect();
    GlueType merged = PrimitiveType.NULL;
    long errors = 0;
    for (Partial partial : partials) {
      merged = TypeMerger.FRAME.merge(merged, partial.type());
      errors += partial.errors();
    }
    GlueType filled = fillNulls(merged, hint);
    return new Inferred(filled instanceof StructType s ? s : new StructType(List.of()), errors);
  }

  /**
   * Replaces null types in {@code inferred} by the type {@code hint} declares at the same place, so a column that
   * holds only nulls after {@code map} keeps the type it had before instead of collapsing to null.
   */
  static GlueType fillNulls(GlueType inferred, GlueType hint) {
    if (hint == null) {
      return inferred;
    }
    if (inferred.isNull()) {
      return hint;
    }
    if (inferred instanceof StructType s && hint instanceof StructType h) {
      List<Field> fields = new ArrayList<>();
      for (Field f : s.fields()) {
        GlueType hinted = h.field(f.name()).map(Field::type).orElse(null);
        fields.add(new Field(f.name(), fillNulls(f.type(), hinted)));
      }
      return new StructType(fields);
    }
    if (inferred instanceof ArrayType a && hint instanceof ArrayType h) {
      return new ArrayType(fillNulls(a.elementType(), h.elementType()));
    }
    if (inferred instanceof MapType m && hint instanceof MapType h) {
      return new MapType(fillNulls(m.keyType(), h.keyType()), fillNulls(m.valueType(), h.valueType()));
    }
    return inferred;
  }
}
