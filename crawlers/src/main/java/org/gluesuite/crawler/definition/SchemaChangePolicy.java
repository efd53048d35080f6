package org.gluesuite.crawler.definition;

/** Glue's {@code SchemaChangePolicy}; Glue's defaults are UPDATE_IN_DATABASE and DEPRECATE_IN_DATABASE. */
public record SchemaChangePolicy(UpdateBehavior updateBehavior, DeleteBehavior deleteBehavior) {
  public static final SchemaChangePolicy DEFAULT =
      new SchemaChangePolicy(UpdateBehavior.UPDATE_IN_DATABASE, DeleteBehavior.DEPRECATE_IN_DATABASE);

  public SchemaChangePolicy {
    updateBehavior = updateBehavior == null ? UpdateBehavior.UPDATE_IN_DATABASE : updateBehavior;
    deleteBehavior = deleteBehavior == null ? DeleteBehavior.DEPRECATE_IN_DATABASE : deleteBehavior;
  }

  /** CRAWL_NEW_FOLDERS_ONLY forces both behaviours to LOG, as Glue requires. */
  public SchemaChangePolicy effective(RecrawlBehavior recrawl) {
    return recrawl == RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY
        ? new SchemaChangePolicy(UpdateBehavior.LOG, DeleteBehavior.LOG) : this;
  }
}
