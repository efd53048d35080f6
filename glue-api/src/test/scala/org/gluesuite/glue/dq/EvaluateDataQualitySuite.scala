package org.gluesuite.glue.dq

import java.nio.charset.StandardCharsets
import java.nio.file.Files

import scala.collection.JavaConverters._

import org.gluesuite.dq.{DataQualityFailedException, InvalidDataQualityOptionException}
import org.gluesuite.glue.{DynamicFrame, GlueContext}
import org.gluesuite.glue.examples.ExampleWorkspace
import org.gluesuite.glue.util.{Job, JsonOptions}
import org.gluesuite.runtime.testing.TestSpark
import org.scalatest.funsuite.AnyFunSuite

/** Glue's Scala `EvaluateDataQuality`, as a Glue script calls it, inside and outside `Job.init … Job.commit`. */
class EvaluateDataQualitySuite extends AnyFunSuite {
  private def spark = TestSpark.session()

  private def glueContext(workspace: ExampleWorkspace): GlueContext = {
    spark.conf.set("spark.glue_suite.catalog", s"embedded:${workspace.catalogDir}")
    try new GlueContext(spark.sparkContext) finally spark.conf.unset("spark.glue_suite.catalog")
  }

  private def orders(glue: GlueContext): DynamicFrame = {
    val session = spark
    import session.implicits._
    DynamicFrame(Seq((1, Option(10.0)), (2, None), (3, Option(5.0))).toDF("id", "amount"), glue)
  }

  private val ruleset = """Rules = [ RowCount = 3, IsComplete "amount" ]"""

  test("apply returns the rule outcomes; processRows Glue's three frames; Glue's option names are checked") {
    val glue = glueContext(ExampleWorkspace.create("dq-apply"))
    val outcomes = EvaluateDataQuality(orders(glue), ruleset,
      JsonOptions(Map("dataQualityEvaluationContext" -> "orders", "enableDataQualityResultsPublishing" -> true)))
    assert(outcomes.toDF().collect().map(r => r.getString(0) -> r.getString(1)).toSeq ==
      Seq("RowCount = 3" -> "Passed", "IsComplete \"amount\"" -> "Failed"))
    val frames = EvaluateDataQuality.processRows(orders(glue), ruleset,
      additionalOptions = JsonOptions(Map("performanceTuning.caching" -> "CACHE_NOTHING")))
    assert(frames.keys.toSet == Set("ruleOutcomes", "rowLevelOutcomes", "originalData"))
    assert(frames("rowLevelOutcomes").toDF().where("DataQualityEvaluationResult = 'Failed'").count() == 1)
    intercept[InvalidDataQualityOptionException](EvaluateDataQuality(orders(glue), ruleset,
      JsonOptions(Map("enableDataQualityPublishing" -> true))))
  }

  test("inside Job.init … Job.commit the result is published to the run record; Immediate stops the job") {
    val workspace = ExampleWorkspace.create("dq-job")
    val glue = glueContext(workspace)
    Job.init("dq-job", glue, Map[String, String]().asJava)
    EvaluateDataQuality(orders(glue), ruleset)
    Job.commit()
    val runs = workspace.root.resolve("runs").resolve("jobs").resolve("dq-job")
    val record = new String(Files.readAllBytes(Files.list(runs).iterator().asScala.next()), StandardCharsets.UTF_8)
    assert(record.contains("\"DataQuality\"") && record.contains("\"IsComplete \\\"amount\\\"\""), record)

    Job.init("dq-stop", glue, Map[String, String]().asJava)
    val stopped = intercept[DataQualityFailedException](EvaluateDataQuality.processRows(orders(glue), ruleset,
      stopJobOnFailureTiming = Some("Immediate")))
    assert(stopped.getMessage.contains("IsComplete \"amount\""))
    Job.reset()
  }
}
