package org.gluesuite.schemas;

import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.schemas.json.DefinitionException;
import org.gluesuite.schemas.json.DefinitionNode;

/** Every user-facing error of declared schemas, made in one place: where, what is wrong, and how to fix it. */
public final class SchemaErrors {
  private SchemaErrors() {
  }

  public static DefinitionException badType(DefinitionNode column, InvalidTypeException e) {
    return column.error("Type", String.format("type '%s' is not a Glue type: %s (at character %d)", e.typeString(),
        e.reason(), e.position()), "Use boolean, tinyint, smallint, int, bigint, float, double, decimal(p,s) with "
        + "1 <= p <= 38 and 0 <= s <= p, string, char(n), varchar(n), date, timestamp, binary, array<T>, map<K,V> "
        + "(K primitive) or struct<name:T,...>.");
  }

  public static DefinitionException badFieldName(DefinitionNode column, String type, String field) {
    return column.error("Type", "struct field '" + field + "' in type '" + type + "' is not a valid name",
        "Glue (and Athena) names are 1-255 lower-case letters, digits and underscores.");
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

  public static IllegalStateException tableChangedMeanwhile(String table) {
    return new IllegalStateException("Table " + table + " changed while catalog apply was updating it. Run "
        + "'./glue-suite catalog apply' again.");
  }
}
