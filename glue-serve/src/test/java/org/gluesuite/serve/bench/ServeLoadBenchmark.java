package org.gluesuite.serve.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.TableVersion;
import org.gluesuite.serve.testing.ServeFixture;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.ConcurrentModificationException;
import software.amazon.awssdk.services.glue.model.PartitionInput;
import software.amazon.awssdk.services.glue.model.PartitionValueList;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * Load on {@code glue-suite serve} over loopback: N concurrent SDK v2 clients, each in its own thread, issue a mix of
 * catalog reads (70%: GetTable, GetPartitions with an expression, GetPartition, GetTables, GetDatabases) and writes
 * (30%: BatchCreatePartition of 20, BatchDeletePartition of a batch the client created, UpdateTable with VersionId)
 * for a fixed time. Reports latency percentiles per kind and throughput, then checks the catalog: every acknowledged
 * batch is there whole (or, deleted, gone whole), nothing else is, and the table's versions match the acknowledged
 * updates. Not a test: run it by hand (see BENCHMARKS.md); {@code ServeLoadSmokeTest} runs a few seconds of it in CI.
 *
 * <pre>java … org.gluesuite.serve.bench.ServeLoadBenchmark [clients=20] [seconds=60]</pre>
 */
public final class ServeLoadBenchmark {
  private static final int BATCH = 20;
  private static final int INITIAL_DAYS = 10;

  /** What a run measured. */
  public record Result(int clients, double seconds, Stats reads, Stats writes, int conflicts, List<String> errors,
      List<String> inconsistencies) {

    public String markdown() {
      return String.format(Locale.ROOT, "| %d | %.0f s | %s | %s | %.0f req/s | %d | %d | %s |", clients, seconds,
          reads.summary(), writes.summary(), (reads.count + writes.count) / seconds, conflicts, errors.size(),
          inconsistencies.isEmpty() ? "consistent" : inconsistencies.size() + " problem(s)");
    }
  }

  /** Latencies of one kind of call, in milliseconds. */
  public record Stats(int count, double p50, double p99, double max) {
    static Stats of(List<Long> nanos) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return new Stats(0, 0, 0, 0);
      }
      return new Stats(sorted.size(), ms(sorted.get((int) Math.floor(0.50 * (sorted.size() - 1)))),
          ms(sorted.get((int) Math.floor(0.99 * (sorted.size() - 1)))), ms(sorted.get(sorted.size() - 1)));
    }

    private static double ms(long nanos) {
      return nanos / 1e6;
    }

    String summary() {
      return String.format(Locale.ROOT, "%,d: p50 %.1f ms, p99 %.1f ms, max %.0f ms", count, p50, p99, max);
    }
  }

  private ServeLoadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    try (ServeFixture serve = ServeFixture.start()) {
      Result result = run(serve, clients, seconds);
      System.out.println("| clients | duration | reads | writes | throughput | version conflicts | errors | catalog |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      System.out.println(result.markdown());
      result.errors().stream().limit(5).forEach(e -> System.out.println("error: " + e));
      result.inconsistencies().stream().limit(5).forEach(e -> System.out.println("inconsistent: " + e));
    }
  }

  public static Result run(ServeFixture serve, int clients, int seconds) throws Exception {
    try (GlueClient setup = serve.glue()) {
      setup.createDatabase(r -> r.databaseInput(d -> d.name("bench")));
      setup.createTable(r -> r.databaseName("bench").tableInput(table("")));
      for (int day = 0; day < INITIAL_DAYS; day++) {
        List<PartitionInput> initial = batch("init", day);
        setup.batchCreatePartition(r -> r.databaseName("bench").tableName("events").partitionInputList(initial));
      }
    }
    Worker[] workers = IntStream.range(0, clients).mapToObj(i -> new Worker(serve, i)).toArray(Worker[]::new);
    CountDownLatch done = new CountDownLatch(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long started = System.nanoTime();
    for (Worker worker : workers) {
      Thread thread = new Thread(() -> {
        try {
          worker.run(end);
        } finally {
          done.countDown();
        }
      }, "bench-client-" + worker.id);
      thread.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    List<Long> reads = new ArrayList<>();
    List<Long> writes = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int conflicts = 0;
    int updates = 0;
    Set<List<String>> expected = new HashSet<>();
    for (int day = 0; day < INITIAL_DAYS; day++) {
      expected.addAll(values("init", day));
    }
    for (Worker worker : workers) {
      reads.addAll(worker.reads);
      writes.addAll(worker.writes);
      errors.addAll(worker.errors);
      conflicts += worker.conflicts;
      updates += worker.updates;
      worker.created.forEach(batch -> expected.addAll(values(worker.prefix(), batch)));
      worker.deleted.forEach(batch -> values(worker.prefix(), batch).forEach(expected::remove));
    }
    List<String> inconsistencies = check(serve, expected, updates);
    return new Result(clients, elapsed, Stats.of(reads), Stats.of(writes), conflicts, errors, inconsistencies);
  }

  private static List<String> check(ServeFixture serve, Set<List<String>> expected, int updates) {
    List<String> problems = new ArrayList<>();
    Set<List<String>> actual = serve.catalog().getPartitions("bench", "events").stream().map(Partition::values)
        .collect(Collectors.toSet());
    Set<List<String>> missing = new HashSet<>(expected);
    missing.removeAll(actual);
    Set<List<String>> extra = new HashSet<>(actual);
    extra.removeAll(expected);
    missing.stream().limit(3).forEach(v -> problems.add("acknowledged partition missing: " + v));
    extra.stream().limit(3).forEach(v -> problems.add("partition present but never acknowledged: " + v));
    if (missing.size() + extra.size() > 6) {
      problems.add((missing.size() + extra.size()) + " partitions differ in all");
    }
    List<TableVersion> versions = serve.catalog().getTableVersions("bench", "events");
    String current = serve.catalog().getTable("bench", "events").versionId();
    if (!current.equals(Integer.toString(updates)) || versions.size() != updates + 1) {
      problems.add("table version " + current + " with " + versions.size() + " versions after " + updates
          + " acknowledged updates");
    }
    return problems;
  }

  private static TableInput table(String description) {
    return TableInput.builder().name("events").description(description).tableType("EXTERNAL_TABLE")
        .storageDescriptor(s -> s.location("s3://lake/events/").columns(Column.builder().name("id").type("bigint")
            .build(), Column.builder().name("payload").type("string").build()))
        .partitionKeys(Column.builder().name("source").type("string").build(),
            Column.builder().name("batch").type("int").build(), Column.builder().name("n").type("int").build())
        .build();
  }

  private static List<List<String>> values(String source, int batch) {
    return IntStream.range(0, BATCH).mapToObj(n -> List.of(source, Integer.toString(batch), Integer.toString(n)))
        .toList();
  }

  private static List<PartitionInput> batch(String source, int batch) {
    return values(source, batch).stream().map(v -> PartitionInput.builder().values(v)
        .storageDescriptor(s -> s.location("s3://lake/events/" + String.join("/", v) + "/")).build()).toList();
  }

  /** One client: its own SDK client, its own partition source, and what the endpoint acknowledged to it. */
  private static final class Worker {
    private final ServeFixture serve;
    private final int id;
    private final List<Long> reads = new ArrayList<>();
    private final List<Long> writes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Integer> created = new ArrayList<>();
    private final List<Integer> deleted = new ArrayList<>();
    private final ArrayDeque<Integer> deletable = new ArrayDeque<>();
    private int conflicts;
    private int updates;
    private int nextBatch;

    Worker(ServeFixture serve, int id) {
      this.serve = serve;
      this.id = id;
    }

    String prefix() {
      return "client" + id;
    }

    void run(long end) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      try (GlueClient glue = serve.glue()) {
        while (System.nanoTime() < end) {
          int dice = random.nextInt(100);
          long start = System.nanoTime();
          try {
            if (dice < 70) {
              read(glue, dice, random);
              reads.add(System.nanoTime() - start);
            } else {
              write(glue, dice);
              writes.add(System.nanoTime() - start);
            }
          } catch (ConcurrentModificationException e) {
            conflicts++;
            writes.add(System.nanoTime() - start);
          } catch (RuntimeException e) {
            errors.add(prefix() + ": " + e);
          }
        }
      }
    }

    private void read(GlueClient glue, int dice, ThreadLocalRandom random) {
      int day = random.nextInt(INITIAL_DAYS);
      if (dice < 20) {
        glue.getTable(r -> r.databaseName("bench").name("events"));
      } else if (dice < 40) {
        int found = glue.getPartitions(r -> r.databaseName("bench").tableName("events")
            .expression("source = 'init' AND batch = " + day + " AND n < 10")).partitions().size();
        if (found != 10) {
          errors.add(prefix() + ": GetPartitions of batch " + day + " found " + found + " partitions, not 10");
        }
      } else if (dice < 55) {
        glue.getPartition(r -> r.databaseName("bench").tableName("events")
            .partitionValues("init", Integer.toString(day), "3"));
      } else if (dice < 65) {
        glue.getTables(r -> r.databaseName("bench"));
      } else {
        glue.getDatabases(r -> { });
      }
    }

    private void write(GlueClient glue, int dice) {
      if (dice < 85 || deletable.isEmpty()) {
        int batch = nextBatch++;
        var errorsOfBatch = glue.batchCreatePartition(r -> r.databaseName("bench").tableName("events")
            .partitionInputList(ServeLoadBenchmark.batch(prefix(), batch))).errors();
        if (!errorsOfBatch.isEmpty()) {
          errors.add(prefix() + ": batch " + batch + " had " + errorsOfBatch.size() + " errors");
        }
        created.add(batch);
        deletable.add(batch);
      } else if (dice < 93) {
        int batch = deletable.poll();
        var errorsOfBatch = glue.batchDeletePartition(r -> r.databaseName("bench").tableName("events")
            .partitionsToDelete(values(prefix(), batch).stream()
                .map(v -> PartitionValueList.builder().values(v).build()).toList())).errors();
        if (!errorsOfBatch.isEmpty()) {
          errors.add(prefix() + ": deleting batch " + batch + " had " + errorsOfBatch.size() + " errors");
        }
        deleted.add(batch);
      } else {
        Table current = glue.getTable(r -> r.databaseName("bench").name("events")).table();
        glue.updateTable(r -> r.databaseName("bench").versionId(current.versionId())
            .tableInput(table(prefix() + " " + System.nanoTime())));
        updates++;
      }
    }
  }
}
