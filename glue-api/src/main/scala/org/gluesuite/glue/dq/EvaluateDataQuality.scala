package org.gluesuite.glue.dq

import scala.collection.JavaConverters._
import org.gluesuite.dq.{AdditionalOptions, DataQualityErrors, DqdlRuleset, PublishingOptions, StopJobOnFailureTiming,
  EvaluateDataQuality => Evaluation}
import org.gluesuite.glue.{DynamicFrame, DynamicFrameCollection}
import org.gluesuite.glue.util.JsonOptions

/**
 * Glue's `com.amazonaws.services.glue.dq.EvaluateDataQuality`: evaluates a DQDL ruleset on a `DynamicFrame`. Inside
 * `Job.init … Job.commit` the result is published to the job run's record (`enableDataQualityResultsPublishing`).
 * `publishingOptions` and `additionalOptions` take Glue's keys (see glue-data-quality's `PublishingOptions` and
 * `AdditionalOptions`); unknown keys are errors.
 */
object EvaluateDataQuality {
  val DATA_QUALITY_RULE_OUTCOMES_KEY: String = Evaluation.DATA_QUALITY_RULE_OUTCOMES_KEY
  val DATA_QUALITY_ROW_LEVEL_OUTCOMES_KEY: String = Evaluation.DATA_QUALITY_ROW_LEVEL_OUTCOMES_KEY
  val ORIGINAL_DATA_KEY: String = Evaluation.ORIGINAL_DATA_KEY

  /** The rule outcomes (`Rule`, `Outcome`, `FailureReason`, `EvaluatedMetrics`) as a frame. */
  def apply(frame: DynamicFrame, ruleset: String,
      publishingOptions: JsonOptions = JsonOptions.empty): DynamicFrame = {
    val outputs = evaluate(frame, ruleset, publishingOptions, JsonOptions.empty, Map.empty, None).outputs()
    DynamicFrame(outputs.ruleOutcomesDF(), frame.glueContext)
  }

  /**
   * Glue's `process_rows`: `ruleOutcomes`, `rowLevelOutcomes` and `originalData`. `additionalDataSources` are the
   * reference frames ReferentialIntegrity and RowCountMatch name by alias; `stopJobOnFailureTiming` is Glue's
   * `StopJobOnFailureOptions` (`"Immediate"` or `"AfterDataLoad"`).
   */
  def processRows(frame: DynamicFrame, ruleset: String, publishingOptions: JsonOptions = JsonOptions.empty,
      additionalOptions: JsonOptions = JsonOptions.empty,
      additionalDataSources: Map[String, DynamicFrame] = Map.empty,
      stopJobOnFailureTiming: Option[String] = None): DynamicFrameCollection = {
    val outputs = evaluate(frame, ruleset, publishingOptions, additionalOptions, additionalDataSources,
      stopJobOnFailureTiming).outputs()
    val context = frame.glueContext
    new DynamicFrameCollection(Map(
      DATA_QUALITY_RULE_OUTCOMES_KEY -> DynamicFrame(outputs.ruleOutcomesDF(), context),
      DATA_QUALITY_ROW_LEVEL_OUTCOMES_KEY -> DynamicFrame(outputs.rowLevelOutcomes(), context),
      ORIGINAL_DATA_KEY -> frame), context)
  }

  private def evaluate(frame: DynamicFrame, ruleset: String, publishing: JsonOptions, additional: JsonOptions,
      sources: Map[String, DynamicFrame], stopTiming: Option[String]) = {
    var evaluation = frame.glueContext.openRun.map(Evaluation.inRun).getOrElse(new Evaluation())
      .withAdditionalDataSources(sources.map { case (alias, f) => alias -> f.frame }.asJava)
    stopTiming.foreach { timing =>
      val chosen = StopJobOnFailureTiming.values().find(_.glueName() == timing).getOrElse(
        throw DataQualityErrors.badOption("stopJobOnFailureTiming", timing, "use Immediate or AfterDataLoad"))
      evaluation = evaluation.stopJobOnFailure(chosen)
    }
    evaluation.evaluate(frame.toDF(), DqdlRuleset.parse(ruleset), PublishingOptions.of(publishing.toStringMap),
      AdditionalOptions.of(additional.toStringMap))
  }
}
