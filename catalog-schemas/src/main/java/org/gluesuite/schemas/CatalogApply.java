package org.gluesuite.schemas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.types.ColumnDiff;

/**
 * Applies declared schemas to a catalog, idempotently: missing databases and tables are created, differing
 * ones updated (tables with Glue's {@code VersionId} check), equal ones left alone. {@link #plan} computes the
 * same changes without making them. Partitions are never touched.
 */
public final class CatalogApply {
  private final DataCatalog catalog;
  private final Path lake;

  public CatalogApply(DataCatalog catalog, Path lake) {
    this.catalog = catalog;
    this.lake = lake;
  }

  public List<SchemaChange> plan(SchemaDefinitions definitions) {
    return run(definitions, false);
  }

  public List<SchemaChange> apply(SchemaDefinitions definitions) {
    return run(definitions, true);
  }

  private List<SchemaChange> run(SchemaDefinitions definitions, boolean write) {
    List<SchemaChange> changes = new ArrayList<>();
    for (DeclaredDatabase declared : definitions.databases()) {
      DatabaseInput input = resolved(declared.input());
      Database existing = findDatabase(input.name());
      if (existing == null) {
        if (write) {
          catalog.createDatabase(input);
        }
        changes.add(new SchemaChange(SchemaChange.Kind.CREATE, "database " + input.name(), List.of()));
        continue;
      }
      List<String> differences = differences(existing, input);
      if (write && !differences.isEmpty()) {
        catalog.updateDatabase(input.name(), input);
      }
      changes.add(new SchemaChange(differences.isEmpty() ? SchemaChange.Kind.UNCHANGED : SchemaChange.Kind.UPDATE,
          "database " + input.name(), differences));
    }
    for (DeclaredTable declared : definitions.tables()) {
      changes.add(table(declared, write));
    }
    return changes;
  }

  private SchemaChange table(DeclaredTable declared, boolean write) {
    TableInput input = resolved(declared.input());
    String name = "table " + declared.qualifiedName();
    Table existing = findTable(declared.databaseName(), input.name());
    if (existing == null) {
      if (write) {
        catalog.createTable(declared.databaseName(), input);
      }
      List<String> columns = input.storageDescriptor().columns().stream().map(c -> c.name() + " " + c.type()).toList();
      return new SchemaChange(SchemaChange.Kind.CREATE, name, List.of("columns " + columns, "partition keys "
          + input.partitionKeys().stream().map(c -> c.name() + " " + c.type()).toList(), "location "
          + input.storageDescriptor().location()));
    }
    List<String> differences = differences(existing.toInput(), input);
    if (write && !differences.isEmpty()) {
      try {
        catalog.updateTable(declared.databaseName(), input, existing.versionId());
      } catch (ConcurrentModificationException e) {
        throw SchemaErrors.tableChangedMeanwhile(declared.qualifiedName());
      }
    }
    return new SchemaChange(differences.isEmpty() ? SchemaChange.Kind.UNCHANGED : SchemaChange.Kind.UPDATE, name,
        differences);
  }

  /** Human-readable differences between a database as it is and as declared. */
  public static List<String> differences(Database current, DatabaseInput declared) {
    List<String> differences = new ArrayList<>();
    diff(differences, "Description", current.description(), declared.description());
    diff(differences, "LocationUri", current.locationUri(), declared.locationUri());
    diffMap(differences, "Parameters", current.parameters(), declared.parameters());
    return differences;
  }

  /** Human-readable differences between a table as it is and as declared. */
  public static List<String> differences(TableInput current, TableInput declared) {
    List<String> differences = new ArrayList<>();
    StorageDescriptor now = current.storageDescriptor();
    StorageDescriptor wanted = declared.storageDescriptor();
    differences.addAll(lines("column", ColumnDiff.between(now == null ? List.of() : now.columns(), wanted.columns())));
    differences.addAll(lines("partition key", ColumnDiff.between(current.partitionKeys(), declared.partitionKeys())));
    if (now != null) {
      diff(differences, "Location", now.location(), wanted.location());
      diff(differences, "InputFormat", now.inputFormat(), wanted.inputFormat());
      diff(differences, "OutputFormat", now.outputFormat(), wanted.outputFormat());
      diff(differences, "SerdeInfo", now.serdeInfo(), wanted.serdeInfo());
      diffMap(differences, "StorageDescriptor.Parameters", now.parameters(), wanted.parameters());
      if (now.compressed() != wanted.compressed()) {
        differences.add("Compressed: " + now.compressed() + " → " + wanted.compressed());
      }
    }
    diff(differences, "Description", current.description(), declared.description());
    diff(differences, "TableType", current.tableType(), declared.tableType());
    diffMap(differences, "Parameters", current.parameters(), declared.parameters());
    if (ColumnDiff.between(current.partitionKeys(), declared.partitionKeys()).isEmpty()
        && !current.partitionKeys().equals(declared.partitionKeys())) {
      differences.add("partition key order or comments");
    }
    List<Column> nowColumns = now == null ? List.of() : now.columns();
    Map<String, Column> byName = new LinkedHashMap<>();
    nowColumns.forEach(c -> byName.put(c.name(), c));
    for (Column column : wanted.columns()) {
 Column existing = byName.get(column.name());
      if (existing != null && ColumnDiff.sameType(existing.type(), column.type())
          && !Objects.equals(existing.comment(), column.comment())) {
        differences.add("~ column " + column.name() + " comment: " + (existing.comment() == null ? "(none)"
            : "\"" + existing.comment() + "\"") + " → " + (column.comment() == null ? "(none)"
            : "\"" + column.comment() + "\""));
      }
    }
    if (ColumnDiff.between(nowColumns, wanted.columns()).isEmpty()
        && !nowColumns.stream().map(Column::name).toList().equals(wanted.columns().stream().map(Column::name).toList())) {
      differences.add("~ column order: " + wanted.columns().stream().map(Column::name).toList());
    }
    return differences;
  }

  /** In apply's direction (catalog to declared): {@code +} to add, {@code -} to remove, {@code ~} to retype. */
  private static List<String> lines(String what, ColumnDiff diff) {
    List<String> lines = new ArrayList<>();
    diff.added().forEach(c -> lines.add("+ " + what + " " + c.name() + " " + c.type()));
    diff.removed().forEach(c -> lines.add("- " + what + " " + c.name() + " " + c.type()));
    diff.retyped().forEach(r -> lines.add("~ " + what + " " + r.name() + " " + r.from() + " → " + r.to()));
    return lines;
  }

  private static void diff(List<String> differences, String field, Object now, Object wanted) {
    if (!Objects.equals(now, wanted)) {
      differences.add(field + ": " + now + " → " + wanted);
    }
  }

  private static void diffMap(List<String> differences, String field, Map<String, String> now,
      Map<String, String> wanted) {
    for (String key : new TreeSet<>(union(now, wanted).keySet())) {
      String a = now.get(key);
      String b = wanted.get(key);
      if (!Objects.equals(a, b)) {
        differences.add(field + "." + key + ": " + (a == null ? "(none)" : a) + " → " + (b == null ? "(removed)" : b));
      }
    }
  }

  private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return all;
  }

  private DatabaseInput resolved(DatabaseInput input) {
    return new DatabaseInput(input.name(), input.description(), SchemaDefinitions.resolve(input.locationUri(), lake),
        input.parameters());
  }

  /** The declared input with {@code ${lake}} replaced in its location and parameters. */
  public TableInput resolved(TableInput input) {
    Map<String, String> parameters = new LinkedHashMap<>();
    input.parameters().forEach((k, v) -> parameters.put(k, SchemaDefinitions.resolve(v, lake)));
    return input.withStorageDescriptor(input.storageDescriptor().withLocation(
        SchemaDefinitions.resolve(input.storageDescriptor().location(), lake))).withParameters(parameters);
  }

  private Database findDatabase(String name) {
    try {
      return catalog.getDatabase(name);
    } catch (EntityNotFoundException e) {
      return null;
    }
  }

  private Table findTable(String database, String name) {
    try {
      return catalog.getTable(database, name);
    } catch (EntityNotFoundException e) {
      return null;
    }
  }
}
