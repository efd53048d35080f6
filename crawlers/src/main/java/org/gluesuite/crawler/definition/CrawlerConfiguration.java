package org.gluesuite.crawler.definition;

/**
 * The crawler's {@code Configuration} JSON string, resolved once: {@code CrawlerOutput.Tables
 * .AddOrUpdateBehavior = MergeNewColumns}, {@code CrawlerOutput.Partitions.AddOrUpdateBehavior =
 * InheritFromTable}, {@code Grouping.TableGroupingPolicy = CombineCompatibleSchemas} and
 * {@code Grouping.TableLevelConfiguration} (null when not set).
 */
public record CrawlerConfiguration(boolean mergeNewColumns, boolean inheritFromTable,
    boolean combineCompatibleSchemas, Integer tableLevel) {
  public static final CrawlerConfiguration DEFAULT = new CrawlerConfiguration(false, false, false, null);
}
