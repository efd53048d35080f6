package org.gluesuite.crawler;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.gluesuite.crawler.scan.SkippedFile;

/** The per-run report: per table what changed, files skipped with reasons, and warnings about files that were used. */
public record CrawlReport(
    @JsonProperty("Tables") List<TableChange> tables,
    @JsonProperty("FilesSkipped") List<SkippedFile> filesSkipped,
    @JsonProperty("Warnings") List<SkippedFile> warnings,
    @JsonProperty("FilesListed") long filesListed,
    @JsonProperty("FilesSampled") long filesSampled,
    @JsonProperty("FoldersListed") long foldersListed) {

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
