package org.gluesuite.dq;

import java.util.Map;

/**
 * A ruleset declared as code, in the shape of Glue's {@code CreateDataQualityRuleset} ({@code Name},
 * {@code Description}, {@code Ruleset}, {@code TargetTable {TableName, DatabaseName}}, {@code Tags}), parsed once:
 * {@code ruleset} is the DQDL already read by AWS's parser. {@code file} is where it was declared.
 */
public record RulesetDefinition(String name, String description, DqdlRuleset ruleset, String databaseName,
    String tableName, Map<String, String> tags, String file) {

  public RulesetDefinition {
    tags = Map.copyOf(tags);
  }

  /** Whether the ruleset is attached to {@code database.table}. */
  public boolean targets(String database, String table) {
    return database.equals(databaseName) && table.equals(tableName);
  }

  /** {@code database.table}, or null when the ruleset names no target table. */
  public String targetTable() {
    return tableName == null ? null : databaseName + "." + tableName;
  }
}
