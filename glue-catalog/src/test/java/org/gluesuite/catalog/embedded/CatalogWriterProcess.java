package org.gluesuite.catalog.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.Table;

/**
 * A child process of {@link MultiProcessCatalogTest}: opens the shared catalog, signals it is ready, waits
 * for the go file, then for each batch adds partitions to {@code sales.events} in one call, updates
 * {@code sales.events} (plain update) and increments {@code sales.counter}'s {@code count} parameter with
 * optimistic updates, retrying on conflicts. Any failure goes to stderr with exit code 1.
 *
 * <p>Arguments: catalogDir writerId batches batchSize
 */
public final class CatalogWriterProcess {

  private CatalogWriterProcess() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String writer = args[1];
    int batches = Integer.parseInt(args[2]);
    int batchSize = Integer.parseInt(args[3]);
    int conflicts = 0;
    try (EmbeddedCatalog catalog = EmbeddedCatalog.open(dir)) {
      Files.createFile(dir.resolve("ready-" + writer));
      awaitGo(dir.resolve("go"));
      for (int b = 0; b < batches; b++) {
        List<PartitionError> errors = catalog.batchCreatePartition("sales", "events", batch(writer, b, batchSize));
        if (!errors.isEmpty()) {
          throw new IllegalStateException("Unexpected partition errors: " + errors);
        }
        Table events = catalog.getTable("sales", "events");
        catalog.updateTable("sales", events.toInput());
        conflicts += incrementCounter(catalog);
        Thread.sleep(3);
      }
    }
    System.out.println("conflicts=" + conflicts);
  }

  /** Read-modify-write of the counter; returns how many times another writer got in first. */
  private static int incrementCounter(EmbeddedCatalog catalog) {
    for (int attempt = 0; ; attempt++) {
      Table counter = catalog.getTable("sales", "counter");
      Map<String, String> parameters = new HashMap<>(counter.parameters());
      parameters.put("count", Integer.toString(Integer.parseInt(parameters.get("count")) + 1));
      try {
        catalog.updateTable("sales", counter.toInput().withParameters(parameters), counter.versionId());
        return attempt;
      } catch (ConcurrentModificationException expectedUnderContention) {
        // another writer incremented first: re-read and retry
      }
    }
  }

  private static List<PartitionInput> batch(String writer, int batch, int size) {
    List<PartitionInput> inputs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      inputs.add(new PartitionInput(List.of(writer, String.format("%04d-%03d", batch, i)), null, null));
    }
    return inputs;
  }

  private static void awaitGo(Path go) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!Files.exists(go)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("No go signal at " + go + " within 30 s");
      }
      Thread.sleep(2);
    }
  }
}
