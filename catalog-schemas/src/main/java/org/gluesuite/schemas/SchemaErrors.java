package org.gluesuite.schemas;

import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.schemas.json.DefinitionException;
import org.gluesuite.schemas.json.DefinitionNode;

/** Every user-facing error of declared schemas, made in one place: where, what is wrong, and how to fix it. */
public final class SchemaErrors {
  private SchemaErrors() {
  }

  public static DefinitionException badType(DefinitionNode column, String type, int position, String why) {
    return column.error("Type", String.format("type '%s' is not a Glue type (%s, at character %d)", type, why,
        position), "Use string, bigint, int, double, boolean, date, timestamp, decimal(p,s) with 1 <= p <= 38 and "
        + "0 <= s <= p, array<T>, map<K,V> (K primitive) or struct<name:T,...>, in lower case.");
  }

  public static DefinitionException partitionKeyIsColumn(DefinitionNode key, String name) {
    return key.error("Name", "partition key '" + name + "' is also a column in StorageDescriptor.Columns",
        "Glue keeps partition keys out of the columns: remove it from one of the two lists.");
  }

  public static DefinitionException duplicateColumn(DefinitionNode column, String name) {
    return column.error("Name", "column '" + name + "' is declared twice", "Give each column its own name.");
  }

  public static DefinitionException badName(DefinitionNode node, String key, String reason) {
    return node.error(key, reason, "Glue (and Athena) names are 1-255 lower-case letters, digits and underscores.");
  }

  public static DefinitionException badLocation(DefinitionNode node, String location) {
    return node.error("Location", "location '" + location + "' is neither under ${lake} nor an absolute path",
        "Write ${lake}/db/table (the placeholder stands for the workspace's lake folder, or s3://bucket on AWS).");
  }

  public static DefinitionException badPlaceholder(DefinitionNode node, String key, String placeholder) {
    return node.error(key, "unknown placeholder '" + placeholder + "'", "Only ${lake} is replaced here.");
  }

  public static DefinitionException projection(DefinitionNode node, String key, String what, String fix) {
    return node.error(key, what, fix);
  }

  public static ConcurrentModificationException tableChangedMeanwhile(String table) {
    return new ConcurrentModificationException("Table " + table + " changed while the declared schemas were being "
        + "applied to it, so this update was not made. Apply the definitions again: CatalogApply reads the table "
        + "anew and applies the difference.");
  }
}
