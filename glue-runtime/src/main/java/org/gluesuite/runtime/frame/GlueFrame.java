package org.gluesuite.runtime.frame;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.catalog.types.TypePrinter;
import org.gluesuite.runtime.frame.internal.ErrorHistory;
import org.gluesuite.runtime.frame.internal.ErrorStage;
import org.gluesuite.runtime.frame.internal.FrameSteps;
import org.gluesuite.runtime.frame.internal.FrameSteps.StepErrors;
import org.gluesuite.runtime.types.SparkTypes;

/**
 * Our DynamicFrame: an immutable, distributed collection of self-describing records with a logical schema that
 * may contain choice types, plus the error records of every step that led to it. Every transform returns a new
 * frame.
 *
 * <p>Physically the records are a Spark {@code Dataset<Row>}; a choice field is a struct with one field per
 * alternative (named by type: {@code int}, {@code string}, {@code struct}, ...) of which at most one is non-null.
 * {@link #toDF()} returns exactly that Dataset; {@link #schema()} tells choices from real structs.
 *
 * <p>Error records: steps that can reject records (readers, {@link #map}, {@link #filter}, {@link #unbox}) keep them
 * as error records; the other steps add none and carry the earlier ones along. Every transform records its
 * {@link TransformOptions} (context, info, thresholds) as a step of the frame it returns. As in Glue, thresholds are
 * checked by actions ({@link #count}, {@link #show}, {@link #assertErrorThreshold}, a sink's {@code writeFrame},
 * {@link #spigot}), for every step that led to the frame: a step fails once its own error records reach its
 * {@code stageThreshold}, or those up to and including it reach its {@code totalThreshold}; 0 means no limit.
 */
public final class GlueFrame {
  private final Lazy parts;
  private final String name;
  /** The CSV read this frame is, before it is built; null for every other frame. */
  private final DeferredCsvRead deferred;

  /** What a frame is made of. */
  record Parts(Dataset<Row> data, GlueType.StructType schema, StepErrors errors) {
  }

  /** A frame's parts, built when first needed (a deferred read builds them only if a step asks for them). */
  private static final class Lazy {
    private java.util.function.Supplier<Parts> builder;
    private Parts parts;

    Lazy(java.util.function.Supplier<Parts> builder) {
      this.builder = builder;
    }

    synchronized boolean built() {
      return parts != null;
    }

    synchronized Parts get() {
      if (parts == null) {
        parts = builder.get();
        builder = null;
      }
      return parts;
    }
  }

  private GlueFrame(Dataset<Row> data, GlueType.StructType schema, String name, StepErrors errors) {
    this(new Lazy(null), name, null);
    this.parts.parts = new Parts(data, schema, errors);
  }

  private GlueFrame(Lazy parts, String name, DeferredCsvRead deferred) {
    this.parts = parts;
    this.name = name == null ? "" : name;
    this.deferred = deferred;
  }

  static GlueFrame fromParts(Dataset<Row> data, GlueType.StructType schema, String name, StepErrors errors) {
    return new GlueFrame(data, schema, name, errors);
  }

  /** The frame of a CSV read, built only when a step needs more than {@link DeferredCsvRead#direct} gives. */
  static GlueFrame deferred(DeferredCsvRead read, String name) {
    return new GlueFrame(new Lazy(read::build), name, read);
  }

  /** The deferred read this frame still is (null once anything else made it, or for any other frame). */
  DeferredCsvRead deferredRead() {
    return deferred;
  }

  private Dataset<Row> data() {
    return parts.get().data();
  }

  /** A deferred read's error records are a step of their own: asking about them does not build the frame. */
  private StepErrors errors() {
    return deferred != null ? deferred.errors() : parts.get().errors();
  }

  /** Whether this frame's records and schema have been built (false only for a deferred read not used yet). */
  boolean built() {
    return parts.built();
  }

  /** Wraps a DataFrame; its structs stay structs (a DataFrame has no choices). */
  public static GlueFrame fromDF(Dataset<Row> df, String name) {
    return new GlueFrame(df, (GlueType.StructType) SparkTypes.fromSpark(df.schema()), name,
        StepErrors.carry(ErrorHistory.EMPTY));
  }

  /**
   * {@code df} as a frame that carries this frame's error records: for Spark work on {@link #toDF()} between Glue
   * transforms. {@link #fromDF} starts a frame with no history (as Glue's {@code DynamicFrame.fromDF} does), so the
   * error records of the steps before would not be filed when a job run writes the result; this keeps them. The
   * schema is {@code df}'s (a DataFrame has no choices).
   */
  public GlueFrame withDF(Dataset<Row> df) {
    return new GlueFrame(df, (GlueType.StructType) SparkTypes.fromSpark(df.schema()), name,
        StepErrors.carry(history()));
  }

  /** A frame of the same errors over new data and schema; for steps that add no error records. */
  GlueFrame derive(Dataset<Row> newData, GlueType.StructType newSchema) {
    return new GlueFrame(newData, newSchema, name, StepErrors.carry(history()));
  }

  /** This frame as made by {@code transformation} with {@code options}, a step that added no error records. */
  GlueFrame recorded(String transformation, TransformOptions options) {
    return withErrors(FrameSteps.without(history(), transformation, options));
  }

  /** The frames of one call (splitFields, splitRows, relationalize), all made by one recorded step. */
  static StepErrors step(GlueFrame input, String transformation, TransformOptions options) {
    return FrameSteps.without(input.history(), transformation, options);
  }

  GlueFrame withErrors(StepErrors step) {
    return new GlueFrame(data(), schema(), name, step);
  }

  ErrorHistory history() {
    return errors().history();
  }

  // ---- data and schema -----------------------------------------------------------------------------------

  /** The records as a DataFrame; a choice field is a struct with one field per alternative type. */
  public Dataset<Row> toDF() {
    return data();
  }

  /** The logical schema, with choice types. */
  public GlueType.StructType schema() {
    return parts.get().schema();
  }

  /** The schema as Glue prints it, e.g. {@code |-- price: choice{long,string}}. */
  public String schemaString() {
    return TypePrinter.treeString(schema());
  }

  public void printSchema() {
    System.out.print(schemaString());
  }

  public String name() {
    return name;
  }

  /** The transformation context of the step that made this frame ({@code ""} when it had none). */
  public String transformationContext() {
    StepErrors errors = errors();
    return errors.lastStage() == null ? "" : errors.lastStage().options().transformationContext();
  }

  /** This frame under another name (the name error records and relationalize's frames are known by). */
  public GlueFrame withName(String newName) {
    return new GlueFrame(parts, newName, deferred);
  }

  /** The number of records; an action, so it first checks every step's error thresholds. */
  public long count() {
    assertErrorThreshold();
    return data().count();
  }

  /** Prints the first {@code n} records as JSON lines, like Glue's show; an action, so thresholds are checked. */
  public void show(int n) {
    assertErrorThreshold();
    for (GlueRecord r : RecordSteps.take(this, n)) {
      System.out.println(r.toJson());
    }
  }

  public void show() {
    show(20);
  }

  public GlueFrame repartition(int partitions) {
    return derive(data().repartition(partitions), schema());
  }

  public GlueFrame coalesce(int partitions) {
    return derive(data().coalesce(partitions), schema());
  }

  // ---- errors --------------------------------------------------------------------------------------------

  /** Error records of every step that led to this frame. */
  public long errorsCount() {
    return errors().history().total();
  }

  /** Error records the step that produced this frame added (0 for steps that cannot reject records). */
  public long stageErrorsCount() {
    return errors().stageCount();
  }

  /**
   * All error records as a frame with the columns of {@link ErrorRecords}. Glue's {@code errorsAsDynamicFrame}.
   */
  public GlueFrame errorsAsDynamicFrame() {
    return fromDF(errors().history().records(data().sparkSession()), name + "_errors");
  }

  /**
   * The steps behind {@code frames} that added error records and are behind none of {@code except}, each once, in
   * the order they ran: how a job run files the error records of the steps after its reads.
   */
  public static java.util.List<ErrorStep> errorStepsBeyond(java.util.List<GlueFrame> frames,
      java.util.List<GlueFrame> except) {
    java.util.Set<ErrorStage> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    except.forEach(f -> known.addAll(f.history().stages()));
    java.util.List<ErrorStep> out = new java.util.ArrayList<>();
    for (GlueFrame frame : frames) {
      for (ErrorStage stage : frame.history().stages()) {
        if (stage.count() > 0 && known.add(stage)) {
          out.add(new ErrorStep(stage.transformation(), stage.options().transformationContext(), stage.count(),
              fromDF(stage.records(), frame.name + "_" + stage.transformation() + "_errors")));
        }
      }
    }
    return out;
  }

  /**
   * Glue's assertErrorThreshold: checks every step that led to this frame against the thresholds it was called with
   * and throws {@link ErrorThresholdExceededException} for the first that reached one (its own error records against
   * {@code stageThreshold}, those up to and including it against {@code totalThreshold}; 0 is no limit).
   */
  public GlueFrame assertErrorThreshold() {
    history().checkThresholds();
    return this;
  }

  // ---- transforms ----------------------------------------------------------------------------------------

  public GlueFrame applyMapping(List<Mapping> mappings) {
    return applyMapping(mappings, true, TransformOptions.DEFAULT);
  }

  /**
   * Keeps only the mapped fields, cast to their target types, at their target paths (dots nest). A source path
   * missing from the schema gives a target of nulls. Fields under arrays cannot be mapped.
   *
   * @param caseSensitive match source paths exactly (Glue's Scala default) or ignoring case (its Python default)
   */
  public GlueFrame applyMapping(List<Mapping> mappings, boolean caseSensitive, TransformOptions options) {
    return ApplyMappingStep.apply(this, mappings, caseSensitive).recorded("applyMapping", options);
  }

  public GlueFrame resolveChoice(List<ResolveChoiceSpec> specs) {
    return resolveChoice(specs, TableSchema.NONE, TransformOptions.DEFAULT);
  }

  /** Resolves the choice at each spec's path with its action; {@code catalog} serves {@code match_catalog}. */
  public GlueFrame resolveChoice(List<ResolveChoiceSpec> specs, TableSchema catalog, TransformOptions options) {
    return ResolveChoiceStep.apply(this, specs, catalog).recorded("resolveChoice", options);
  }

  /** Applies one action ({@code cast:long}, {@code make_cols}, ...) to every choice in the frame, at any depth. */
  public GlueFrame resolveChoice(String choiceOption) {
    return resolveChoice(choiceOption, TableSchema.NONE, TransformOptions.DEFAULT);
  }

  public GlueFrame resolveChoice(String choiceOption, TableSchema catalog, TransformOptions options) {
    return ResolveChoiceStep.applyEverywhere(this, choiceOption, catalog).recorded("resolveChoice", options);
  }

  /** Drops fields whose type is null in every record, recursing into structs and arrays of structs. */
  public GlueFrame dropNullFields() {
    return dropNullFields(TransformOptions.DEFAULT);
  }

  public GlueFrame dropNullFields(TransformOptions options) {
    return FieldSteps.dropNullFields(this).recorded("dropNullFields", options);
  }

  /** Drops fields by path ({@code a.b}, {@code items[].price}); paths that do not exist are ignored. */
  public GlueFrame dropFields(List<String> paths) {
    return dropFields(paths, TransformOptions.DEFAULT);
  }

  public GlueFrame dropFields(List<String> paths, TransformOptions options) {
    return FieldSteps.dropFields(this, paths).recorded("dropFields", options);
  }

  public GlueFrame dropField(String path) {
    return dropFields(List.of(path));
  }

  /** Renames a field in place ({@code a.b -> a.c}) or moves it to the top level ({@code a.b -> b}). */
  public GlueFrame renameField(String oldPath, String newPath) {
    return renameField(oldPath, newPath, TransformOptions.DEFAULT);
  }

  public GlueFrame renameField(String oldPath, String newPath, TransformOptions options) {
    return FieldSteps.renameField(this, oldPath, newPath).recorded("renameField", options);
  }

  /** Keeps the given top-level fields, in the given order; names that do not exist are ignored. */
  public GlueFrame selectFields(List<String> fields) {
    return selectFields(fields, TransformOptions.DEFAULT);
  }

  public GlueFrame selectFields(List<String> fields, TransformOptions options) {
    return FieldSteps.selectFields(this, fields).recorded("selectFields", options);
  }

  /** Splits the fields: the first frame has the given paths (nested paths keep their structs), the second the rest. */
  public Split<GlueFrame> splitFields(List<String> paths) {
    return splitFields(paths, TransformOptions.DEFAULT);
  }

  public Split<GlueFrame> splitFields(List<String> paths, TransformOptions options) {
    return recorded(FieldSteps.splitFields(this, paths), step(this, "splitFields", options));
  }

  /** Splits the records: the first frame has those matching every comparison, the second the rest. */
  public Split<GlueFrame> splitRows(List<RowComparison> comparisons) {
    return splitRows(comparisons, TransformOptions.DEFAULT);
  }

  public Split<GlueFrame> splitRows(List<RowComparison> comparisons, TransformOptions options) {
    return recorded(SplitRowsStep.apply(this, comparisons), step(this, "splitRows", options));
  }

  private static Split<GlueFrame> recorded(Split<GlueFrame> split, StepErrors step) {
    return new Split<>(split.first().withErrors(step), split.second().withErrors(step));
  }

  /**
   * Equi-joins with {@code other} on {@code keys1[i] = keys2[i]}, by Glue's rule: the keys of both frames are kept
   * ({@code other}'s key named like a field of this frame as {@code .name}); any other field both frames have is one
   * field holding {@code other}'s value where it has one, else this frame's (a choice if the kept values' types
   * differ).
   */
  public GlueFrame join(List<String> keys1, List<String> keys2, GlueFrame other) {
    return join(keys1, keys2, other, TransformOptions.DEFAULT);
  }

  /** {@link #join} whose step carries both frames' error records (a threshold counts them together). */
  public GlueFrame join(List<String> keys1, List<String> keys2, GlueFrame other, TransformOptions options) {
    return JoinStep.apply(this, keys1, keys2, other, options);
  }

  /** Flattens structs into top-level fields named {@code a.b.c}; arrays and choices stay as they are. */
  public GlueFrame unnest() {
    return unnest(TransformOptions.DEFAULT);
  }

  public GlueFrame unnest(TransformOptions options) {
    return FieldSteps.unnest(this).recorded("unnest", options);
  }

  /** Parses the JSON or CSV text at {@code path} into a struct; unparsable values become error records. */
  public GlueFrame unbox(String path, UnboxOptions format) {
    return unbox(path, format, TransformOptions.DEFAULT);
  }

  public GlueFrame unbox(String path, UnboxOptions format, TransformOptions options) {
    return RecordSteps.unbox(this, path, format, options);
  }

  /**
   * Flattens structs and pivots every array into its own frame. The result maps frame names to frames: the root
   * ({@code rootName}) and {@code rootName_<path>} per array, whose columns are {@code id} (the value stored in the
   * parent's array column), {@code index} (0-based position) and {@code <path>.val} (or
   * {@code <path>.val.<field>} for struct elements).
   *
   * @param stagingPath accepted for Glue compatibility; frames stay in Spark, nothing is written there
   */
  public Map<String, GlueFrame> relationalize(String rootName, String stagingPath) {
    return relationalize(rootName, stagingPath, TransformOptions.DEFAULT);
  }

  /** {@link #relationalize}; every frame it returns is made by this one recorded step. */
  public Map<String, GlueFrame> relationalize(String rootName, String stagingPath, TransformOptions options) {
    StepErrors step = step(this, "relationalize", options);
    Map<String, GlueFrame> out = new java.util.LinkedHashMap<>();
    RelationalizeStep.apply(this, rootName).forEach((frameName, frame) -> out.put(frameName, frame.withErrors(step)));
    return out;
  }

  /**
   * Writes a sample of the records as JSON lines under {@code path} now (an action: thresholds are checked first),
   * and returns the same records.
   */
  public GlueFrame spigot(String path, SpigotOptions sample) {
    return spigot(path, sample, TransformOptions.DEFAULT);
  }

  public GlueFrame spigot(String path, SpigotOptions sample, TransformOptions options) {
    GlueFrame out = recorded("spigot", options);
    out.assertErrorThreshold();
    SpigotStep.apply(out, path, sample);
    return out;
  }

  public GlueFrame spigot(String path) {
    return spigot(path, SpigotOptions.DEFAULT);
  }

  /**
   * Merges a staging frame: a staging record replaces every record of this frame with the same primary keys;
   * records found only in one frame are kept. Records with a null key never match.
   */
  public GlueFrame mergeDynamicFrame(GlueFrame staging, List<String> primaryKeys) {
    return mergeDynamicFrame(staging, primaryKeys, TransformOptions.DEFAULT);
  }

  public GlueFrame mergeDynamicFrame(GlueFrame staging, List<String> primaryKeys, TransformOptions options) {
    return MergeSteps.merge(this, staging, primaryKeys).recorded("mergeDynamicFrame", options);
  }

  /** All records of both frames; fields with different types become choices. */
  public GlueFrame union(GlueFrame other) {
    return union(other, TransformOptions.DEFAULT);
  }

  public GlueFrame union(GlueFrame other, TransformOptions options) {
    return MergeSteps.union(this, other).recorded("union", options);
  }

  /** Applies {@code f} to every record; a record whose function throws becomes an error record. */
  public GlueFrame map(RecordMapper f) {
    return map(f, TransformOptions.DEFAULT);
  }

  public GlueFrame map(RecordMapper f, TransformOptions options) {
    return RecordSteps.map(this, f, options);
  }

  /** Keeps the records {@code f} accepts; a record whose predicate throws becomes an error record. */
  public GlueFrame filter(RecordPredicate f) {
    return filter(f, TransformOptions.DEFAULT);
  }

  public GlueFrame filter(RecordPredicate f, TransformOptions options) {
    return RecordSteps.filter(this, f, options);
  }

  @Override
  public String toString() {
    return "GlueFrame(" + name + ": " + schema().simpleString() + ")";
  }
}
