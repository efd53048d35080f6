package org.gluesuite.crawler.definition;

import org.gluesuite.common.json.DefinitionNode;

/** Reads the {@code Configuration} JSON string (or, for convenience, the same object inline). */
final class ConfigurationReader {
  private ConfigurationReader() {
  }

  static CrawlerConfiguration read(DefinitionNode value) {
    if (!value.isPresent()) {
      return CrawlerConfiguration.DEFAULT;
    }
    DefinitionNode root = value.embeddedObject().allowOnly("Version", "CrawlerOutput", "Grouping",
        "CreatePartitionIndex");
    boolean merge = false;
    boolean inherit = false;
    DefinitionNode output = root.optionalObject("CrawlerOutput").orElse(null);
    if (output != null) {
      output.allowOnly("Tables", "Partitions");
      merge = output.optionalObject("Tables").map(t -> t.allowOnly("AddOrUpdateBehavior", "TableThreshold"))
          .map(t -> is(t, "AddOrUpdateBehavior", "MergeNewColumns")).orElse(false);
      inherit = output.optionalObject("Partitions").map(p -> p.allowOnly("AddOrUpdateBehavior"))
          .map(p -> is(p, "AddOrUpdateBehavior", "InheritFromTable")).orElse(false);
    }
    DefinitionNode grouping = root.optionalObject("Grouping").orElse(null);
    boolean combine = false;
    Integer level = null;
    if (grouping != null) {
      grouping.allowOnly("TableGroupingPolicy", "TableLevelConfiguration");
      combine = is(grouping, "TableGroupingPolicy", "CombineCompatibleSchemas");
      level = grouping.integer("TableLevelConfiguration", 1, 100);
    }
    return new CrawlerConfiguration(merge, inherit, combine, level);
  }

  /** True when {@code key} holds the one value Glue accepts there; any other value is a problem. */
  private static boolean is(DefinitionNode node, String key, String only) {
    String value = node.optionalString(key).orElse(null);
    if (value != null && !only.equals(value)) {
      node.problemAt(key, "'" + value + "' is not a valid value: Glue accepts only " + only + " here");
    }
    return only.equals(value);
  }
}
