package org.gluesuite.glue.examples

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import java.security.MessageDigest

import scala.collection.JavaConverters._

import org.apache.spark.sql.DataFrame
import org.gluesuite.catalog.ConnectionInput
import org.gluesuite.runtime.testing.TestSpark
import org.scalatest.funsuite.AnyFunSuite

/**
 * AWS's published Scala examples (aws-samples/aws-glue-samples, `examples/<Name>.scala`), ported by changing only their
 * imports (`com.amazonaws.services.glue` to `org.gluesuite.glue`; the sources are under `src/test/scala/aws_examples`),
 * each run as spark-submit would run it, on generated data of the documented shape crawled into a catalog, with
 * the example's `s3://glue-sample-target/` outputs mapped to a local folder. The assertions are the behaviour the
 * examples' documents show.
 */
class PublishedExamplesSuite extends AnyFunSuite {

  private def spark = TestSpark.session()

  private def run(workspace: ExampleWorkspace, mainClass: String, settings: Map[String, String] = Map.empty)
      : ScriptJvm.Result = {
    val result = ScriptJvm.run(workspace.root, mainClass,
      Map("spark.glue_suite.catalog" -> s"embedded:${workspace.catalogDir}") ++
        ScriptJvm.s3Mapping(workspace.lake, "glue-sample-target") ++ settings)
    assert(result.exitCode == 0, result.describe)
    result
  }

  /** The top-level fields a printSchema printed, in order (after `marker` when given). */
  private def printedFields(stdout: String, marker: String = ""): Seq[String] = {
    val lines = stdout.linesIterator.toSeq
    val from = if (marker.isEmpty) 0 else lines.indexWhere(_.contains(marker)) + 1
    lines.drop(from).dropWhile(_ != "root").drop(1).takeWhile(_.startsWith("|"))
      .filter(_.startsWith("|-- ")).map(_.stripPrefix("|-- ").takeWhile(_ != ':'))
  }

  private def outputs(workspace: ExampleWorkspace, name: String): Path =
    workspace.s3(s"s3://glue-sample-target/output-dir/$name")

  private def jsonOutput(workspace: ExampleWorkspace, name: String): DataFrame =
    spark.read.json(outputs(workspace, name).toString)

  test("the ported examples differ from AWS's only in their import lines") {
    // SHA-256 of every line but the imports, of the files as published (aws-samples/aws-glue-samples 4fc5c2f).
    val published = Map(
      "JoinAndRelationalize" -> "45172be794097b498b124de86474a9fe203efbe23c9921999972e5a7a079b628",
      "ResolveChoice" -> "66bd9e4cc9db8f27b9680220bd4557c63535bc49f88d2197b7819f956a337aa3",
      "DataCleaningLambda" -> "2dac8c1d172c72a24c8bc31beec0a6d954994845cbfbe3d7b062a7fbaaab5abc")
    published.foreach { case (example, digest) =>
      val source = new String(Files.readAllBytes(Path.of("src", "test", "scala", "aws_examples", s"$example.scala")),
        StandardCharsets.UTF_8)
      val body = source.split("\n", -1).filterNot(_.startsWith("import ")).mkString("\n")
      val sha = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))
        .map(b => f"${b & 0xff}%02x").mkString
      assert(sha == digest, s"$example.scala changed beyond its imports")
      assert(source.split("\n").filter(_.startsWith("import ")).forall(i =>
        i.startsWith("import org.gluesuite.glue") || i.startsWith("import org.apache.spark")), example)
    }
  }

  test("JoinAndRelationalize: the joined history has one links and one image; relationalize gives the six " +
    "documented frames, written through the catalog's JDBC connection") {
    val workspace = ExampleWorkspace.create("join-relationalize")
    val data = ExampleData.legislators(workspace.lake)
    workspace.crawl("legislators", "legislators", "s3://awsglue-datasets/examples/us-legislators/all")
    val database = Files.createDirectories(workspace.root.resolve("redshift")).resolve("dev.db")
    workspace.withCatalog(_.createConnection(ConnectionInput.jdbc("test-redshift-3", s"jdbc:sqlite:$database")))

    val result = run(workspace, "JoinAndRelationalize")

    val fields = printedFields(result.stdout, "Writing to /legislator_history")
    assert(fields.count(_ == "links") == 1 && fields.count(_ == "image") == 1, result.describe)
    assert(fields.sorted == Seq("role", "seats", "org_name", "links", "type", "sort_name", "area_id", "images",
      "on_behalf_of_id", "other_names", "contact_details", "name", "birth_date", "organization_id", "gender",
      "classification", "death_date", "legislative_period_id", "identifiers", "image", "given_name", "family_name",
      "id", "start_date", "end_date").sorted, result.describe)
    val history = spark.read.parquet(outputs(workspace, "legislator_history").toString)
    assert(history.count() == data.memberships)
    assert(history.schema("links").dataType.simpleString == "array<struct<note:string,url:string>>")
    // The script writes the whole history to legislator_single twice: as it is, then partitioned by org_name.
    val single = outputs(workspace, "legislator_single")
    val partitions = Files.list(single).iterator().asScala.filter(_.getFileName.toString.startsWith("org_name="))
      .toSeq
    assert(partitions.map(_.getFileName.toString).sorted == Seq("org_name=House of Representatives",
      "org_name=Senate"))
    assert(partitions.map(p => spark.read.parquet(p.toString).count()).sum == data.memberships)

    val jdbc = java.sql.DriverManager.getConnection(s"jdbc:sqlite:$database")
    try {
      def query(sql: String): Seq[Seq[String]] = {
        val rs = jdbc.createStatement().executeQuery(sql)
        val columns = rs.getMetaData.getColumnCount
        Iterator.continually(rs).takeWhile(_.next()).map(r => (1 to columns).map(i => r.getString(i))).toList
      }
      def columns(table: String): Seq[String] = query(s"PRAGMA table_info('$table')").map(_(1))
      assert(query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map(_.head) ==
        Seq("hist_root", "hist_root_contact_details", "hist_root_identifiers", "hist_root_images", "hist_root_links",
          "hist_root_other_names"))
      assert(columns("hist_root_contact_details") ==
        Seq("id", "index", "contact_details.val.type", "contact_details.val.value"))
      assert(columns("hist_root_links") == Seq("id", "index", "links.val.note", "links.val.url"))
      assert(columns("hist_root").count(_ == "links") == 1 && columns("hist_root").contains("contact_details"))
      assert(query("SELECT COUNT(*) FROM hist_root").head.head.toLong == data.memberships)
      // Every element row belongs to the root row whose array column holds its id.
      assert(query("SELECT COUNT(*) FROM hist_root_contact_details d LEFT JOIN hist_root r " +
        "ON r.contact_details = d.id WHERE r.id IS NULL").head.head == "0")
      assert(query("SELECT COUNT(DISTINCT id) FROM hist_root_contact_details").head.head.toLong == data.memberships)
    } finally jdbc.close()
  }

  test("ResolveChoice: provider id is a choice of long and string, resolved by cast, project, make_cols and " +
    "make_struct; Spark SQL over toDF comes back with DynamicFrame(df, glueContext)") {
    val workspace = ExampleWorkspace.create("resolve-choice")
    val data = ExampleData.medicare(workspace.lake)
    workspace.crawl("medicare", "medicare", "s3://awsglue-datasets/examples/medicare/")

    run(workspace, "ResolveChoice")

    val cast = jsonOutput(workspace, "medicare_json_cast")
    assert(cast.count() == data.rows)
    assert(cast.where("`provider id` IS NULL").count() == data.stringProviderIds)
    assert(cast.schema("provider id").dataType.simpleString == "bigint")
    val project = jsonOutput(workspace, "medicare_json_project")
    assert(project.count() == data.rows)
    assert(project.where("`provider id` IS NOT NULL").count() == data.rows - data.stringProviderIds)
    val cols = jsonOutput(workspace, "medicare_json_make_cols")
    assert(cols.columns.contains("provider id_long") && cols.columns.contains("provider id_string"))
    assert(!cols.columns.contains("provider id"))
    assert(cols.where("`provider id_string` IS NOT NULL").select("`provider id_string`").collect().map(_.getString(0))
      .toSet == Set("INC", "INC- ST JOSEPH"))
    val struct = jsonOutput(workspace, "medicare_json_make_struct")
    assert(struct.schema("provider id").dataType.simpleString == "struct<long:bigint,string:string>")
    val sql = jsonOutput(workspace, "medicare_json_sql")
    val discharges = spark.read.option("header", "true").option("inferSchema", "true")
      .csv(workspace.lake.resolve(ExampleData.MedicarePrefix).toString)
    assert(sql.count() == discharges.where("`Total Discharges` > 30").count())
    assert(sql.count() > 0 && sql.count() < data.rows)
  }

  test("DataCleaningLambda: cast, filter and a map of DynamicRecords that chops the dollar sign, with the failing " +
    "record kept as an error record, then applyMapping nests into provider and charges") {
    val workspace = ExampleWorkspace.create("data-cleaning")
    val data = ExampleData.medicare(workspace.lake)
    workspace.crawl("payments", "payments", "s3://awsglue-datasets/examples/medicare/")

    val result = run(workspace, "DataCleaningLambda")

    val kept = data.rows - data.stringProviderIds - data.emptyCoveredCharges
    assert(result.stdout.linesIterator.contains(s"count: $kept errors: ${data.emptyCoveredCharges}"), result.describe)
    assert(printedFields(result.stdout).takeRight(3) == Seq("ACC", "ATP", "AMP"), result.describe)
    assert(result.stdout.contains("empty.tail"), result.describe)
    val nested = spark.read.parquet(outputs(workspace, "medicare_parquet").toString)
    assert(nested.count() == kept)
    assert(nested.schema.simpleString == "struct<drg:string,provider:struct<id:bigint,name:string,city:string," +
      "state:string,zip:bigint>,rr:string,charges:struct<covered:double,total_pay:double,medicare_pay:double>>")
    val first = nested.where("provider.id = 10001").select("charges.covered").collect()
    val source = spark.read.option("header", "true").csv(workspace.lake.resolve(ExampleData.MedicarePrefix).toString)
      .where("`Provider Id` = '10001'").select("`Average Covered Charges`").collect()
    assert(first.map(_.getDouble(0)).toSeq == source.map(_.getString(0).stripPrefix("$").toDouble).toSeq)
  }
}
