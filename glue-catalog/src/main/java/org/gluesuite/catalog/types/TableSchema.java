package org.gluesuite.catalog.types;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;

/**
 * A table's typed shape: its columns, then its partition keys, each type parsed from the catalog's type string.
 * A row read from the table has the columns followed by the partition keys ({@link #rowType()}).
 */
public record TableSchema(List<Field> columns, List<Field> partitionKeys) implements Serializable {
  /** No table: resolveChoice's {@code match_catalog} fails with this one. */
  public static final TableSchema NONE = new TableSchema(List.of(), List.of());

  public TableSchema {
    columns = List.copyOf(columns);
    partitionKeys = List.copyOf(partitionKeys);
  }

  /** @throws InvalidTypeException naming the table and the column whose type does not parse */
  public static TableSchema of(Table table) {
    List<Column> columns = table.storageDescriptor() == null ? List.of() : table.storageDescriptor().columns();
    return of("table " + table.qualifiedName(), columns, table.partitionKeys());
  }

  /**
   * @param owner what the columns belong to, for messages: "table sales.orders", "partition [2024] of table s.o"
   * @throws InvalidTypeException naming {@code owner} and the column whose type does not parse
   */
  public static TableSchema of(String owner, List<Column> columns, List<Column> partitionKeys) {
    return new TableSchema(fields("column", owner, columns), fields("partition key", owner, partitionKeys));
  }

  /** The columns (without partition keys) as a struct. */
  public StructType columnsType() {
    return new StructType(columns);
  }

  /** What a row of the table holds: the columns, then the partition keys. */
  public StructType rowType() {
    List<Field> all = new ArrayList<>(columns);
    all.addAll(partitionKeys);
    return new StructType(all);
  }

  /**
   * Catalog columns for fields: each type in its canonical catalog form, a type never seen with a value as
   * {@code string} ({@link TypeMerger#nullsAsString}).
   */
  public static List<Column> catalogColumns(List<Field> fields) {
    return fields.stream().map(f -> Column.of(f.name(), TypeMerger.nullsAsString(f.type()).catalogString()))
        .toList();
  }

  private static List<Field> fields(String kind, String owner, List<Column> columns) {
    List<Field> fields = new ArrayList<>(columns.size());
    for (Column c : columns) {
      String where = kind + " '" + c.name() + "'" + (owner == null ? "" : " of " + owner);
      fields.add(new Field(c.name(), TypeParser.catalogType(c.type(), where)));
    }
    return fields;
  }
}
