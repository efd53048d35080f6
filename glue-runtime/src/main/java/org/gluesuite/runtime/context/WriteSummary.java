package org.gluesuite.runtime.context;

import java.util.List;

/**
 * What a sink wrote: rows (counted while writing, on the executors), the partitions written (values in
 * key order) and their folders, and whether the catalog table was created or updated.
 */
public record WriteSummary(String path, long rowsWritten, List<List<String>> partitions, List<String> folders,
    CatalogChange catalogChange) {

  public WriteSummary {
    partitions = List.copyOf(partitions);
    folders = List.copyOf(folders);
  }

  /**
   * What {@code enableUpdateCatalog} did to the table; {@code PENDING} inside a job run, where the catalog is
   * updated when the job commits (the run record has the final summaries).
   */
  public enum CatalogChange { NONE, TABLE_CREATED, TABLE_UPDATED, PARTITIONS_ONLY, PENDING }
}
