package org.gluesuite.schemas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.types.ColumnDiff;

/**
 * Declared schemas compared with the catalog (what crawlers and sinks registered) and with the data actually
 * present: for each declared table, the columns missing, added or retyped on either side.
 */
public final class SchemaDrift {
  private SchemaDrift() {
  }

  /** One declared table's drift; empty lists mean no drift. */
  public record TableDrift(String table, List<String> catalogDrift, List<String> dataDrift) {
    public boolean drifted() {
      return !catalogDrift.isEmpty() || !dataDrift.isEmpty();
    }
  }

  public static List<TableDrift> check(SchemaDefinitions definitions, DataCatalog catalog, DataSchemaProbe probe,
      Path lake) {
    CatalogApply resolver = new CatalogApply(catalog, lake);
    List<TableDrift> drifts = new ArrayList<>();
    for (DeclaredTable declared : definitions.tables()) {
      TableInput input = resolver.resolved(declared.input());
      List<Column> columns = input.storageDescriptor().columns();
      Table table;
      try {
        table = catalog.getTable(declared.databaseName(), input.name());
      } catch (EntityNotFoundException e) {
        drifts.add(new TableDrift(declared.qualifiedName(), List.of("table is not in the catalog (run catalog apply)"),
            List.of()));
        continue;
      }
      List<String> catalogDrift = describe("column", ColumnDiff.between(table.storageDescriptor().columns(), columns),
          "catalog", true);
      catalogDrift.addAll(describe("partition key", ColumnDiff.between(table.partitionKeys(), input.partitionKeys()),
          "catalog", true));
      if (!table.storageDescriptor().location().equals(input.storageDescriptor().location())) {
        catalogDrift.add("location in catalog is " + table.storageDescriptor().location() + ", declared "
            + input.storageDescriptor().location());
      }
      Optional<List<Column>> data = probe.columns(table);
      List<String> dataDrift = data.map(found -> describe("column", ColumnDiff.between(found, columns), "data",
          probe.typed(table))).orElse(new ArrayList<>(List.of("no data files under " + table.storageDescriptor()
          .location())));
      drifts.add(new TableDrift(declared.qualifiedName(), catalogDrift, dataDrift));
    }
    return drifts;
  }

  /** The drift from what the catalog or the data has ({@code diff}'s before) to what is declared (its after). */
  private static List<String> describe(String what, ColumnDiff diff, String side, boolean typed) {
    List<String> lines = new ArrayList<>();
    diff.added().forEach(c -> lines.add(what + " " + c.name() + " " + c.type() + " is declared but missing in the "
        + side));
    diff.removed().forEach(c -> lines.add(what + " " + c.name() + " " + c.type() + " is in the " + side
        + " but not declared"));
    if (typed) {
      diff.retyped().forEach(r -> lines.add(what + " retyped in the " + side + ": " + r.name() + " " + r.from()
          + " (declared " + r.to() + ")"));
    }
    return lines;
  }
}
