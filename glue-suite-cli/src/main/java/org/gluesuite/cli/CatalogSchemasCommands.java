package org.gluesuite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationErrors;
import org.gluesuite.schemas.CatalogApply;
import org.gluesuite.schemas.SchemaChange;
import org.gluesuite.schemas.SchemaDefinitions;
import org.gluesuite.schemas.SchemaDrift;
import org.gluesuite.schemas.SparkDataProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code catalog apply} and {@code catalog drift}: declared schemas (catalog-schemas/definitions) as code. */
final class CatalogSchemasCommands {
  private CatalogSchemasCommands() {
  }

  static SchemaDefinitions definitions(Path folder) {
    if (folder != null) {
      if (!Files.isDirectory(folder)) {
        throw new UsageException("--definitions " + folder + " is not a folder of declared schemas (*.json).");
      }
      return SchemaDefinitions.load(folder);
    }
    Path local = Path.of("catalog-schemas", "definitions");
    return Files.isDirectory(local) ? SchemaDefinitions.load(local) : SchemaDefinitions.bundled();
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Create and update the declared databases and tables (idempotent) and print what changed. "
          + "--dry-run prints the changes without making them.")
  static final class Apply implements Callable<Integer> {
    @ParentCommand
    CatalogCommand parent;

    @Option(names = "--definitions", paramLabel = "DIR",
        description = "Declared schemas (default: ./catalog-schemas/definitions, else the bundled ones).")
    Path folder;

    @Option(names = "--dry-run", description = "Show the changes only.")
    boolean dryRun;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      SchemaDefinitions declared = definitions(folder);
      DataLakePrincipal caller = DataLakePrincipal.of(parent.root.principal());
      Workspace workspace = parent.root.workspace().create();
      if (!dryRun && !LocalEnvironment.lakeFormation(workspace).load().isAdmin(caller)) {
        throw LakeFormationErrors.adminOnly(caller, "apply declared schemas to the catalog");
      }
      try (DataCatalog catalog = CatalogCommand.open(parent.root)) {
        CatalogApply apply = new CatalogApply(catalog, workspace.lake());
        List<SchemaChange> changes = dryRun ? apply.plan(declared) : apply.apply(declared);
        List<Map<String, Object>> json = new ArrayList<>();
        for (SchemaChange change : changes) {
          change.lines().forEach(line -> console.line("%s", line));
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("Kind", change.kind().name());
          entry.put("Resource", change.resource());
          entry.put("Differences", change.differences());
          json.add(entry);
        }
        long changed = changes.stream().filter(SchemaChange::changes).count();
        console.line("%s%d change%s, %d unchanged", dryRun ? "dry run: " : "", changed, changed == 1 ? "" : "s",
            changes.size() - changed);
        console.json(Map.of("Changes", json, "DryRun", dryRun));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "drift", mixinStandardHelpOptions = true,
      description = "Compare the declared tables with the catalog (crawled or written by jobs) and with the data "
          + "files: columns missing, added or retyped. Exit code 1 when something drifted.")
  static final class Drift implements Callable<Integer> {
    @ParentCommand
    CatalogCommand parent;

    @Option(names = "--definitions", paramLabel = "DIR",
        description = "Declared schemas (default: ./catalog-schemas/definitions, else the bundled ones).")
    Path folder;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      SchemaDefinitions declared = definitions(folder);
      try (LocalEnvironment environment = new LocalEnvironment(parent.root.workspace(), parent.root.master, console)) {
        List<SchemaDrift.TableDrift> drifts = SchemaDrift.check(declared, environment.catalog(),
            new SparkDataProbe(environment.spark()), environment.workspace().lake());
        boolean drifted = false;
        for (SchemaDrift.TableDrift drift : drifts) {
          drifted |= drift.drifted();
          console.line("%s %s", drift.drifted() ? "✗" : "✓", drift.table());
          drift.catalogDrift().forEach(line -> console.line("    catalog: %s", line));
          drift.dataDrift().forEach(line -> console.line("    data:    %s", line));
        }
        console.json(Map.of("Tables", drifts));
        return drifted ? ExitCode.JOB_FAILED : ExitCode.OK;
      }
    }
  }
}
