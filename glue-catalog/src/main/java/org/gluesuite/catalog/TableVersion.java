package org.gluesuite.catalog;

import java.util.Objects;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code TableVersion}: one version of a table as {@code GetTableVersion(s)} return it. */
@PascalCaseJson
public record TableVersion(Table table, String versionId) {

  public TableVersion {
    Objects.requireNonNull(table, "TableVersion.Table");
    Objects.requireNonNull(versionId, "TableVersion.VersionId");
  }
}
