package org.gluesuite.lakeformation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.spark.LocalSparkSessions;
import org.gluesuite.common.json.DefinitionNode;

/**
 * The cost of Lake Formation enforcement (column projection and row filter) on a catalog read of 1,000,000 rows,
 * against the same read with Lake Formation off. Not a test: run it by hand (see BENCHMARKS.md). Every read is
 * materialised in full with Spark's {@code noop} sink; each scenario is warmed up, then timed, median reported.
 */
public final class LakeFormationBenchmark {
  private static final int ROWS = 1_000_000;
  private static final int WARMUP = 2;
  private static final int RUNS = 7;

  private LakeFormationBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Locale.setDefault(Locale.US);
    Path root = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/lf-benchmark").toAbsolutePath());
    SparkSession spark = LocalSparkSessions.builder("lf-benchmark", "local[2]", root.resolve("spark"))
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    Path lake = root.resolve("lake");
    String location = lake.resolve("airquality/curated/readings").toString();
    spark.range(ROWS).select(col("id"),
        concat(lit("city_"), col("id").mod(50).cast("string")).as("city"),
        col("id").mod(997).cast("double").divide(10).as("value"),
        col("id").mod(24).as("hours"),
        concat(lit("note "), col("id").cast("string")).as("note"),
        col("id").mod(4).plus(2021).cast("string").as("year"))
        .write().mode(SaveMode.Overwrite).parquet(location);
    Files.createDirectories(root.resolve("catalog"));
    try (DataCatalog catalog = EmbeddedCatalog.open(root.resolve("catalog"))) {
      if (catalog.getDatabases().isEmpty()) {
        catalog.createDatabase(DatabaseInput.named("airquality"));
        catalog.createTable("airquality", TableInput.external("readings", List.of(Column.of("id", "bigint"),
            Column.of("city", "string"), Column.of("value", "double"), Column.of("hours", "bigint"),
            Column.of("note", "string"), Column.of("year", "string")), List.of(), location, StorageFormat.PARQUET));
      }
      LakeFormationModel model = LfDefinitions.parse(List.of(DefinitionNode.parse("benchmark.json", DEFINITIONS)), lake);
      GlueSuiteContext off = GlueSuiteContext.create(spark, catalog);
      List<String[]> results = new ArrayList<>();
      Supplier<Dataset<Row>> full = () -> off.getCatalogSource("airquality", "readings").toDF();
      time("warm-up of the JVM (LF off, discarded)", full, new ArrayList<>(), 0);
      double baseline = time("A  LF off: whole table", full, results, 0);
      time("B  LF on, admin: whole table (decided + audited)", read(spark, catalog, model, "GlueSuiteAdmin"), results,
          baseline);
      time("C  LF on: filter keeping all rows, all columns", read(spark, catalog, model, "AllColumns"), results,
          baseline);
      double handWritten = time("D  LF off: same projection + filter by hand", () -> full.get()
          .where(col("value").geq(0).and(col("city").like("city_%"))).drop("note"), results, baseline);
      time("E  LF on: 1 column excluded + filter keeping all rows", read(spark, catalog, model, "AllRows"), results,
          handWritten);
      time("F  LF on: 1 column excluded + filter keeping 25%", read(spark, catalog, model, "Quarter"), results, baseline);
      time("G  LF on: 2 filters, cell-level union", read(spark, catalog, model, "CellUnion"), results, baseline);
      time("H  LF off: whole table again (noise check)", full, results, baseline);
      System.out.printf("%n%,d rows, Parquet, local[2], median of %d runs after %d warm-ups (Spark noop sink)%n", ROWS,
          RUNS, WARMUP);
      System.out.printf("(E is compared with D, the same work written by hand; the others with A)%n");
      System.out.printf("%-52s %10s %10s %9s%n", "read", "median ms", "rows", "vs");
      for (String[] r : results) {
        System.out.printf("%-52s %10s %10s %9s%n", (Object[]) r);
      }
    }
    spark.stop();
  }

  private static Supplier<Dataset<Row>> read(SparkSession spark, DataCatalog catalog, LakeFormationModel model,
      String role) {
    DataLakePrincipal principal = DataLakePrincipal.of("arn:aws:iam::000000000000:role/" + role);
    GlueSuiteContext on = GlueSuiteContext.create(spark, catalog)
        .withAccessPolicy(LakeFormationPolicy.create(model, principal, catalog, AuditLog.inMemory()));
    return () -> on.getCatalogSource("airquality", "readings").toDF();
  }

  private static double time(String name, Supplier<Dataset<Row>> read, List<String[]> results, double baseline) {
    long[] millis = new long[RUNS];
    for (int i = 0; i < WARMUP + RUNS; i++) {
      long start = System.nanoTime();
      read.get().write().format("noop").mode(SaveMode.Overwrite).save();
      if (i >= WARMUP) {
        millis[i - WARMUP] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    Arrays.sort(millis);
    double median = millis[RUNS / 2];
    long rows = read.get().count();
    results.add(new String[] {name, String.format("%,.0f", median), String.format("%,d", rows),
        baseline == 0 ? "-" : String.format("%+.1f%%", 100 * (median - baseline) / baseline)});
    return median;
  }

  private static final String DEFINITIONS = """
      {"RegisteredResources": [{"ResourceArn": "${lake}/airquality/curated"}],
       "DataCellsFilters": [
         {"DatabaseName": "airquality", "TableName": "readings", "Name": "all_rows",
          "RowFilter": {"FilterExpression": "value >= 0 AND city LIKE 'city_%'"},
          "ColumnWildcard": {"ExcludedColumnNames": ["note"]}},
         {"DatabaseName": "airquality", "TableName": "readings", "Name": "all_rows_all_columns",
          "RowFilter": {"FilterExpression": "value >= 0 AND city LIKE 'city_%'"}, "ColumnWildcard": {}},
         {"DatabaseName": "airquality", "TableName": "readings", "Name": "quarter",
          "RowFilter": {"FilterExpression": "year = '2023'"}, "ColumnWildcard": {"ExcludedColumnNames": ["note"]}},
         {"DatabaseName": "airquality", "TableName": "readings", "Name": "recent_hours",
          "RowFilter": {"FilterExpression": "year IN ('2023', '2024') AND hours BETWEEN 0 AND 23"},
          "ColumnNames": ["id", "city", "value", "hours", "year"]},
         {"DatabaseName": "airquality", "TableName": "readings", "Name": "old_ids",
          "RowFilter": {"FilterExpression": "year < '2023'"}, "ColumnNames": ["id", "year"]}],
       "Grants": [
         {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/AllRows"},
          "Resource": {"DataCellsFilter": {"DatabaseName": "airquality", "TableName": "readings", "Name": "all_rows"}},
          "Permissions": ["SELECT"]},
         {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/AllColumns"},
          "Resource": {"DataCellsFilter": {"DatabaseName": "airquality", "TableName": "readings",
            "Name": "all_rows_all_columns"}}, "Permissions": ["SELECT"]},
         {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/Quarter"},
          "Resource": {"DataCellsFilter": {"DatabaseName": "airquality", "TableName": "readings", "Name": "quarter"}},
          "Permissions": ["SELECT"]},
         {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/CellUnion"},
          "Resource": {"DataCellsFilter": {"DatabaseName": "airquality", "TableName": "readings", "Name": "recent_hours"}},
          "Permissions": ["SELECT"]},
         {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/CellUnion"},
          "Resource": {"DataCellsFilter": {"DatabaseName": "airquality", "TableName": "readings", "Name": "old_ids"}},
          "Permissions": ["SELECT"]}]}""";
}
