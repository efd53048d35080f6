package org.gluesuite.catalog.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three JVMs write one catalog file at once while this JVM reads it: no write is lost, no reader sees a
 * half-done batch, versions count every update, and optimistic updates never overwrite each other.
 */
class MultiProcessCatalogTest {

  private static final int WRITERS = 3;
  private static final int BATCHES = 20;
  private static final int BATCH_SIZE = 25;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void concurrentWriterProcesses_loseNothingAndReadersSeeWholeBatches() throws Exception {
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      catalog.createDatabase(DatabaseInput.named("sales"));
      catalog.createTable("sales", TableInput.external("events", List.of(Column.of("id", "bigint")),
          List.of(Column.of("writer", "string"), Column.of("seq", "string")), "s3://b/events/",
          StorageFormat.PARQUET));
      catalog.createTable("sales", TableInput.external("counter", List.of(), List.of(), "s3://b/counter/",
          StorageFormat.JSON).withParameters(Map.of("count", "0")));

      List<Process> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        writers.add(startWriter("w" + w));
      }
      awaitReadyFiles();
      Files.createFile(dir.resolve("go"));

      ReadObservations seen = readWhileAlive(catalog, writers);

      for (int w = 0; w < WRITERS; w++) {
        Process p = writers.get(w);
        assertThat(p.waitFor(45, TimeUnit.SECONDS)).as("writer w%d finished", w).isTrue();
        String stderr = Files.readString(dir.resolve("w" + w + ".err"), StandardCharsets.UTF_8);
        assertThat(stderr).as("stderr of writer w%d", w).isEmpty();
        assertThat(p.exitValue()).as("exit code of writer w%d", w).isZero();
        assertThat(Files.readString(dir.resolve("w" + w + ".out"))).startsWith("conflicts=");
      }

      System.out.printf("multi-process: %d reads, %d while writers were half-way, optimistic conflicts %s%n",
          seen.reads, seen.intermediate, conflicts());
      int total = WRITERS * BATCHES * BATCH_SIZE;
      List<Partition> partitions = catalog.getPartitions("sales", "events");
      assertThat(partitions).hasSize(total);
      assertThat(partitions.stream().map(Partition::values).distinct()).hasSize(total);
      assertThat(partitions.get(0).values()).containsExactly("w0", "0000-000");
      assertThat(partitions.get(total - 1).values()).containsExactly("w2", "0019-024");
      assertThat(catalog.getTable("sales", "events").versionId()).isEqualTo(Integer.toString(WRITERS * BATCHES));
      Table counter = catalog.getTable("sales", "counter");
      assertThat(counter.parameters()).containsEntry("count", Integer.toString(WRITERS * BATCHES));
      assertThat(counter.versionId()).isEqualTo(Integer.toString(WRITERS * BATCHES));

      assertThat(seen.torn).as("reads that saw part of a batch or an inconsistent counter").isEmpty();
      assertThat(seen.intermediate).as("reads taken while the writers were half-way").isPositive();
    }
  }

  /** What the reader saw: reads that broke an invariant, and how many fell between start and end. */
  private static final class ReadObservations {
    final List<String> torn = new ArrayList<>();
    int reads;
    int intermediate;
  }

  private ReadObservations readWhileAlive(EmbeddedCatalog catalog, List<Process> writers) {
    ReadObservations seen = new ReadObservations();
    long lastEventsVersion = -1;
    int total = WRITERS * BATCHES * BATCH_SIZE;
    while (writers.stream().anyMatch(Process::isAlive)) {
      int count = catalog.getPartitions("sales", "events").size();
      seen.reads++;
      if (count % BATCH_SIZE != 0) {
        seen.torn.add("partition count " + count);
      }
      if (count > 0 && count < total) {
        seen.intermediate++;
      }
      long eventsVersion = Long.parseLong(catalog.getTable("sales", "events").versionId());
      if (eventsVersion < lastEventsVersion) {
        seen.torn.add("events version went back from " + lastEventsVersion + " to " + eventsVersion);
      }
      lastEventsVersion = eventsVersion;
      Table counter = catalog.getTable("sales", "counter");
      if (!counter.parameters().get("count").equals(counter.versionId())) {
        seen.torn.add("counter count " + counter.parameters().get("count") + " at version " + counter.versionId());
      }
    }
    return seen;
  }

  private List<String> conflicts() throws Exception {
    List<String> all = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      all.add(Files.readString(dir.resolve("w" + w + ".out")).trim());
    }
    return all;
  }

  private Process startWriter(String id) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        CatalogWriterProcess.class.getName(), dir.toString(), id, Integer.toString(BATCHES),
        Integer.toString(BATCH_SIZE));
    pb.redirectOutput(dir.resolve(id + ".out").toFile());
    pb.redirectError(dir.resolve(id + ".err").toFile());
    return pb.start();
  }

  private void awaitReadyFiles() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (int w = 0; w < WRITERS; w++) {
      while (!Files.exists(dir.resolve("ready-w" + w))) {
        assertThat(System.nanoTime()).as("writer w%d ready within 30 s", w).isLessThan(deadline);
        Thread.sleep(5);
      }
    }
  }
}
