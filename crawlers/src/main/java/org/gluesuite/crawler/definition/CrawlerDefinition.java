package org.gluesuite.crawler.definition;

import java.util.List;
import org.gluesuite.common.Immutable;

/**
 * A crawler, parsed once from a {@code CreateCrawler}-shaped JSON file and validated. {@code source} names
 * the file it came from (for messages); custom classifiers are resolved to their definitions, in order.
 */
public record CrawlerDefinition(String name, String databaseName, String description, List<S3Target> s3Targets,
    String tablePrefix, SchemaChangePolicy schemaChangePolicy, RecrawlBehavior recrawlBehavior,
    CrawlerConfiguration configuration, List<ClassifierDefinition> classifiers, String schedule, String source) {

  public CrawlerDefinition {
    s3Targets = List.copyOf(s3Targets);
    tablePrefix = tablePrefix == null ? "" : tablePrefix;
    schemaChangePolicy = schemaChangePolicy == null ? SchemaChangePolicy.DEFAULT : schemaChangePolicy;
    recrawlBehavior = recrawlBehavior == null ? RecrawlBehavior.CRAWL_EVERYTHING : recrawlBehavior;
    configuration = configuration == null ? CrawlerConfiguration.DEFAULT : configuration;
    classifiers = Immutable.list(classifiers);
  }

  /** A minimal definition (for code and tests): one database, these targets, Glue's defaults otherwise. */
  public static CrawlerDefinition of(String name, String databaseName, List<S3Target> targets) {
    return new CrawlerDefinition(name, databaseName, null, targets, "", null, null, null, null, null, name);
  }

  public CrawlerDefinition withTablePrefix(String prefix) {
    return new CrawlerDefinition(name, databaseName, description, s3Targets, prefix, schemaChangePolicy,
        recrawlBehavior, configuration, classifiers, schedule, source);
  }

  public CrawlerDefinition withSchemaChangePolicy(SchemaChangePolicy policy) {
    return new CrawlerDefinition(name, databaseName, description, s3Targets, tablePrefix, policy,
        recrawlBehavior, configuration, classifiers, schedule, source);
  }

  public CrawlerDefinition withRecrawlBehavior(RecrawlBehavior behavior) {
    return new CrawlerDefinition(name, databaseName, description, s3Targets, tablePrefix, schemaChangePolicy,
        behavior, configuration, classifiers, schedule, source);
  }

  public CrawlerDefinition withConfiguration(CrawlerConfiguration newConfiguration) {
    return new CrawlerDefinition(name, databaseName, description, s3Targets, tablePrefix, schemaChangePolicy,
        recrawlBehavior, newConfiguration, classifiers, schedule, source);
  }

  public CrawlerDefinition withClassifiers(List<ClassifierDefinition> newClassifiers) {
    return new CrawlerDefinition(name, databaseName, description, s3Targets, tablePrefix, schemaChangePolicy,
        recrawlBehavior, configuration, newClassifiers, schedule, source);
  }
}
