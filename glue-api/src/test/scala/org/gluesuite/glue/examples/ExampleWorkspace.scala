package org.gluesuite.glue.examples

import java.nio.file.{Files, Path}

import scala.collection.JavaConverters._

import org.gluesuite.catalog.DataCatalog
import org.gluesuite.catalog.embedded.EmbeddedCatalog
import org.gluesuite.crawler.{CrawlContext, CrawlState, CrawlerService}
import org.gluesuite.crawler.definition.{CrawlerDefinition, S3Target}
import org.gluesuite.runtime.testing.TestSpark

/**
 * A glue-suite workspace for the published examples: `lake/` stands in for S3 (the crawler reads
 * `s3://bucket/key` at `lake/bucket/key`, and the examples' `s3://` outputs are mapped under it too), `catalog/`
 * is the Data Catalog the crawlers fill.
 */
final class ExampleWorkspace private (val root: Path) {
  val lake: Path = root.resolve("lake")
  val catalogDir: Path = root.resolve("catalog")

  /** Runs a crawler over `s3Path` into `database`, as a user would with a CreateCrawler definition. */
  def crawl(name: String, database: String, s3Path: String): Unit = {
    val catalog: DataCatalog = EmbeddedCatalog.open(catalogDir)
    try {
      val result = CrawlerService.create(catalog, CrawlContext.forWorkspace(root, root.resolve("definitions")))
        .crawl(CrawlerDefinition.of(name, database, List(S3Target.of(s3Path)).asJava))
      require(result.status() == CrawlState.SUCCEEDED, s"crawler $name failed: $result")
    } finally catalog.close()
  }

  def withCatalog[T](f: DataCatalog => T): T = {
    val catalog = EmbeddedCatalog.open(catalogDir)
    try f(catalog) finally catalog.close()
  }

  /** A local folder of the lake that an `s3://bucket/key` path maps to. */
  def s3(path: String): Path = lake.resolve(path.stripPrefix("s3://"))
}

object ExampleWorkspace {
  def create(prefix: String): ExampleWorkspace = {
    val root = TestSpark.newFolder(prefix)
    Files.createDirectories(root.resolve("lake"))
    new ExampleWorkspace(root)
  }
}
