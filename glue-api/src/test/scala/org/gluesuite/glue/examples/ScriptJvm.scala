package org.gluesuite.glue.examples

import java.io.File
import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import java.util.concurrent.TimeUnit

import scala.collection.JavaConverters._

/**
 * Runs a Glue script's `main` in a fresh JVM the way `spark-submit --class` does: Spark settings as `spark.*` system
 * properties (the script's `new SparkContext()` reads them), Java 17's add-opens, and `s3://` buckets mapped to
 * local folders by Hadoop's ViewFs overload scheme (a setting, no code; see glue-api/README.md).
 */
object ScriptJvm {
  private val AddOpens = Seq("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
    "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch",
    "sun.nio.cs", "sun.security.action", "sun.util.calendar")

  final case class Result(exitCode: Int, stdout: String, stderr: String) {
    def describe: String = s"exit $exitCode\n--- stdout\n$stdout\n--- stderr (tail)\n${stderr.takeRight(6000)}"
  }

  /** Spark settings that map `s3://bucket/...` to `bucketRoot/bucket/...` for each bucket. */
  def s3Mapping(bucketRoot: Path, buckets: String*): Map[String, String] =
    Map("spark.hadoop.fs.s3.impl" -> "org.apache.hadoop.fs.viewfs.ViewFileSystemOverloadScheme") ++
      buckets.map(b => s"spark.hadoop.fs.viewfs.mounttable.$b.linkFallback" -> bucketRoot.resolve(b).toUri.toString)

  def run(workDir: Path, mainClass: String, settings: Map[String, String], args: String*): Result = {
    val classpath = sys.props.getOrElse("surefire.test.class.path", sys.props("java.class.path"))
    val scratch = Files.createDirectories(workDir.resolve("spark-scratch"))
    val spark = Map("spark.master" -> "local[2]", "spark.app.name" -> mainClass, "spark.ui.enabled" -> "false",
      "spark.sql.shuffle.partitions" -> "2", "spark.default.parallelism" -> "2", "spark.local.dir" -> scratch.toString,
      "spark.sql.session.timeZone" -> "UTC") ++ settings
    val command = Seq(Path.of(sys.props("java.home"), "bin", "java").toString, "-Xmx768m", "-XX:TieredStopAtLevel=1",
      "-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US") ++
      AddOpens.map(p => s"--add-opens=java.base/$p=ALL-UNNAMED") ++
      spark.toSeq.sorted.map { case (k, v) => s"-D$k=$v" } ++
      Seq("-cp", classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator), mainClass) ++ args
    val out = Files.createTempFile(workDir, "script", ".out")
    val err = Files.createTempFile(workDir, "script", ".err")
    val builder = new ProcessBuilder(command.asJava).redirectOutput(out.toFile).redirectError(err.toFile)
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1")
    val process = builder.start()
    if (!process.waitFor(360, TimeUnit.SECONDS)) {
      process.destroyForcibly()
      throw new AssertionError(s"$mainClass did not finish in 360 s:\n${read(err).takeRight(6000)}")
    }
    Result(process.exitValue(), read(out), read(err))
  }

  private def read(file: Path): String = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
}
