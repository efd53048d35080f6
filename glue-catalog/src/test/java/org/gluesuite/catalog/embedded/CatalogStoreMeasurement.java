package org.gluesuite.catalog.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;

/**
 * Measures the embedded catalog on this machine, to justify the choice of store. Not a test (surefire does
 * not run it). Run after {@code mvn -o -q -pl glue-catalog test-compile}:
 *
 * <pre>
 * mvn -o -q -pl glue-catalog dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp glue-catalog/target/test-classes:glue-catalog/target/classes:$(cat /tmp/cp.txt) \
 *     org.gluesuite.catalog.embedded.CatalogStoreMeasurement [workDir]
 * </pre>
 *
 * It prints: a fresh JVM's open + first getTable (wall time including JVM start, and CPU), getPartitions of
 * 1,000 and 10,000 partitions (first call and median of warm calls), and batchCreatePartition of 1,000.
 */
public final class CatalogStoreMeasurement {

  private static final int RUNS = 5;

  private CatalogStoreMeasurement() {
  }

  public static void main(String[] args) throws Exception {
    Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("catalog-measure");
    Path dir = work.resolve("catalog");
    System.out.printf("catalog: %s  (Java %s, %d CPUs)%n", dir, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());

    List<Double> batchMillis = new ArrayList<>();
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("bench"));
      catalog.createTable("bench", table("t1k"));
      catalog.createTable("bench", table("t10k"));
      batchMillis.add(timeBatch(catalog, "t1k", 0));
      for (int b = 0; b < 10; b++) {
        batchMillis.add(timeBatch(catalog, "t10k", b));
      }
      System.out.printf("batchCreatePartition(1,000): first %.1f ms, median of %d %.1f ms, max %.1f ms%n",
          batchMillis.get(0), batchMillis.size(), median(batchMillis), Collections.max(batchMillis));
      measureGetPartitions(catalog, "t1k", 1_000);
      measureGetPartitions(catalog, "t10k", 10_000);
    }
    System.out.printf("catalog file: %.1f MB%n", Files.size(dir.resolve(EmbeddedCatalog.FILE_NAME)) / 1e6);

    measureFreshJvm(dir, "noop", "JVM start + exit, nothing else (baseline)");
    measureFreshJvm(dir, "open", "fresh JVM: open catalog only (SQLite native library + schema check)");
    measureFreshJvm(dir, "getTable", "fresh JVM: open catalog + first getTable");
    measureFreshJvm(dir, "getPartitions", "fresh JVM: open catalog + getPartitions(10,000)");
  }

  private static double timeBatch(EmbeddedCatalog catalog, String table, int batch) {
    List<PartitionInput> inputs = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      int day = batch * 1_000 + i;
      inputs.add(partition(String.valueOf(2000 + day / 366), String.format("%02d", day / 31 % 12 + 1),
          String.format("%04d", day)));
    }
    long start = System.nanoTime();
    int errors = catalog.batchCreatePartition("bench", table, inputs).size();
    double millis = (System.nanoTime() - start) / 1e6;
    if (errors != 0) {
      throw new IllegalStateException(errors + " partitions not created");
    }
    return millis;
  }

  private static void measureGetPartitions(EmbeddedCatalog catalog, String table, int expected) {
    long start = System.nanoTime();
    int first = catalog.getPartitions("bench", table).size();
    double firstMillis = (System.nanoTime() - start) / 1e6;
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long s = System.nanoTime();
      int n = catalog.getPartitions("bench", table).size();
      if (i >= 10) { // the first 10 calls warm up the JIT
        warm.add((System.nanoTime() - s) / 1e6);
      }
      if (n != expected || first != expected) {
        throw new IllegalStateException("expected " + expected + " partitions, got " + n);
      }
    }
    System.out.printf("getPartitions(%,d): first call %.1f ms, median of 10 after 10 warm-up calls %.1f ms%n", expected, firstMillis,
        median(warm));
  }

  private static void measureFreshJvm(Path dir, String mode, String label) throws Exception {
    List<Double> wall = new ArrayList<>();
    List<Double> inJvm = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          FreshJvm.class.getName(), dir.toString(), mode).redirectErrorStream(true);
      long start = System.nanoTime();
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("child failed: " + out);
      }
      wall.add((System.nanoTime() - start) / 1e6);
      String[] parts = out.split(" ");
      inJvm.add(Double.parseDouble(parts[0]));
      cpu.add(Double.parseDouble(parts[1]));
    }
    System.out.printf("%s: wall %.0f ms (median of %d, incl. JVM start), of which in main %.0f ms; process CPU"
        + " %.0f ms%n", label, median(wall), RUNS, median(inJvm), median(cpu));
  }

  private static TableInput table(String name) {
    return TableInput.external(name, List.of(Column.of("id", "bigint"), Column.of("amount", "double"),
        Column.of("note", "string")), List.of(Column.of("year", "string"), Column.of("month", "string"),
        Column.of("day", "string")), "s3://bench/" + name + "/", StorageFormat.PARQUET);
  }

  /** A partition as a crawler writes it: its own descriptor with columns, location and SerDe. */
  private static PartitionInput partition(String year, String month, String day) {
    StorageDescriptor sd = StorageDescriptor.of(List.of(Column.of("id", "bigint"), Column.of("amount", "double"),
        Column.of("note", "string")), "s3://bench/t/" + year + "/" + month + "/" + day + "/", StorageFormat.PARQUET);
    return new PartitionInput(List.of(year, month, day), sd, Map.of("objectCount", "3", "recordCount", "1200"));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The child: prints "millisInMain cpuMillis" after doing {@code mode}. */
  public static final class FreshJvm {
    private FreshJvm() {
    }

    public static void main(String[] args) {
      long start = System.nanoTime();
      if (!args[1].equals("noop")) {
        try (EmbeddedCatalog catalog = EmbeddedCatalog.open(Path.of(args[0]))) {
          if (args[1].equals("getTable")) {
            catalog.getTable("bench", "t1k");
          } else if (args[1].equals("getPartitions")) {
            catalog.getPartitions("bench", "t10k");
          }
        }
      }
      double inMain = (System.nanoTime() - start) / 1e6;
      double cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e6;
      System.out.printf("%.1f %.1f%n", inMain, cpu);
    }
  }
}
