package org.gluesuite.catalog;

/**
 * The name of a catalog resource as the resource part of its Glue ARN ({@code arn:aws:glue:REGION:ACCOUNT:} followed
 * by it): {@code database/sales}, {@code table/sales/orders}, {@code connection/warehouse}. Tags are kept under it.
 */
public final class CatalogResource {
  private CatalogResource() {
  }

  public static String database(String name) {
    return "database/" + CatalogNames.database(name);
  }

  public static String table(String databaseName, String tableName) {
    return "table/" + CatalogNames.database(databaseName) + "/" + CatalogNames.table(tableName);
  }

  public static String connection(String name) {
    return "connection/" + CatalogNames.normalize("connection", name);
  }
}
