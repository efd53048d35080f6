package org.gluesuite.crawler;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.S3Target;

/** A workspace (lake, catalog, crawler state) in a temporary folder, and helpers to crawl it. */
final class CrawlFixture implements AutoCloseable {
  final Path workspace;
  final Lake lake;
  final DataCatalog catalog;
  final CrawlerService service;

  CrawlFixture(Path workspace) {
    this.workspace = workspace;
    this.lake = new Lake(workspace.resolve("lake"));
    this.catalog = EmbeddedCatalog.open(workspace.resolve("catalog"));
    this.service = CrawlerService.create(catalog, CrawlContext.forWorkspace(workspace, workspace.resolve("defs")));
  }

  /** A crawler named {@code name} over {@code s3://bucket/<path>} for each path, into database {@code db}. */
  static CrawlerDefinition crawler(String name, String... paths) {
    return CrawlerDefinition.of(name, "db", java.util.Arrays.stream(paths).map(p -> S3Target.of("s3://bucket/" + p))
        .toList());
  }

  CrawlResult crawl(CrawlerDefinition definition) {
    return service.crawl(definition);
  }

  Table table(String name) {
    return catalog.getTable("db", name);
  }

  List<String> tableNames() {
    return catalog.getTables("db").stream().map(Table::name).sorted().toList();
  }

  /** A table's columns as "name:type" joined by commas. */
  String columns(String table) {
    return render(table(table).storageDescriptor().columns());
  }

  String partitionKeys(String table) {
    return render(table(table).partitionKeys()).replace(":string", "");
  }

  static String render(List<Column> columns) {
    return columns.stream().map(c -> c.name() + ":" + c.type()).collect(Collectors.joining(","));
  }

  @Override
  public void close() {
    catalog.close();
  }
}
