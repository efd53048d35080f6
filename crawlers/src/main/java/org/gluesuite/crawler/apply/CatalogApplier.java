package org.gluesuite.crawler.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.types.ColumnDiff;
import org.gluesuite.crawler.TableChange;
import org.gluesuite.crawler.TableChange.Action;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DeleteBehavior;
import org.gluesuite.crawler.definition.RecrawlBehavior;
import org.gluesuite.crawler.definition.SchemaChangePolicy;
import org.gluesuite.crawler.definition.UpdateBehavior;
import org.gluesuite.crawler.plan.TablePlan;
import org.gluesuite.crawler.plan.TablePlanner;

/**
 * Writes a crawl's planned tables into the catalog under the crawler's policies: new tables and
 * partitions are always added; changed schemas are updated (all of it, or only new columns with
 * MergeNewColumns) or just logged; tables this crawler made whose folders are gone are deleted,
 * deprecated or logged. Nothing is removed because a file could not be read.
 */
public final class CatalogApplier {
  public static final String DEPRECATED = "DEPRECATED_BY_CRAWLER";

  private final DataCatalog catalog;
  private final CrawlerDefinition definition;
  private final SchemaChangePolicy policy;
  private final String runId;

  public CatalogApplier(DataCatalog catalog, CrawlerDefinition definition, String runId) {
    this.catalog = catalog;
    this.definition = definition;
    this.policy = definition.schemaChangePolicy().effective(definition.recrawlBehavior());
    this.runId = runId;
  }

  public List<TableChange> apply(List<TablePlan> plans, List<Path> targetRoots) {
    ensureDatabase();
    Map<String, Table> existingByLocation = new HashMap<>();
    Set<String> existingNames = new HashSet<>();
    for (Table t : catalog.getTables(definition.databaseName())) {
      existingNames.add(t.name());
      if (t.storageDescriptor() != null && t.storageDescriptor().location() != null) {
        existingByLocation.putIfAbsent(t.storageDescriptor().location(), t);
      }
    }
    List<TableChange> changes = new ArrayList<>();
    Set<String> touched = new HashSet<>();
    Set<String> namesThisRun = new HashSet<>();
    for (TablePlan plan : plans) {
      Table existing = existingByLocation.get(plan.location().toString());
      String name;
      if (existing != null) {
        name = existing.name();
      } else {
        name = definition.tablePrefix() + TablePlanner.sanitize(plan.baseName());
        if (existingNames.contains(name) || namesThisRun.contains(name)) {
          name = name + "_" + Hashes.shortHash(plan.location().toString());
        }
      }
      namesThisRun.add(name);
      touched.add(name);
      changes.add(existing == null ? create(name, plan) : update(existing, plan));
      existingNames.add(name);
    }
    if (definition.recrawlBehavior() == RecrawlBehavior.CRAWL_EVERYTHING) {
      for (Table t : catalog.getTables(definition.databaseName())) {
        if (!touched.contains(t.name()) && ownedAndGone(t, targetRoots)) {
          changes.add(removeGone(t));
        }
      }
    }
    return changes;
  }

  private void ensureDatabase() {
    try {
      catalog.getDatabase(definition.databaseName());
    } catch (EntityNotFoundException e) {
      catalog.createDatabase(new DatabaseInput(definition.databaseName(), "Created by crawler " + definition.name(),
          null, Map.of()));
    }
  }

  private TableChange create(String name, TablePlan plan) {
    List<Column> columns = TableInputs.columns(plan.columns());
    catalog.createTable(definition.databaseName(), TableInputs.table(name, plan, columns, definition.name(), runId));
    int added = addPartitions(name, plan, columns, Set.of());
    return new TableChange(name, Action.CREATED, plan.location().toString(), names(columns), null, null, added,
        0, 0, 0, null);
  }

  private TableChange update(Table existing, TablePlan plan) {
    String name = existing.name();
    List<Column> current = existing.storageDescriptor() == null ? List.of() : existing.storageDescriptor().columns();
    List<Column> planned = TableInputs.columns(plan.columns());
    ColumnDiff diff = ColumnDiff.between(current, planned);
    boolean merge = definition.configuration().mergeNewColumns();
    List<Column> target = merge ? withNewColumns(current, planned) : planned;
    Set<List<String>> existingPartitions = new HashSet<>();
    Map<List<String>, Partition> partitionsByValues = new LinkedHashMap<>();
    // CRAWL_NEW_FOLDERS_ONLY never updates or removes partitions, so it does not read them all: new ones
    // are added and any that exist already are rejected by batchCreatePartition.
    if (!existing.partitionKeys().isEmpty() && definition.recrawlBehavior() == RecrawlBehavior.CRAWL_EVERYTHING) {
      for (Partition p : catalog.getPartitions(definition.databaseName(), name)) {
        existingPartitions.add(p.values());
        partitionsByValues.put(p.values(), p);
      }
    }
    Action action;
    String note = null;
    List<Column> tableColumns = current;
    if (policy.updateBehavior() == UpdateBehavior.UPDATE_IN_DATABASE) {
      TableInput input = TableInputs.table(name, plan, target, definition.name(), runId);
      Map<String, String> parameters = new LinkedHashMap<>(input.parameters());
      parameters.remove(DEPRECATED);
      catalog.updateTable(definition.databaseName(), input.withParameters(parameters));
      boolean changed = merge ? !ColumnDiff.between(current, target).isEmpty() : !diff.isEmpty();
      action = changed || existing.parameters().containsKey(DEPRECATED) ? Action.UPDATED : Action.UNCHANGED;
      tableColumns = target;
      if (merge && !diff.removed().isEmpty()) {
        note = "MergeNewColumns: columns no longer found are kept";
      }
    } else {
      action = diff.isEmpty() ? Action.UNCHANGED : Action.LOGGED;
      if (!diff.isEmpty()) {
        note = "UpdateBehavior LOG: schema change not applied";
      }
    }
    int added = existing.partitionKeys().isEmpty() ? 0 : addPartitions(name, plan, tableColumns, existingPartitions);
    int updated = 0;
    int removed = 0;
    int missing = 0;
    if (!existing.partitionKeys().isEmpty() && definition.recrawlBehavior() == RecrawlBehavior.CRAWL_EVERYTHING) {
      for (Partition p : partitionsByValues.values()) {
        if (p.location() != null && !Files.isDirectory(Path.of(p.location()))) {
          if (policy.deleteBehavior() == DeleteBehavior.DELETE_FROM_DATABASE) {
            catalog.deletePartition(definition.databaseName(), name, p.values());
            removed++;
          } else {
            missing++;
          }
        }
      }
      if (policy.updateBehavior() == UpdateBehavior.UPDATE_IN_DATABASE) {
        updated = refreshPartitionSchemas(name, plan, tableColumns, partitionsByValues);
      }
    }
    List<String> retyped = diff.retyped().stream().map(r -> r.name() + ": " + r.from() + " -> " + r.to()).toList();
    return new TableChange(name, action, plan.location().toString(), names(diff.added()), names(diff.removed()),
        retyped, added, updated, removed, missing, note);
  }

  private int refreshPartitionSchemas(String table, TablePlan plan, List<Column> tableColumns,
      Map<List<String>, Partition> existing) {
    int updated = 0;
    for (TablePlan.PartitionPlan partition : plan.partitions()) {
      Partition current = existing.get(partition.values());
      if (current == null || current.storageDescriptor() == null) {
        continue;
      }
      PartitionInput input = TableInputs.partition(plan, partition, tableColumns,
          definition.configuration().inheritFromTable(), definition.name(), runId);
      if (!input.storageDescriptor().columns().equals(current.storageDescriptor().columns())) {
        catalog.updatePartition(definition.databaseName(), table, partition.values(), input);
        updated++;
      }
    }
    return updated;
  }

  private int addPartitions(String table, TablePlan plan, List<Column> tableColumns, Set<List<String>> existing) {
    List<PartitionInput> inputs = new ArrayList<>();
    for (TablePlan.PartitionPlan partition : plan.partitions()) {
      if (!existing.contains(partition.values())) {
        inputs.add(TableInputs.partition(plan, partition, tableColumns, definition.configuration().inheritFromTable(),
            definition.name(), runId));
      }
    }
    if (inputs.isEmpty()) {
      return 0;
    }
    int failed = catalog.batchCreatePartition(definition.databaseName(), table, inputs).size();
    return inputs.size() - failed;
  }

  private boolean ownedAndGone(Table t, List<Path> targetRoots) {
    if (!definition.name().equals(t.parameters().get("UPDATED_BY_CRAWLER")) || t.storageDescriptor() == null
        || t.storageDescriptor().location() == null) {
      return false;
    }
    Path location = Path.of(t.storageDescriptor().location());
    boolean underTarget = targetRoots.stream().anyMatch(location::startsWith);
    return underTarget && !Files.exists(location);
  }

  private TableChange removeGone(Table t) {
    String location = t.storageDescriptor().location();
    switch (policy.deleteBehavior()) {
      case DELETE_FROM_DATABASE -> {
        catalog.deleteTable(definition.databaseName(), t.name());
        return new TableChange(t.name(), Action.DELETED, location, null, null, null, 0, 0, 0, 0,
            "its folder is gone");
      }
      case DEPRECATE_IN_DATABASE -> {
        if (t.parameters().containsKey(DEPRECATED)) {
          return new TableChange(t.name(), Action.UNCHANGED, location, null, null, null, 0, 0, 0, 0,
              "already deprecated");
        }
        Map<String, String> parameters = new LinkedHashMap<>(t.parameters());
        parameters.put(DEPRECATED, runId);
        catalog.updateTable(definition.databaseName(), t.toInput().withParameters(parameters));
        return new TableChange(t.name(), Action.DEPRECATED, location, null, null, null, 0, 0, 0, 0,
            "its folder is gone; marked " + DEPRECATED);
      }
      default -> {
        return new TableChange(t.name(), Action.MISSING_LOGGED, location, null, null, null, 0, 0, 0, 0,
            "its folder is gone; DeleteBehavior LOG keeps the table");
      }
    }
  }

  /** MergeNewColumns: the current columns unchanged, then the new ones. */
  private static List<Column> withNewColumns(List<Column> current, List<Column> planned) {
    List<Column> merged = new ArrayList<>(current);
    for (Column c : planned) {
      if (current.stream().noneMatch(e -> e.name().equals(c.name()))) {
        merged.add(c);
      }
    }
    return merged;
  }

  private static List<String> names(List<Column> columns) {
    return columns.stream().map(c -> c.name() + ":" + c.type()).toList();
  }
}
