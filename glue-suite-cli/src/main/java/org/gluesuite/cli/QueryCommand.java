package org.gluesuite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.sql.SparkCatalogBridge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code query "SQL"}: Spark SQL over the catalog's tables, printed as a table. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run Spark SQL over the Data Catalog's tables (e.g. SELECT * FROM airquality.curated_daily).")
final class QueryCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Parameters(paramLabel = "SQL", description = "The query; quote it.")
  String sql;

  @Option(names = "--limit", defaultValue = "100", description = "Rows to print at most (default: 100).")
  int limit;

  @Override
  public Integer call() {
    Console console = root.console();
    if (limit < 0) {
      throw new UsageException("--limit must be 0 or more (rows to print), not " + limit + ".");
    }
    try (LocalEnvironment environment = new LocalEnvironment(root.workspace(), root.master, console)) {
      SparkCatalogBridge bridge = new SparkCatalogBridge(environment.spark(), environment.catalog(),
          environment.accessPolicy(root.principal()));
      SparkCatalogBridge.SyncResult sync = bridge.sync();
      sync.skipped().forEach((table, reason) -> console.progress("table %s is not queryable: %s", table, reason));
      Dataset<Row> result;
      try {
        result = bridge.query(sql);
      } catch (Exception e) {
        // Spark's AnalysisException is a checked exception thrown from Scala without a declaration.
        if (!(e instanceof org.apache.spark.sql.AnalysisException)) {
          throw (RuntimeException) e;
        }
        throw new UsageException("The query cannot run: " + e.getMessage().lines().findFirst().orElse("")
            + ". Tables known: " + sync.tables() + ".");
      }
      List<String> header = List.of(result.columns());
      List<Row> rows = result.limit(limit + 1).collectAsList();
      boolean truncated = rows.size() > limit;
      List<List<String>> cells = new ArrayList<>();
      List<Map<String, Object>> records = new ArrayList<>();
      for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
        List<String> values = new ArrayList<>();
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          Object value = row.get(i);
          values.add(value == null ? null : String.valueOf(value));
          record.put(header.get(i), value == null ? null : value instanceof Number || value instanceof Boolean
              ? value : String.valueOf(value));
        }
        cells.add(values);
        records.add(record);
      }
      console.json(Map.of("columns", header, "rows", records, "truncated", truncated));
      TablePrinter.render(header, cells).forEach(line -> console.line("%s", line));
      console.line("%d row%s%s", cells.size(), cells.size() == 1 ? "" : "s",
          truncated ? " (more rows exist; raise --limit)" : "");
    }
    return ExitCode.OK;
  }
}
