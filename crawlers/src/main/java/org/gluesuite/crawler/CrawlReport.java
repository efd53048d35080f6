package org.gluesuite.crawler;

import java.util.List;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.crawler.scan.SkippedFile;

/** The per-run report: per table what changed, files skipped with reasons, and warnings about files that were used. */
@PascalCaseJson
public record CrawlReport(
    List<TableChange> tables,
    List<SkippedFile> filesSkipped,
    List<SkippedFile> warnings,
    long filesListed,
    long filesSampled,
    long foldersListed) {

  public CrawlReport {
    tables = List.copyOf(tables);
    filesSkipped = List.copyOf(filesSkipped);
    warnings = List.copyOf(warnings);
  }

  public TableChange table(String name) {
    return tables.stream().filter(t -> t.table().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + name + " in the report: " + tables));
  }
}
