package org.gluesuite.schemas;

import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.catalog.types.InvalidTypeException;

/**
 * Every user-facing error of declared schemas, made in one place: where, what is wrong, and how to fix it. Problems
 * of a definition are recorded on its node (all are reported together); failures while applying are exceptions.
 */
public final class SchemaErrors {
  private SchemaErrors() {
  }

  /** A problem at {@code node}: what is wrong, then how to fix it. */
  static void at(DefinitionNode node, String what, String fix) {
    node.problem(what + ". " + fix);
  }

  /** A problem at {@code key} of {@code node}: what is wrong, then how to fix it. */
  static void at(DefinitionNode node, String key, String what, String fix) {
    node.problemAt(key, what + ". " + fix);
  }

  static void badType(DefinitionNode column, InvalidTypeException e) {
    at(column, "Type", String.format("type '%s' is not a Glue type: %s (at character %d)", e.typeString(),
        e.reason(), e.position()), "Use boolean, tinyint, smallint, int, bigint, float, double, decimal(p,s) with "
        + "1 <= p <= 38 and 0 <= s <= p, string, char(n), varchar(n), date, timestamp, binary, array<T>, map<K,V> "
        + "(K primitive) or struct<name:T,...>.");
  }

  static void badFieldName(DefinitionNode column, String type, String field) {
    at(column, "Type", "struct field '" + field + "' in type '" + type + "' is not a valid name",
        "Glue (and Athena) names are 1-255 lower-case letters, digits and underscores.");
  }

  static void partitionKeyIsColumn(DefinitionNode key, String name) {
    at(key, "Name", "partition key '" + name + "' is also a column in StorageDescriptor.Columns",
        "Glue keeps partition keys out of the columns: remove it from one of the two lists.");
  }

  static void duplicateColumn(DefinitionNode column, String name) {
    at(column, "Name", "column '" + name + "' is declared twice", "Give each column its own name.");
  }

  static void badName(DefinitionNode node, String key, String reason) {
    at(node, key, reason, "Glue (and Athena) names are 1-255 lower-case letters, digits and underscores.");
  }

  static void badLocation(DefinitionNode node, String location) {
    at(node, "Location", "location '" + location + "' is neither under ${lake} nor an absolute path",
        "Write ${lake}/db/table (the placeholder stands for the workspace's lake folder, or s3://bucket on AWS).");
  }

  static void badPlaceholder(DefinitionNode node, String key, String placeholder) {
    at(node, key, "unknown placeholder '" + placeholder + "'", "Only ${lake} is replaced here.");
  }

  public static ConcurrentModificationException tableChangedMeanwhile(String table) {
    return new ConcurrentModificationException("Table " + table + " changed while the declared schemas were being "
        + "applied to it, so this update was not made. Apply the definitions again: CatalogApply reads the table "
        + "anew and applies the difference.");
  }
}
