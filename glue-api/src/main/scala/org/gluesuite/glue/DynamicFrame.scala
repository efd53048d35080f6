package org.gluesuite.glue

import scala.collection.JavaConverters._

import org.apache.spark.sql.DataFrame
import org.gluesuite.glue.internal.{FrameOptions, TransformSettings}
import org.gluesuite.glue.util.{CallSite, JsonOptions}
import org.gluesuite.catalog.types.TableSchema
import org.gluesuite.runtime.frame.{GlueFrame, GlueRecord, Mapping, RecordMapper, RecordPredicate,
  ResolveChoiceSpec, RowComparison}

/**
 * Glue's `DynamicFrame` with its Scala API's method names, parameter names and defaults, over glue-runtime's
 * `GlueFrame` (every transform is glue-runtime's; this class only translates the call). Immutable: every transform
 * returns a new frame. The trailing `transformationContext`, `callSite`, `stageThreshold` and `totalThreshold`
 * arguments mean what they mean in Glue; a threshold of 0 (the default) sets no limit.
 */
class DynamicFrame private[glue] (@transient private[glue] val frame: GlueFrame,
    @transient val glueContext: GlueContext) extends Serializable {

  private def next(result: GlueFrame): DynamicFrame = new DynamicFrame(result, glueContext)

  private def settings(transformationContext: String, callSite: CallSite, stageThreshold: Long,
      totalThreshold: Long) = TransformSettings(transformationContext, callSite, stageThreshold, totalThreshold)

  // ---- names, data, schema ----------------------------------------------------------------------------------------

  def name: String = frame.name()

  def getName(): String = frame.name()

  /** A copy of this frame named `name`. */
  def withName(name: String): DynamicFrame = next(frame.withName(name))

  /** The records as a DataFrame; choice columns become structs with one field per type (resolve them first). */
  def toDF(specs: Seq[ResolveSpec] = Seq.empty): DataFrame =
    if (specs.isEmpty) frame.toDF() else resolveChoice(specs).toDF()

  def count(): Long = frame.count()

  /** Prints the schema the way Glue does, choices included. */
  def printSchema(): Unit = frame.printSchema()

  /** Prints the first `numRows` records as JSON. */
  def show(numRows: Int = 20): Unit = frame.show(numRows)

  def getNumPartitions(): Int = frame.toDF().rdd.getNumPartitions

  def repartition(numPartitions: Int, transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame = next(frame.repartition(numPartitions))

  def coalesce(numPartitions: Int, shuffle: Boolean = false, transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    next(if (shuffle) frame.repartition(numPartitions) else frame.coalesce(numPartitions))

  // ---- error records ----------------------------------------------------------------------------------------------

  /** Error records of every step that led to this frame. */
  def errorsCount(): Long = frame.errorsCount()

  /** Error records the step that made this frame added. */
  def stageErrorsCount(): Long = frame.stageErrorsCount()

  def errorsAsDynamicFrame(): DynamicFrame = next(frame.errorsAsDynamicFrame())

  /** Fails if any step's error records exceeded the thresholds it was called with. */
  def assertErrorThreshold(): Unit = frame.assertErrorThreshold()

  // ---- field transforms -------------------------------------------------------------------------------------------

  def applyMapping(mappings: Seq[Product4[String, String, String, String]], caseSensitive: Boolean = true,
      transformationContext: String = "", callSite: CallSite = CallSite("Not provided", ""),
      stageThreshold: Long = 0, totalThreshold: Long = 0): DynamicFrame =
    next(frame.applyMapping(mappings.map(m => Mapping.of(m._1, m._2, m._3, m._4)).asJava, caseSensitive,
      settings(transformationContext, callSite, stageThreshold, totalThreshold)))

  /**
   * Resolves choice types: each `(path, action)` of `specs` (`cast:<type>`, `project:<type>`, `make_cols`,
   * `make_struct`, `match_catalog`), then `choiceOption` for every other choice. `match_catalog` takes the types of
   * `database`.`tableName` in the context's Data Catalog.
   */
  def resolveChoice(specs: Seq[Product2[String, String]] = Seq.empty[ResolveSpec],
      choiceOption: Option[ChoiceOption] = None, database: Option[String] = None, tableName: Option[String] = None,
      transformationContext: String = "", callSite: CallSite = CallSite("Not provided", ""),
      stageThreshold: Long = 0, totalThreshold: Long = 0): DynamicFrame = {
    val options = settings(transformationContext, callSite, stageThreshold, totalThreshold)
    val catalog = (database, tableName) match {
      case (Some(db), Some(table)) =>
        TableSchema.of(glueContext.suite.catalog().getTable(db, table))
      case _ => TableSchema.NONE
    }
    val specified = if (specs.isEmpty) frame
    else frame.resolveChoice(specs.map(s => ResolveChoiceSpec.of(s._1, s._2)).asJava, catalog, options)
    next(choiceOption.fold(specified)(o => specified.resolveChoice(o.choice, catalog, options)))
  }

  def dropField(path: String, transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    dropFields(Seq(path), transformationContext, callSite, stageThreshold, totalThreshold)

  def dropFields(fieldNames: Seq[String], transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    next(frame.dropFields(fieldNames.asJava, settings(transformationContext, callSite, stageThreshold,
      totalThreshold)))

  /** Drops the fields whose type is null in every record (Glue's Scala `dropNulls`, Python's `drop_null_fields`). */
  def dropNulls(transformationContext: String = "", callSite: CallSite = CallSite("Not provided", ""),
      stageThreshold: Long = 0, totalThreshold: Long = 0): DynamicFrame =
    next(frame.dropNullFields(settings(transformationContext, callSite, stageThreshold, totalThreshold)))

  def renameField(oldName: String, newName: String, transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    next(frame.renameField(oldName, newName, settings(transformationContext, callSite, stageThreshold,
      totalThreshold)))

  def selectField(fieldName: String, transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    selectFields(Seq(fieldName), transformationContext, callSite, stageThreshold, totalThreshold)

  def selectFields(paths: Seq[String], transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    next(frame.selectFields(paths.asJava, settings(transformationContext, callSite, stageThreshold,
      totalThreshold)))

  /** Two frames: the first with `paths`, the second with the other fields. */
  def splitFields(paths: Seq[String], transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): Seq[DynamicFrame] = {
    val split = frame.splitFields(paths.asJava, settings(transformationContext, callSite, stageThreshold,
      totalThreshold))
    Seq(next(split.first()), next(split.second()))
  }

  /**
   * Two frames: the records where every `paths(i) operators(i) values(i)` holds (operators `< <= = != >= >`), and
   * the others.
   */
  def splitRows(paths: Seq[String], values: Seq[Any], operators: Seq[String], transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): Seq[DynamicFrame] = {
    FrameOptions.sameLengths("splitRows", paths.size, values.size, operators.size)
    val comparisons = paths.indices.map(i => RowComparison.of(paths(i), operators(i), values(i)))
    val split = frame.splitRows(comparisons.asJava, settings(transformationContext, callSite, stageThreshold,
      totalThreshold))
    Seq(next(split.first()), next(split.second()))
  }

  /**
   * An equi-join with `frame2` on `keys1(i) = keys2(i)`. As in Glue, both frames' keys are kept (a key of `frame2`
   * named like a field of this frame as `.name`), and any other field both frames have is one field holding
   * `frame2`'s value where it has one, else this frame's.
   */
  def join(keys1: Seq[String], keys2: Seq[String], frame2: DynamicFrame, transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    next(frame.join(keys1.asJava, keys2.asJava, frame2.frame, settings(transformationContext, callSite,
      stageThreshold, totalThreshold)))

  /** Flattens structs into top-level fields named `a.b`. */
  def unnest(transformationContext: String = "", callSite: CallSite = CallSite("Not Provided"),
      stageThreshold: Long = 0, totalThreshold: Long = 0): DynamicFrame =
    next(frame.unnest(settings(transformationContext, callSite, stageThreshold, totalThreshold)))

  /** Parses the `json` or `csv` text at `path` into a struct; `optionString` holds CSV's separator, quoteChar, ... */
  def unbox(path: String, format: String, optionString: String = "{}", transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided"), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame =
    next(frame.unbox(path, FrameOptions.unbox(format, JsonOptions(optionString)),
      settings(transformationContext, callSite, stageThreshold, totalThreshold)))

  /**
   * Flattens structs and pivots every array into its own frame: `rootTableName` and `rootTableName_<path>` per
   * array, with columns `id` (the key the parent's array column holds), `index` and `<path>.val...`.
   * `stagingPath` is accepted for Glue compatibility; the frames stay in Spark.
   */
  def relationalize(rootTableName: String, stagingPath: String, options: JsonOptions = JsonOptions.empty,
      transformationContext: String = "", callSite: CallSite = CallSite("Not provided"), stageThreshold: Long = 0,
      totalThreshold: Long = 0): Seq[DynamicFrame] = {
    val frames = frame.relationalize(rootTableName, stagingPath, settings(transformationContext, callSite,
      stageThreshold, totalThreshold))
    frames.asScala.toSeq.map { case (frameName, f) => next(f.withName(frameName)) }
  }

  /** Writes a sample (`topk`, default 100; `prob`, default 1) as JSON under `path` and passes this frame on. */
  def spigot(path: String, options: JsonOptions = new JsonOptions("{}"), transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided"), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame = {
    frame.spigot(path, FrameOptions.spigot(options))
    this
  }

  /** A staging record replaces every record of this frame with the same `primaryKeys`. */
  def mergeDynamicFrames(stageDynamicFrame: DynamicFrame, primaryKeys: Seq[String],
      transformationContext: String = "", options: JsonOptions = JsonOptions.empty,
      callSite: CallSite = CallSite("Not provided"), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame = {
    FrameOptions.noOptions("mergeDynamicFrames", options)
    next(frame.mergeDynamicFrame(stageDynamicFrame.frame, primaryKeys.asJava,
      settings(transformationContext, callSite, stageThreshold, totalThreshold)))
  }

  // ---- record functions -------------------------------------------------------------------------------------------

  /** Applies `f` to a copy of every record; a record whose function throws becomes an error record. */
  def map(f: DynamicRecord => DynamicRecord, errorMsg: String = "", transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided", ""), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame = {
    val mapper: RecordMapper = (r: GlueRecord) => {
      val out = f(new DynamicRecord(r))
      if (out == null) null else out.record
    }
    next(frame.map(mapper, settings(transformationContext, FrameOptions.withMessage(callSite, errorMsg),
      stageThreshold, totalThreshold)))
  }

  /** Keeps the records `f` accepts; a record whose predicate throws becomes an error record. */
  def filter(f: DynamicRecord => Boolean, errorMsg: String = "", transformationContext: String = "",
      callSite: CallSite = CallSite("Not provided"), stageThreshold: Long = 0,
      totalThreshold: Long = 0): DynamicFrame = {
    val predicate: RecordPredicate = (r: GlueRecord) => f(new DynamicRecord(r))
    next(frame.filter(predicate, settings(transformationContext, FrameOptions.withMessage(callSite, errorMsg),
      stageThreshold, totalThreshold)))
  }

  override def toString: String = s"DynamicFrame(${frame.toString})"
}

object DynamicFrame {
  /** A DataFrame as a DynamicFrame (its structs stay structs). */
  def apply(df: DataFrame, glueContext: GlueContext): DynamicFrame =
    new DynamicFrame(GlueFrame.fromDF(df, ""), glueContext)

  def emptyDynamicFrame(glueContext: GlueContext): DynamicFrame =
    apply(glueContext.getSparkSession.emptyDataFrame, glueContext)
}
