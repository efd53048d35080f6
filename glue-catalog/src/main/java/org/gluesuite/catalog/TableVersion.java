package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** Glue's {@code TableVersion}: one version of a table as {@code GetTableVersion(s)} return it. */
public record TableVersion(
    @JsonProperty("Table") Table table,
    @JsonProperty("VersionId") String versionId) {

  public TableVersion {
    Objects.requireNonNull(table, "TableVersion.Table");
    Objects.requireNonNull(versionId, "TableVersion.VersionId");
  }
}
