package org.gluesuite.bench.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gluesuite.bench.BenchSize;
import org.gluesuite.bench.Scenario;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.runtime.context.CatalogSource;
import org.gluesuite.runtime.context.GlueSuiteContext;

/**
 * A catalog table of CSV files in plain {@code yyyy/mm/dd} folders (each registered as a partition with its own
 * location, as a crawler does): the whole table, then one day through a push-down predicate.
 */
public final class PushDownScenario implements Scenario {
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

  @Override
  public String name() {
    return "pushdown";
  }

  @Override
  public String description() {
    return "catalog source over day partitions in yyyy/mm/dd folders: every day (baseline) vs one day through "
        + "pushDownPredicate";
  }

  @Override
  public List<String> variants() {
    return List.of("all-days", "one-day");
  }

  @Override
  public boolean sameRows() {
    return false;
  }

  @Override
  public void prepare(Path work, BenchSize size) {
    Path root = InputFolder.fresh(work.resolve("events"));
    List<PartitionInput> partitions = new ArrayList<>();
    List<Column> columns = List.of(Column.of("id", "bigint"), Column.of("value", "double"), Column.of("note", "string"));
    try {
      for (int d = 0; d < size.dayPartitions(); d++) {
        LocalDate day = FIRST_DAY.plusDays(d);
        List<String> values = List.of(String.valueOf(day.getYear()), String.format("%02d", day.getMonthValue()),
            String.format("%02d", day.getDayOfMonth()));
        Path folder = Files.createDirectories(root.resolve(String.join("/", values)));
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8)) {
          for (int i = 0; i < size.rowsPerDay(); i++) {
            long id = (long) d * size.rowsPerDay() + i;
            out.write(id + "," + (id % 997) / 10.0 + ",event " + id + "\n");
          }
        }
        partitions.add(new PartitionInput(values, StorageDescriptor.of(columns, folder.toString(),
            StorageFormat.CSV), Map.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the push-down input under " + root + ": " + e.getMessage(), e);
    }
    InputFolder.fresh(work.resolve("catalog"));
    try (DataCatalog catalog = BenchSpark.catalog(work)) {
      catalog.createDatabase(DatabaseInput.named("bench"));
      catalog.createTable("bench", TableInput.external("events", columns, List.of(Column.of("year", "string"),
          Column.of("month", "string"), Column.of("day", "string")), root.toString(), StorageFormat.CSV));
      for (int from = 0; from < partitions.size(); from += 100) {
        catalog.batchCreatePartition("bench", "events", partitions.subList(from, Math.min(partitions.size(),
            from + 100)));
      }
    }
  }

  @Override
  public long run(String variant, Path work, BenchSize size, Timer timer) {
    try (DataCatalog catalog = BenchSpark.catalog(work)) {
      org.apache.spark.sql.SparkSession spark = BenchSpark.session(work);
      GlueSuiteContext glue = GlueSuiteContext.create(spark, catalog);
      LocalDate day = FIRST_DAY.plusDays(size.dayPartitions() / 2);
      // The JVM's first Spark job pays class loading and code generation whatever it reads: not part of a read.
      spark.range(1).count();
      timer.start();
      CatalogSource source = glue.getCatalogSource("bench", "events");
      if (variant.equals("one-day")) {
        source = source.pushDownPredicate(String.format("year = '%d' AND month = '%02d' AND day = '%02d'",
            day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
      }
      long rows = source.toDF().count();
      timer.stop();
      return rows;
    }
  }
}
