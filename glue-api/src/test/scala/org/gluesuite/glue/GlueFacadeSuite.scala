package org.gluesuite.glue

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}

import scala.collection.JavaConverters._

import org.apache.spark.sql.Row
import org.gluesuite.catalog.{ConnectionInput, EntityNotFoundException}
import org.gluesuite.glue.examples.ExampleWorkspace
import org.gluesuite.glue.internal.JdbcSinks
import org.gluesuite.glue.types.{ArrayNode, LongNode, NullNode, ObjectNode, StringNode}
import org.gluesuite.glue.util.{GlueArgParser, Job, JsonOptions}
import org.gluesuite.common.args.JobArgumentException
import org.gluesuite.runtime.context.ContextErrors
import org.gluesuite.runtime.frame.{ErrorThresholdExceededException, FrameArgumentException}
import org.gluesuite.common.run.JobRunState
import org.gluesuite.runtime.testing.TestSpark
import org.scalatest.funsuite.AnyFunSuite

/** The facade's calls in one JVM, against a workspace catalog: Glue's names in, glue-runtime's behaviour out. */
class GlueFacadeSuite extends AnyFunSuite {

  private def spark = TestSpark.session()

  /** A GlueContext whose catalog is `workspace`'s, chosen as a user does: the Spark setting. */
  private def glueContext(workspace: ExampleWorkspace): GlueContext = {
    spark.conf.set("spark.glue_suite.catalog", s"embedded:${workspace.catalogDir}")
    try new GlueContext(spark.sparkContext) finally spark.conf.unset("spark.glue_suite.catalog")
  }

  private def writeLines(folder: Path, name: String, lines: String*): Path = {
    Files.createDirectories(folder)
    Files.write(folder.resolve(name), lines.mkString("", "\n", "\n").getBytes(StandardCharsets.UTF_8))
    folder
  }

  private def jsonSource(glue: GlueContext, folder: Path, transformationContext: String = ""): DataSource =
    glue.getSourceWithFormat(connectionType = "s3", options = JsonOptions(Map("paths" -> Seq(folder.toString))),
      transformationContext = transformationContext, format = "json")

  private def schemaOf(frame: DynamicFrame): String = frame.frame.schema().simpleString()

  private def published(folder: Path): Seq[Path] =
    if (!Files.exists(folder)) Seq.empty
    else Files.list(folder).iterator().asScala.filter(_.getFileName.toString.startsWith("part-")).toList

  test("JsonOptions holds options from a Scala map, a Java map or JSON text, and rejects what is not an object") {
    val fromMap = JsonOptions(Map("path" -> "s3://b/out", "partitionKeys" -> List("year", "month"),
      "enableUpdateCatalog" -> true, "topk" -> 5))
    assert(fromMap.toStringMap.asScala == Map("path" -> "s3://b/out", "partitionKeys" -> """["year","month"]""",
      "enableUpdateCatalog" -> "true", "topk" -> "5"))
    assert(fromMap == JsonOptions(fromMap.json))
    assert(new JsonOptions(Map[String, Any]("a" -> 1).asJava) == JsonOptions("""{"a": 1}"""))
    assert(JsonOptions.empty.isEmpty && JsonOptions.empty.keys.isEmpty)
    assert(fromMap.without("topk").keys == Seq("path", "partitionKeys", "enableUpdateCatalog"))
    val notObject = intercept[ContextErrors.InvalidOptionException](JsonOptions("[1, 2]").keys)
    assert(notObject.getMessage.contains("it is not a JSON object"))
    intercept[ContextErrors.InvalidOptionException](JsonOptions("{not json").keys)
    assert(intercept[ContextErrors.InvalidOptionException](fromMap.get("paths")).getMessage.contains("paths"))
  }

  test("a script's read, transforms with Glue's parameter names and defaults, and write") {
    val workspace = ExampleWorkspace.create("facade-script")
    val glue = glueContext(workspace)
    val input = writeLines(workspace.lake.resolve("orders"), "orders.json",
      """{"id": 1, "price": 10, "customer": {"name": "Ann", "city": "Oslo"}, "items": [{"sku": "a"}]}""",
      """{"id": 2, "price": "12.5", "customer": {"name": "Bob", "city": "Rome"}, "items": []}""",
      """{"id": 3, "price": 7, "customer": {"name": "Cy"}, "items": [{"sku": "b"}, {"sku": "c"}], "note": null}""")

    val orders = jsonSource(glue, input).getDynamicFrame()
    assert(schemaOf(orders) == "struct{id:int,price:choice{int,string},customer:struct{name:string,city:string}," +
      "items:array<struct{sku:string}>,note:null}")
    assert(orders.count() == 3 && orders.errorsCount() == 0)

    val mapped = orders.applyMapping(Seq(("id", "long", "order.id", "long"), ("customer.name", "string", "who",
      "string"), ("price", "choice", "price", "choice")))
    assert(schemaOf(mapped) == "struct{order:struct{id:long},who:string,price:choice{int,string}}")
    assert(schemaOf(mapped.resolveChoice(specs = Seq(("price", "cast:double")))) ==
      "struct{order:struct{id:long},who:string,price:double}")
    assert(schemaOf(mapped.resolveChoice(choiceOption = Some(ChoiceOption("make_cols")))) ==
      "struct{order:struct{id:long},who:string,price_int:int,price_string:string}")
    assert(schemaOf(orders.dropNulls().dropFields(Seq("items")).unnest()) ==
      "struct{id:int,price:choice{int,string},customer.name:string,customer.city:string}")
    assert(schemaOf(orders.renameField("customer.city", "customer.town").selectFields(Seq("customer"))) ==
      "struct{customer:struct{name:string,town:string}}")
    assert(orders.selectField("id").withName("ids").getName() == "ids")

    val Seq(cheap, rest) = orders.resolveChoice(specs = Seq(ResolveSpec("price", "cast:double")))
      .splitRows(paths = Seq("price"), values = Seq(10.0), operators = Seq("<="))
    assert(cheap.count() == 2 && rest.count() == 1)
    val Seq(ids, others) = orders.splitFields(Seq("id"))
    assert(schemaOf(ids) == "struct{id:int}" && !schemaOf(others).contains("id:"))

    val frames = DynamicFrameCollection(orders.dropNulls().relationalize("orders", "s3://unused/tmp"), glue)
    assert(frames.keys == Seq("orders", "orders_items"))
    assert(schemaOf(frames.select("orders_items")) == "struct{id:long,index:int,items.val.sku:string}")
    assert(frames.map(_.selectFields(Seq("id"))).values.map(schemaOf).toSeq == Seq("struct{id:int}", "struct{id:long}"))
    assert(intercept[NoSuchElementException](frames("nope")).getMessage.contains("orders, orders_items"))

    val out = workspace.s3("s3://bucket/out/orders")
    glue.getSinkWithFormat(connectionType = "s3", options = JsonOptions(Map("path" -> out.toString,
      "partitionKeys" -> Seq("who"))), format = "parquet").writeDynamicFrame(
      mapped.resolveChoice(specs = Seq(("price", "cast:double"))))
    val written = spark.read.parquet(out.toString)
    assert(written.count() == 3)
    assert(written.select("who").collect().map(_.getString(0)).toSet == Set("Ann", "Bob", "Cy"))
    assert(Files.isDirectory(out.resolve("who=Ann")))

    val fromDf = DynamicFrame(written.where("who = 'Ann'"), glue).withName("ann")
    assert(fromDf.count() == 1 && fromDf.getName() == "ann" && fromDf.toDF().columns.contains("who"))
  }

  test("resolveChoice with database and tableName takes the catalog table's types (match_catalog)") {
    val workspace = ExampleWorkspace.create("facade-match-catalog")
    writeLines(workspace.lake.resolve("shop").resolve("sales"), "sales.json", """{"id": 1, "price": 1.5}""",
      """{"id": 2, "price": 2.25}""")
    workspace.crawl("shop", "shop", "s3://shop/sales/")
    val glue = glueContext(workspace)
    val messy = jsonSource(glue, writeLines(workspace.root.resolve("messy"), "m.json", """{"id": 3, "price": 4}""",
      """{"id": 4, "price": "5.5"}""")).getDynamicFrame()

    val matched = messy.resolveChoice(choiceOption = Some(ChoiceOption(ChoiceOption.MATCH_CATALOG)),
      database = Some("shop"), tableName = Some("sales"))

    assert(schemaOf(matched) == "struct{id:int,price:double}")
    assert(matched.toDF().orderBy("id").collect().toSeq == Seq(Row(3, 4.0), Row(4, 5.5)))
    val bySpec = messy.resolveChoice(specs = Seq(("price", "match_catalog")), database = Some("shop"),
      tableName = Some("sales"))
    assert(schemaOf(bySpec) == "struct{id:int,price:double}")
  }

  test("map and filter take DynamicRecord functions; a record whose function throws is an error record, and a " +
    "stageThreshold bounds them while Glue's default 0 sets no limit") {
    val workspace = ExampleWorkspace.create("facade-records")
    val glue = glueContext(workspace)
    val frame = jsonSource(glue, writeLines(workspace.root.resolve("in"), "in.json", """{"id": 1, "v": "a1"}""",
      """{"id": 2, "v": ""}""", """{"id": 3, "v": "c3"}""", """{"id": 4, "v": ""}""", """{"id": 5}"""))
      .getDynamicFrame()

    val chopped = frame.map { rec =>
      rec.getField("v") match {
        case Some(s: String) => rec.addField("rest", StringNode(s.tail))
        case _ =>
      }
      rec.addField("meta.seen", LongNode(1L))
      rec
    }
    assert(chopped.count() == 3 && chopped.errorsCount() == 2 && chopped.stageErrorsCount() == 2)
    assert(schemaOf(chopped) == "struct{id:int,v:string,rest:string,meta:struct{seen:long}}")
    val errors = chopped.errorsAsDynamicFrame().toDF().collect()
    assert(errors.map(_.getAs[String]("message")).forall(_.contains("empty.tail")))

    // As in Glue, the threshold is checked when an action computes the frame.
    val bounded = intercept[ErrorThresholdExceededException](frame.map(rec => {
      rec.getField("v").collect { case s: String => rec.addField("rest", StringNode(s.tail)) }
      rec
    }, stageThreshold = 1).count())
    assert(bounded.getMessage.contains("map"))

    val kept = frame.filter(_.getField("v").exists(_ != null))
    assert(kept.count() == 4)
    val failing = frame.filter(rec => rec.getField("v").get.asInstanceOf[String].nonEmpty, errorMsg = "no v")
    assert(failing.count() == 2 && failing.stageErrorsCount() == 1)
    assert(failing.errorsAsDynamicFrame().toDF().collect().head.getAs[String]("info") == "no v")
  }

  test("DynamicRecord fields: present, null, absent; nodes in and out") {
    val record = DynamicRecord()
    record.addField("a.b", LongNode(5L))
    record.addField("tags", ArrayNode(Seq(StringNode("x"), StringNode("y"))))
    record.addField("gone", NullNode)
    assert(record.getField("a.b") == Some(5L))
    assert(record.getField("gone") == Some(null))
    assert(record.getField("missing").isEmpty)
    assert(record.getFieldNode("tags") == Some(ArrayNode(Seq(StringNode("x"), StringNode("y")))))
    assert(record.getFieldNode("a").exists(_.isInstanceOf[ObjectNode]))
    assert(record.dropField("a.b") == Some(LongNode(5L)) && record.getField("a.b").isEmpty)
    assert(record.toJson == """{"a":{},"tags":["x","y"],"gone":null}""")
    assert(record.fieldNames == Seq("a", "tags", "gone"))
  }

  test("Job.init and Job.commit: a bookmarked read sees only new files, sinks publish at commit, run records") {
    val workspace = ExampleWorkspace.create("facade-job")
    val glue = glueContext(workspace)
    val landing = writeLines(workspace.lake.resolve("landing"), "day1.json", """{"id": 1}""", """{"id": 2}""")
    val out = workspace.lake.resolve("out")
    def runOnce(): (Long, Seq[Path]) = {
      val args = GlueArgParser.getResolvedOptions(Array("--JOB_NAME", "facade-job", "--job-bookmark-option",
        "job-bookmark-enable", "--unused", "x"), Array("JOB_NAME"))
      Job.init(args("JOB_NAME"), glue, args.asJava)
      val read = jsonSource(glue, landing, transformationContext = "landing").getDynamicFrame()
      glue.getSinkWithFormat("s3", JsonOptions(Map("path" -> out.toString)), format = "json")
        .writeDynamicFrame(read)
      val beforeCommit = published(out)
      Job.commit()
      (read.count(), beforeCommit)
    }

    val (firstCount, firstStaged) = runOnce()
    assert(firstCount == 2 && firstStaged.isEmpty && !Job.isInitialized)
    assert(spark.read.json(out.toString).count() == 2)
    writeLines(landing, "day2.json", """{"id": 3}""")
    val (secondCount, _) = runOnce()
    assert(secondCount == 1)
    assert(spark.read.json(out.toString).count() == 3)
    val runs = workspace.root.resolve("runs").resolve("jobs").resolve("facade-job")
    val states = Files.list(runs).iterator().asScala.map(f => new String(Files.readAllBytes(f), StandardCharsets.UTF_8))
      .toSeq
    assert(states.size == 2 && states.forall(_.contains("\"" + JobRunState.SUCCEEDED + "\"")))
  }

  test("Job misuse and Job.reset: commit without init, init twice, reset drops what the run staged") {
    val workspace = ExampleWorkspace.create("facade-job-misuse")
    val glue = glueContext(workspace)
    assert(intercept[JobStateException](Job.commit()).getMessage.contains("without Job.init"))
    Job.init("misuse", glue)
    try {
      assert(intercept[JobStateException](Job.init("misuse", glue)).getMessage.contains("still open"))
      val runId = Job.runId
      glue.getSinkWithFormat("s3", JsonOptions(Map("path" -> workspace.lake.resolve("x").toString)), format = "json")
        .writeDynamicFrame(DynamicFrame(spark.sql("SELECT 1 AS id"), glue))
      Job.reset()
      assert(!Job.isInitialized && published(workspace.lake.resolve("x")).isEmpty)
      val record = new String(Files.readAllBytes(workspace.root.resolve("runs").resolve("jobs").resolve("misuse")
        .resolve(s"$runId.json")), StandardCharsets.UTF_8)
      assert(record.contains("FAILED") && record.contains("Job.reset()"))
    } finally Job.reset()
    assert(intercept[JobArgumentException](GlueArgParser.getResolvedOptions(Array("--JOB_NAME", "x"),
      Array("JOB_NAME", "city"))).getMessage.contains("--city"))
  }

  test("a script whose JVM ends between Job.init and Job.commit records the run FAILED and publishes nothing") {
    val workspace = ExampleWorkspace.create("facade-unfinished")
    for (ending <- Seq("return", "throw")) {
      val target = workspace.lake.resolve(s"out-$ending")
      val result = examples.ScriptJvm.run(workspace.root, "UnfinishedJob",
        Map("spark.glue_suite.catalog" -> s"embedded:${workspace.catalogDir}"),
        "--JOB_NAME", s"unfinished-$ending", "--target", target.toString, "--ending", ending)
      assert(result.exitCode == (if (ending == "throw") 1 else 0), result.describe)
      val runs = workspace.root.resolve("runs").resolve("jobs").resolve(s"unfinished-$ending")
      val records = Files.list(runs).iterator().asScala.toList
      assert(records.size == 1, result.describe)
      val record = new String(Files.readAllBytes(records.head), StandardCharsets.UTF_8)
      assert(record.contains("FAILED") && record.contains("without Job.commit()"), record)
      assert(published(target).isEmpty, s"$ending: ${Files.list(target).iterator().asScala.toList}")
    }
  }

  test("the catalog is chosen by one option: missing, from Job.init's arguments, and never switched") {
    val workspace = ExampleWorkspace.create("facade-catalog-choice")
    val unchosen = new GlueContext(spark.sparkContext)
    val missing = intercept[CatalogNotConfiguredException](unchosen.getCatalogSource("db", "t").getDynamicFrame())
    assert(missing.getMessage.contains("spark.glue_suite.catalog"))
    assert(missing.getMessage.contains("--glue_suite_catalog"))

    Job.init("choose", unchosen, Map("glue_suite_catalog" -> s"embedded:${workspace.catalogDir}").asJava)
    Job.commit()
    assert(Files.exists(workspace.catalogDir.resolve("glue-catalog.db")))
    val other = ExampleWorkspace.create("facade-catalog-other")
    val switched = intercept[JobStateException](Job.init("choose", unchosen,
      Map("glue_suite_catalog" -> s"embedded:${other.catalogDir}").asJava))
    assert(switched.getMessage.contains("already chosen"))
    val notInThisBuild = intercept[org.gluesuite.catalog.UnsupportedCatalogLocationException](Job.init("choose",
      new GlueContext(spark.sparkContext), Map("glue_suite_catalog" -> "glue:https://glue.example").asJava))
    assert(notInThisBuild.getMessage.contains("embedded:DIR"))
    val malformed = intercept[org.gluesuite.catalog.InvalidCatalogLocationException](Job.init("choose",
      new GlueContext(spark.sparkContext), Map("glue_suite_catalog" -> "/no/scheme").asJava))
    assert(malformed.getMessage.contains("--glue_suite_catalog '/no/scheme'"))
    assert(!Job.isInitialized)
  }

  test("calls this runtime cannot honour fail naming what to use instead") {
    val workspace = ExampleWorkspace.create("facade-unsupported")
    val glue = glueContext(workspace)
    val kinesis = intercept[UnsupportedGlueOptionException](glue.getSourceWithFormat("kinesis", JsonOptions.empty,
      format = "json"))
    assert(kinesis.getMessage.contains("connectionType 'kinesis'") && kinesis.getMessage.contains("s3"))
    assert(intercept[UnsupportedGlueOptionException](glue.getSourceWithFormat("s3",
      JsonOptions(Map("paths" -> Seq("/x"))))).getMessage.contains("format is required"))
    assert(intercept[UnsupportedGlueOptionException](glue.getSinkWithFormat("s3", JsonOptions(Map("path" -> "/x")),
      format = "parquet", formatOptions = JsonOptions(Map("compression" -> "gzip")))).getMessage
      .contains("[compression]"))
    assert(intercept[UnsupportedGlueOptionException](glue.getCatalogSource("db", "t", catalogId = "123456789012"))
      .getMessage.contains("123456789012"))
    assert(intercept[ContextErrors.InvalidOptionException](glue.getCatalogSource("db", "t",
      additionalOptions = JsonOptions(Map("boundedFiles" -> 10)))).getMessage.contains("boundedFiles"))
    assert(intercept[ContextErrors.InvalidOptionException](glue.getSourceWithFormat("s3",
      JsonOptions(Map("paths" -> Seq("/x"), "recurse" -> "maybe")), format = "json")).getMessage.contains("recurse"))
  }

  test("getCatalogSink writes into the table's location and, with enableUpdateCatalog, adds its partitions") {
    val workspace = ExampleWorkspace.create("facade-catalog-sink")
    writeLines(workspace.lake.resolve("shop").resolve("visits").resolve("day=01"), "v.json", """{"n": 1}""")
    writeLines(workspace.lake.resolve("shop").resolve("visits").resolve("day=03"), "v.json", """{"n": 3}""")
    workspace.crawl("shop", "shop", "s3://shop/visits/")
    val glue = glueContext(workspace)
    val day2 = DynamicFrame(spark.sql("SELECT 2L AS n, '02' AS day"), glue)

    glue.getCatalogSink("shop", "visits", additionalOptions = JsonOptions(Map("enableUpdateCatalog" -> true)))
      .writeDynamicFrame(day2)

    val all = glue.getCatalogSource("shop", "visits").getDynamicFrame()
    assert(all.toDF().orderBy("day").collect().toSeq.map(r => (r.getAs[Long]("n"), r.getAs[String]("day"))) ==
      Seq((1L, "01"), (2L, "02"), (3L, "03")))
    assert(workspace.withCatalog(_.getPartitions("shop", "visits").size()) == 3)
  }

  test("getJDBCSink writes through a catalog JDBC connection and says what is missing") {
    val workspace = ExampleWorkspace.create("facade-jdbc")
    val glue = glueContext(workspace)
    val db = workspace.root.resolve("store.db")
    workspace.withCatalog { c =>
      c.createConnection(ConnectionInput.jdbc("store", s"jdbc:sqlite:$db"))
      c.createConnection(new ConnectionInput("broken", null, "JDBC", Map.empty[String, String].asJava))
    }
    val rows = DynamicFrame(spark.sql("SELECT 1L AS id, 'a' AS name UNION ALL SELECT 2L, 'b'"), glue)

    glue.getJDBCSink("store", JsonOptions(Map("dbtable" -> "people", "database" -> "dev"))).writeDynamicFrame(rows)
    glue.getJDBCSink("store", JsonOptions(Map("dbtable" -> "people"))).writeDynamicFrame(rows)

    val jdbc = java.sql.DriverManager.getConnection(s"jdbc:sqlite:$db")
    try {
      val rs = jdbc.createStatement().executeQuery("SELECT COUNT(*), SUM(id) FROM people")
      assert(rs.next() && rs.getLong(1) == 4 && rs.getLong(2) == 6)
    } finally jdbc.close()
    assert(intercept[JdbcConnectionException](glue.getJDBCSink("store", JsonOptions(Map("database" -> "dev"))))
      .getMessage.contains("dbtable"))
    assert(intercept[EntityNotFoundException](glue.getJDBCSink("nowhere", JsonOptions(Map("dbtable" -> "t")))
      .writeDynamicFrame(rows)).getMessage.contains("nowhere"))
    assert(intercept[JdbcConnectionException](glue.getJDBCSink("broken", JsonOptions(Map("dbtable" -> "t")))
      .writeDynamicFrame(rows)).getMessage.contains("JDBC_CONNECTION_URL"))
    val nested = DynamicFrame(spark.sql("SELECT 1L AS id, named_struct('a', 1) AS s"), glue)
    assert(intercept[FrameArgumentException](glue.getJDBCSink("store", JsonOptions(Map("dbtable" -> "n")))
      .writeDynamicFrame(nested)).getMessage.contains("relationalize"))
    assert(JdbcSinks.url("jdbc:postgresql://host:5432/prod?ssl=true", Some("dev")) ==
      "jdbc:postgresql://host:5432/dev?ssl=true")
    assert(JdbcSinks.url("jdbc:sqlite:/data/w.db", Some("dev")) == "jdbc:sqlite:/data/w.db")
  }

  test("spigot writes a sample and passes the frame on; mergeDynamicFrames replaces records by key") {
    val workspace = ExampleWorkspace.create("facade-spigot")
    val glue = glueContext(workspace)
    val frame = DynamicFrame(spark.sql("SELECT id, CAST(id AS STRING) AS v FROM range(10)"), glue)
    val sample = workspace.root.resolve("sample")

    assert(frame.spigot(sample.toString, JsonOptions(Map("topk" -> 3))) eq frame)
    assert(spark.read.json(sample.toString).count() == 3)
    assert(intercept[ContextErrors.InvalidOptionException](frame.spigot(sample.toString,
      JsonOptions(Map("size" -> 3)))).getMessage.contains("size"))

    val staged = DynamicFrame(spark.sql("SELECT 3L AS id, 'three' AS v"), glue)
    val merged = frame.mergeDynamicFrames(staged, Seq("id"))
    assert(merged.count() == 10)
    assert(merged.toDF().where("id = 3").collect().head.getAs[String]("v") == "three")
    val unboxed = DynamicFrame(spark.sql("""SELECT '{"a": 1}' AS j"""), glue).unbox("j", "json")
    assert(schemaOf(unboxed) == "struct{j:struct{a:int}}")
  }
}
