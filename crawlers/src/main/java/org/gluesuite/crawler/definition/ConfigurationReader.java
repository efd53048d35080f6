package org.gluesuite.crawler.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.gluesuite.crawler.CrawlerErrors;

/** Reads the {@code Configuration} JSON string (or, for convenience, the same object inline). */
final class ConfigurationReader {
  private static final String PATH = "$.Configuration";

  private ConfigurationReader() {
  }

  static CrawlerConfiguration read(String file, JsonNode value) {
    if (value == null || value.isNull()) {
      return CrawlerConfiguration.DEFAULT;
    }
    JsonNode node = value;
    if (value.isTextual()) {
      try {
        node = DefinitionReader.JSON.readTree(value.asText());
      } catch (IOException e) {
        throw CrawlerErrors.badValue(file, PATH, value.asText(), "it is not a JSON object string");
      }
    }
    JsonFields root = new JsonFields(file, PATH, node, "Version", "CrawlerOutput", "Grouping",
        "CreatePartitionIndex");
    JsonFields output = root.object("CrawlerOutput", "Tables", "Partitions");
    boolean merge = false;
    boolean inherit = false;
    if (output != null) {
      JsonFields tables = output.object("Tables", "AddOrUpdateBehavior", "TableThreshold");
      merge = tables != null && expect(tables, "MergeNewColumns");
      JsonFields partitions = output.object("Partitions", "AddOrUpdateBehavior");
      inherit = partitions != null && expect(partitions, "InheritFromTable");
    }
    JsonFields grouping = root.object("Grouping", "TableGroupingPolicy", "TableLevelConfiguration");
    boolean combine = grouping != null && grouping.has("TableGroupingPolicy")
        && expectValue(grouping, "TableGroupingPolicy", "CombineCompatibleSchemas");
    Integer level = grouping == null ? null : grouping.integer("TableLevelConfiguration", 1, 100);
    return new CrawlerConfiguration(merge, inherit, combine, level);
  }

  private static boolean expect(JsonFields fields, String only) {
    return fields.has("AddOrUpdateBehavior") && expectValue(fields, "AddOrUpdateBehavior", only);
  }

  private static boolean expectValue(JsonFields fields, String key, String only) {
    String value = fields.string(key, true);
    if (!only.equals(value)) {
      throw CrawlerErrors.badEnum(fields.file(), fields.pathOf(key), value, java.util.List.of(only));
    }
    return true;
  }
}
