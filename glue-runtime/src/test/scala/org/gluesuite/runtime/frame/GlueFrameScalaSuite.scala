package org.gluesuite.runtime.frame

import java.nio.charset.StandardCharsets
import java.nio.file.Files

import scala.collection.JavaConverters._

import org.apache.spark.sql.Row
import org.gluesuite.runtime.testing.TestSpark
import org.scalatest.funsuite.AnyFunSuite

/** Drives the Java GlueFrame API the way a Glue Scala script would. */
class GlueFrameScalaSuite extends AnyFunSuite {

  private def writeJson(lines: String*): String = {
    val folder = TestSpark.newFolder("scala-script")
    Files.write(folder.resolve("input.json"), lines.mkString("\n").getBytes(StandardCharsets.UTF_8))
    folder.toString
  }

  test("a script reads JSON, maps, resolves choices, filters with an error record and converts to a DataFrame") {
    val spark = TestSpark.session()
    val input = writeJson(
      """{"order": {"id": 1, "customer": "Ann"}, "total": 10}""",
      """{"order": {"id": 2, "customer": "Bob"}, "total": "12.50"}""",
      """{"order": {"id": 3, "customer": null}, "total": 7}""",
      """{"order": {"id": 4 """)

    val source = FrameReaders.json(spark, Seq(input).asJava, JsonReadOptions.DEFAULT,
      TransformOptions.context("source"))
    assert(source.errorsCount() == 1)
    assert(source.schema().simpleString() ==
      "struct{order:struct{id:int,customer:string},total:choice{int,string}}")

    val mapped = source.applyMapping(Seq(
      Mapping.of("order.id", "long", "id", "long"),
      Mapping.of("order.customer", "string", "customer", "string"),
      Mapping.of("total", "choice", "total", "choice")).asJava)
    assert(mapped.schema().simpleString() == "struct{id:long,customer:string,total:choice{int,string}}")

    val resolved = mapped.resolveChoice(Seq(ResolveChoiceSpec.of("total", "cast:double")).asJava)
    val named = resolved.filter((r: GlueRecord) => r.getString("customer").nonEmpty,
      TransformOptions.context("named"))

    assert(named.stageErrorsCount() == 1)
    assert(named.errorsCount() == 2)
    val errors = named.errorsAsDynamicFrame().toDF().orderBy("transformation").collect().toSeq
    assert(errors.map(_.getAs[String]("transformation")) == Seq("filter", "read_json"))
    assert(errors.head.getAs[String]("record") == """{"id":3,"customer":null,"total":7.0}""")
    assert(errors(1).getAs[Long]("line") == 4L)

    val df = named.toDF()
    assert(df.schema.simpleString == "struct<id:bigint,customer:string,total:double>")
    assert(df.orderBy("id").collect().toSeq == Seq(Row(1L, "Ann", 10.0), Row(2L, "Bob", 12.5)))
  }

  test("choice columns are structs in toDF and the frame-wide choice option resolves them") {
    val input = writeJson("""{"v": 1}""", """{"v": "x"}""")
    val frame = FrameReaders.json(TestSpark.session(), Seq(input).asJava, JsonReadOptions.DEFAULT)
    assert(frame.toDF().schema.simpleString == "struct<v:struct<int:int,string:string>>")

    val cols = frame.resolveChoice("make_cols")
    assert(cols.toDF().columns.toSeq == Seq("v_int", "v_string"))
  }
}
