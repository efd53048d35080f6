package org.gluesuite.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.Table;
import org.gluesuite.dq.AdditionalOptions;
import org.gluesuite.dq.DataQualityEvaluation;
import org.gluesuite.dq.DataQualityResult;
import org.gluesuite.dq.DataQualityResultStore;
import org.gluesuite.dq.EvaluateDataQuality;
import org.gluesuite.dq.PublishingOptions;
import org.gluesuite.dq.RuleOutcome;
import org.gluesuite.dq.RulesetDefinition;
import org.gluesuite.dq.RulesetDefinitions;
import org.gluesuite.dq.TableColumns;
import org.gluesuite.dq.internal.ResultDocuments;
import org.gluesuite.runtime.sql.SparkCatalogBridge;
import org.gluesuite.schemas.DeclaredTable;
import org.gluesuite.schemas.SchemaDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dq run|results|rulesets}: Glue Data Quality rulesets (catalog-schemas/rulesets) on catalog tables. */
@Command(name = "dq", mixinStandardHelpOptions = true,
    description = "Data quality: evaluate a table's DQDL rulesets (catalog-schemas/rulesets), list past results.",
    subcommands = {DqCommand.Run.class, DqCommand.Results.class, DqCommand.Rulesets.class})
final class DqCommand implements Runnable {
  @ParentCommand
  GlueSuiteCli root;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The rulesets, checked against the declared tables (else the catalog's) before anything runs. */
  static RulesetDefinitions rulesets(Path folder, DataCatalog catalog) {
    SchemaDefinitions declared = CatalogSchemasCommands.definitions(null);
    TableColumns columns = (database, table) -> declaredColumns(declared, database, table)
        .or(() -> catalogColumns(catalog, database, table));
    if (folder != null) {
      if (!Files.isDirectory(folder)) {
        throw new UsageException("--rulesets " + folder + " is not a folder of rulesets (*.json).");
      }
      return RulesetDefinitions.load(folder, columns);
    }
    Path local = Path.of(RulesetDefinitions.FOLDER);
    return Files.isDirectory(local) ? RulesetDefinitions.load(local, columns) : RulesetDefinitions.bundled(columns);
  }

  private static Optional<List<String>> declaredColumns(SchemaDefinitions declared, String database, String table) {
    return declared.tables().stream()
        .filter(t -> t.databaseName().equals(database) && t.input().name().equals(table)).findFirst()
        .map(DeclaredTable::input)
        .map(input -> names(input.storageDescriptor().columns(), input.partitionKeys()));
  }

  private static Optional<List<String>> catalogColumns(DataCatalog catalog, String database, String table) {
    try {
      return Optional.of(columnsOf(catalog.getTable(database, table)));
    } catch (EntityNotFoundException e) {
      return Optional.empty();
    }
  }

  private static List<String> columnsOf(Table table) {
    return names(table.storageDescriptor().columns(), table.partitionKeys());
  }

  private static List<String> names(List<Column> columns, List<Column> keys) {
    List<String> names = new ArrayList<>(columns.stream().map(Column::name).toList());
    keys.forEach(k -> names.add(k.name()));
    return names;
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Evaluate the rulesets attached to DATABASE.TABLE (or the one --ruleset names) on the table's "
          + "data, print each rule's outcome and keep the result in the workspace's history (dq results). "
          + "Exit code 1 when a rule failed.")
  static final class Run implements Callable<Integer> {
    @ParentCommand
    DqCommand parent;

    @Parameters(paramLabel = "DATABASE.TABLE")
    String table;

    @Option(names = "--ruleset", paramLabel = "NAME", description = "Evaluate only this ruleset (its Name).")
    String ruleset;

    @Option(names = "--rulesets", paramLabel = "DIR",
        description = "Ruleset definitions (default: ./catalog-schemas/rulesets, else the bundled ones).")
    Path folder;

    @Override
    public Integer call() {
      GlueSuiteCli root = parent.root;
      Console console = root.console();
      String[] name = CatalogCommand.splitTableName(table);
      try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
        List<RulesetDefinition> chosen = choose(rulesets(folder, environment.catalog()), name[0], name[1]);
        environment.catalog().getTable(name[0], name[1]);
        environment.step("dq " + table);
        // CustomSql rules may name other catalog tables, as they may in Glue.
        new SparkCatalogBridge(environment.spark(), environment.catalog(), environment.accessPolicy(root.principal()))
            .sync();
        Dataset<Row> data = environment.glue().withAccessPolicy(environment.accessPolicy(root.principal()))
            .getCatalogSource(name[0], name[1]).getFrame().toDF();
        DataQualityResultStore store = new DataQualityResultStore(environment.workspace().dataQuality());
        List<Map<String, Object>> json = new ArrayList<>();
        boolean passed = true;
        for (RulesetDefinition definition : chosen) {
          DataQualityEvaluation evaluation = new EvaluateDataQuality().onTable(name[0], name[1])
              .withRulesetName(definition.name()).evaluate(data, definition.ruleset(),
                  PublishingOptions.defaults().withEvaluationContext(definition.name()), AdditionalOptions.defaults());
          DataQualityResult result = evaluation.result();
          store.save(result);
          passed &= result.passed();
          print(console, result);
          json.add(ResultDocuments.toMap(result));
        }
        console.json(Map.of("Results", json));
        return passed ? ExitCode.OK : ExitCode.JOB_FAILED;
      }
    }

    private List<RulesetDefinition> choose(RulesetDefinitions all, String database, String tableName) {
      if (ruleset != null) {
        RulesetDefinition named = all.named(ruleset).orElseThrow(() -> new UsageException("No ruleset is named '"
            + ruleset + "' (rulesets: " + all.all().stream().map(RulesetDefinition::name).toList() + ")."));
        if (!named.targets(database, tableName)) {
          throw new UsageException("Ruleset " + ruleset + " is attached to " + named.targetTable() + ", not "
              + database + "." + tableName + ". Run it on its table, or change its TargetTable in " + named.file()
              + ".");
        }
        return List.of(named);
      }
      List<RulesetDefinition> attached = all.forTable(database, tableName);
      if (attached.isEmpty()) {
        throw new UsageException("No ruleset is attached to " + database + "." + tableName + ". Declare one in "
            + RulesetDefinitions.FOLDER + "/ (a CreateDataQualityRuleset JSON file whose TargetTable names the table).");
      }
      return attached;
    }

    private static void print(Console console, DataQualityResult result) {
      List<List<String>> rows = new ArrayList<>();
      for (RuleOutcome o : result.ruleResults()) {
        rows.add(List.of(o.outcome().label(), o.rule(), o.failureReason() == null ? "" : o.failureReason()));
      }
      TablePrinter.render(List.of("outcome", "rule", "failure reason"), rows).forEach(l -> console.line("%s", l));
      long failed = result.failedRules().size();
      console.line("ruleset %s on %s: %d of %d rules passed (score %.2f); result %s", result.rulesetName(),
          result.table(), result.ruleResults().size() - failed, result.ruleResults().size(), result.score(),
          result.resultId());
    }
  }

  @Command(name = "results", mixinStandardHelpOptions = true,
      description = "The data quality results kept for DATABASE.TABLE (by dq run and by jobs), newest first.")
  static final class Results implements Callable<Integer> {
    @ParentCommand
    DqCommand parent;

    @Parameters(paramLabel = "DATABASE.TABLE")
    String table;

    @Option(names = "--limit", defaultValue = "20", description = "Results to show at most (default: 20).")
    int limit;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      String[] name = CatalogCommand.splitTableName(table);
      if (limit < 1) {
        throw new UsageException("--limit must be 1 or more, not " + limit + ".");
      }
      List<DataQualityResult> results = new DataQualityResultStore(parent.root.workspace().dataQuality())
          .forTable(name[0], name[1]).stream().limit(limit).toList();
      console.json(Map.of("Results", results.stream().map(ResultDocuments::toMap).toList()));
      if (results.isEmpty()) {
        console.line("No data quality results for %s yet (./glue-suite dq run %s makes one).", table, table);
        return ExitCode.OK;
      }
      List<List<String>> rows = new ArrayList<>();
      for (DataQualityResult r : results) {
        rows.add(List.of(r.resultId(), r.startedOn(), String.valueOf(r.rulesetName()),
            r.jobName() == null ? "dq run" : r.jobName() + " " + r.jobRunId(),
            String.format(Locale.ROOT, "%.2f", r.score()), String.join("; ", r.failedRules().stream()
                .map(RuleOutcome::rule).toList())));
      }
      TablePrinter.render(List.of("result", "started", "ruleset", "evaluated by", "score", "failed rules"), rows)
          .forEach(l -> console.line("%s", l));
      return ExitCode.OK;
    }
  }

  @Command(name = "rulesets", mixinStandardHelpOptions = true,
      description = "Check and list the declared rulesets (every problem with its file, JSON path, DQDL line and "
          + "column), without running anything.")
  static final class Rulesets implements Callable<Integer> {
    @ParentCommand
    DqCommand parent;

    @Option(names = "--rulesets", paramLabel = "DIR",
        description = "Ruleset definitions (default: ./catalog-schemas/rulesets, else the bundled ones).")
    Path folder;

    @Override
    public Integer call() {
      Console console = parent.root.console();
      try (DataCatalog catalog = CatalogCommand.open(parent.root)) {
        RulesetDefinitions all = rulesets(folder, catalog);
        List<List<String>> rows = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (RulesetDefinition r : all.all()) {
          rows.add(List.of(r.name(), String.valueOf(r.targetTable()), String.valueOf(r.ruleset().rules().size()),
              r.file()));
          json.add(Map.of("Name", r.name(), "TargetTable", String.valueOf(r.targetTable()), "Rules",
              r.ruleset().rules().size(), "File", r.file()));
        }
        console.json(Map.of("Rulesets", json));
        TablePrinter.render(List.of("ruleset", "table", "rules", "file"), rows).forEach(l -> console.line("%s", l));
      }
      return ExitCode.OK;
    }
  }
}
