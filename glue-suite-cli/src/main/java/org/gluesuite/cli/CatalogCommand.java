package org.gluesuite.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.aws.DataCatalogs;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code catalog …}: reads the embedded Data Catalog without starting Spark. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Inspect the embedded Glue Data Catalog (answers without starting Spark).",
    subcommands = {CatalogCommand.Databases.class, CatalogCommand.Tables.class, CatalogCommand.TableCmd.class,
        CatalogCommand.Partitions.class, CatalogSchemasCommands.Apply.class, CatalogSchemasCommands.Drift.class})
final class CatalogCommand implements Runnable {
  @ParentCommand
  GlueSuiteCli root;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static DataCatalog open(GlueSuiteCli root) {
    return DataCatalogs.open(root.workspace().create().catalogLocation());
  }

  static String[] splitTableName(String qualified) {
    String[] parts = qualified.split("\\.");
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new UsageException("'" + qualified + "' is not a table name of the form DATABASE.TABLE, "
          + "e.g. airquality.curated_daily. List tables with: ./glue-suite catalog tables DATABASE");
    }
    return parts;
  }

  @Command(name = "databases", mixinStandardHelpOptions = true, description = "List databases.")
  static final class Databases implements Callable<Integer> {
    @ParentCommand
    CatalogCommand parent;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      try (DataCatalog catalog = open(parent.root)) {
        List<Database> databases = catalog.getDatabases();
        console.json(Map.of("DatabaseList", databases));
        databases.forEach(d -> console.line("%s", d.name()));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "tables", mixinStandardHelpOptions = true, description = "List a database's tables.")
  static final class Tables implements Callable<Integer> {
    @ParentCommand
    CatalogCommand parent;

    @Parameters(paramLabel = "DATABASE")
    String database;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      try (DataCatalog catalog = open(parent.root)) {
        // DESCRIBE decides which tables a principal sees (Lake Formation).
        org.gluesuite.runtime.access.AccessPolicy access = LocalEnvironment.accessPolicy(
            parent.root.workspace().create(), catalog, parent.root.principal());
        List<Table> tables = access.unrestricted() ? catalog.getTables(database) : catalog.getTables(database)
            .stream().filter(t -> access.describe(t).isPresent()).toList();
        console.json(Map.of("TableList", tables));
        for (Table table : tables) {
          console.line("%-32s %-8s %3d columns  %s%s", table.name(), table.parameters().getOrDefault("classification", "?"),
              table.storageDescriptor() == null ? 0 : table.storageDescriptor().columns().size(),
              table.partitionKeys().isEmpty() ? "" : "partitioned by "
                  + table.partitionKeys().stream().map(Column::name).toList() + "  ",
              table.storageDescriptor() == null ? "" : table.storageDescriptor().location());
        }
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "table", mixinStandardHelpOptions = true,
      description = "Show one table: columns, partition keys, parameters, location (--json: Glue's Table shape).")
  static final class TableCmd implements Callable<Integer> {
    @ParentCommand
    CatalogCommand parent;

    @Parameters(paramLabel = "DATABASE.TABLE")
    String name;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      String[] parts = splitTableName(name);
      try (DataCatalog catalog = open(parent.root)) {
        Table table = catalog.getTable(parts[0], parts[1]);
        int partitions = table.partitionKeys().isEmpty() ? 0 : catalog.getPartitions(parts[0], parts[1]).size();
        console.json(Map.of("Table", table));
        console.line("%s  (version %s, %s)", table.qualifiedName(), table.versionId(),
            table.parameters().getOrDefault("classification", "no classification"));
        console.line("location: %s", table.storageDescriptor() == null ? "-" : table.storageDescriptor().location());
        console.line("columns:");
        if (table.storageDescriptor() != null) {
          table.storageDescriptor().columns().forEach(c -> console.line("  %-28s %s", c.name(), c.type()));
        }
        if (!table.partitionKeys().isEmpty()) {
          console.line("partition keys (%d partitions):", partitions);
          table.partitionKeys().forEach(c -> console.line("  %-28s %s", c.name(), c.type()));
        }
        console.line("parameters:");
        new java.util.TreeMap<>(table.parameters()).forEach((k, v) -> console.line("  %s = %s", k, v));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "partitions", mixinStandardHelpOptions = true, description = "List a table's partitions.")
  static final class Partitions implements Callable<Integer> {
    @ParentCommand
    CatalogCommand parent;

    @Parameters(paramLabel = "DATABASE.TABLE")
    String name;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      String[] parts = splitTableName(name);
      try (DataCatalog catalog = open(parent.root)) {
        List<Partition> partitions = catalog.getPartitions(parts[0], parts[1]);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("Partitions", partitions);
        console.json(result);
        partitions.forEach(p -> console.line("%-24s %s", String.join("/", p.values()), p.location()));
      }
      return ExitCode.OK;
    }
  }
}
