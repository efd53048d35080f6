import scala.collection.JavaConverters._

import org.apache.spark.SparkContext
import org.gluesuite.glue.{DynamicFrame, GlueContext}
import org.gluesuite.glue.util.{GlueArgParser, Job, JsonOptions}

/** A script that writes inside Job.init and ends without Job.commit (its last argument: how). */
object UnfinishedJob {
  def main(sysArgs: Array[String]): Unit = {
    val glueContext = new GlueContext(new SparkContext())
    val args = GlueArgParser.getResolvedOptions(sysArgs, Array("JOB_NAME", "target", "ending"))
    Job.init(args("JOB_NAME"), glueContext, args.asJava)
    val frame = DynamicFrame(glueContext.getSparkSession.range(5).toDF("id"), glueContext)
    glueContext.getSinkWithFormat("s3", JsonOptions(Map("path" -> args("target"))), format = "json")
      .writeDynamicFrame(frame)
    args("ending") match {
      case "throw" => throw new IllegalStateException("the script failed")
      case _ => println(s"leaving run ${Job.runId} open")
    }
  }
}
