package org.gluesuite.aws.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.gluesuite.aws.catalog.internal.Batches;
import org.gluesuite.aws.catalog.internal.GlueFailures;
import org.gluesuite.aws.catalog.internal.GlueShapes;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.Connection;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.PartitionUpdate;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.TableVersion;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.BatchGetPartitionResponse;
import software.amazon.awssdk.services.glue.model.BatchUpdatePartitionRequestEntry;
import software.amazon.awssdk.services.glue.model.PartitionValueList;
import software.amazon.awssdk.services.glue.model.Segment;

/**
 * The Data Catalog of AWS Glue (or of any endpoint speaking its API, such as {@code glue-suite serve}) through SDK v2's
 * {@link GlueClient}. Every list call is paged to the end; batch calls are split at AWS's limits (100 partitions per
 * {@code BatchCreatePartition} and {@code BatchUpdatePartition}, 25 per {@code BatchDeletePartition}, 1,000 per
 * {@code BatchGetPartition}) and their errors merged, so a batch larger than a limit is not atomic, as on AWS;
 * {@code GetPartitions} sends the expression to the server and may read the partitions in parallel segments.
 * Failures become the catalog's exceptions (see {@link GlueFailures}); throttling is retried by the client's retry
 * strategy ({@link org.gluesuite.aws.AwsClientFactory}).
 *
 * <p>Safe to share between threads; {@link #close()} closes the client.
 */
public final class GlueDataCatalog implements DataCatalog {
  public static final int BATCH_CREATE_PARTITION_LIMIT = 100;
  public static final int BATCH_UPDATE_PARTITION_LIMIT = 100;
  public static final int BATCH_DELETE_PARTITION_LIMIT = 25;
  public static final int BATCH_GET_PARTITION_LIMIT = 1000;
  /** Glue's {@code Segment.TotalSegments} range. */
  public static final int MAX_SEGMENTS = 10;
  /** How often {@code BatchGetPartition}'s unprocessed keys are asked for again before the call fails. */
  private static final int UNPROCESSED_RETRIES = 5;

  private static final Comparator<Partition> BY_VALUES = (a, b) -> {
    for (int i = 0; i < Math.min(a.values().size(), b.values().size()); i++) {
      int c = a.values().get(i).compareTo(b.values().get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.values().size(), b.values().size());
  };

  private final GlueClient glue;
  private final int segments;
  private final ExecutorService segmentReaders;

  private GlueDataCatalog(GlueClient glue, int segments) {
    this.glue = Objects.requireNonNull(glue, "glue");
    if (segments < 1 || segments > MAX_SEGMENTS) {
      throw new IllegalArgumentException("segments must be 1 to " + MAX_SEGMENTS + ", not " + segments);
    }
    this.segments = segments;
    this.segmentReaders = segments == 1 ? null : Executors.newFixedThreadPool(segments, r -> {
      Thread thread = new Thread(r, "glue-partition-segment");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The catalog behind {@code glue}, reading partitions in one sequence of pages; it closes the client. */
  public static GlueDataCatalog create(GlueClient glue) {
    return new GlueDataCatalog(glue, 1);
  }

  /**
   * As {@link #create(GlueClient)}, reading each table's partitions as {@code segments} (1 to 10) parallel sequences
   * of pages, which is faster for tables with many thousands of partitions.
   */
  public static GlueDataCatalog create(GlueClient glue, int segments) {
    return new GlueDataCatalog(glue, segments);
  }

  // ---- databases -----------------------------------------------------------------------------------------

  @Override
  public void createDatabase(DatabaseInput input) {
    require(input, "DatabaseInput");
    GlueFailures.run("CreateDatabase " + input.name(),
        () -> glue.createDatabase(r -> r.databaseInput(GlueShapes.toSdk(input))));
  }

  @Override
  public Database getDatabase(String name) {
    return GlueFailures.call("GetDatabase " + name,
        () -> GlueShapes.fromSdk(glue.getDatabase(r -> r.name(name)).database()));
  }

  @Override
  public List<Database> getDatabases() {
    return GlueFailures.call("GetDatabases", () -> glue.getDatabasesPaginator(r -> { }).stream()
        .flatMap(page -> page.databaseList().stream())
        .map(GlueShapes::fromSdk).toList());
  }

  @Override
  public void updateDatabase(String name, DatabaseInput input) {
    require(input, "DatabaseInput");
    GlueFailures.run("UpdateDatabase " + name,
        () -> glue.updateDatabase(r -> r.name(name).databaseInput(GlueShapes.toSdk(input))));
  }

  @Override
  public void deleteDatabase(String name) {
    GlueFailures.run("DeleteDatabase " + name, () -> glue.deleteDatabase(r -> r.name(name)));
  }

  // ---- tables --------------------------------------------------------------------------------------------

  @Override
  public void createTable(String databaseName, TableInput input) {
    require(input, "TableInput");
    GlueFailures.run("CreateTable " + databaseName + "." + input.name(), () -> glue.createTable(r -> r
        .databaseName(databaseName).tableInput(GlueShapes.toSdk(input))));
  }

  @Override
  public void updateTable(String databaseName, TableInput input) {
    require(input, "TableInput");
    GlueFailures.run("UpdateTable " + databaseName + "." + input.name(), () -> glue.updateTable(r -> r
        .databaseName(databaseName).tableInput(GlueShapes.toSdk(input))));
  }

  /** Glue's {@code UpdateTable} with {@code VersionId}: the server compares and updates atomically. */
  @Override
  public void updateTable(String databaseName, TableInput input, String expectedVersionId) {
    require(input, "TableInput");
    require(expectedVersionId, "The expected VersionId");
    GlueFailures.run("UpdateTable " + databaseName + "." + input.name(), () -> glue.updateTable(r -> r
        .databaseName(databaseName).tableInput(GlueShapes.toSdk(input)).versionId(expectedVersionId)));
  }

  @Override
  public Table getTable(String databaseName, String tableName) {
    return GlueFailures.call("GetTable " + databaseName + "." + tableName, () -> GlueShapes.fromSdk(
        glue.getTable(r -> r.databaseName(databaseName).name(tableName)).table()));
  }

  @Override
  public List<Table> getTables(String databaseName) {
    return GlueFailures.call("GetTables " + databaseName, () -> glue.getTablesPaginator(r -> r
        .databaseName(databaseName)).stream().flatMap(page -> page.tableList().stream()).map(GlueShapes::fromSdk).toList());
  }

  @Override
  public void deleteTable(String databaseName, String tableName) {
    GlueFailures.run("DeleteTable " + databaseName + "." + tableName,
        () -> glue.deleteTable(r -> r.databaseName(databaseName).name(tableName)));
  }

  @Override
  public List<TableVersion> getTableVersions(String databaseName, String tableName) {
    return GlueFailures.call("GetTableVersions " + databaseName + "." + tableName, () -> glue
        .getTableVersionsPaginator(r -> r.databaseName(databaseName).tableName(tableName)).stream()
        .flatMap(page -> page.tableVersions().stream())
        .map(GlueShapes::fromSdk).toList());
  }

  @Override
  public TableVersion getTableVersion(String databaseName, String tableName, String versionId) {
    require(versionId, "The VersionId");
    return GlueFailures.call("GetTableVersion " + databaseName + "." + tableName, () -> GlueShapes.fromSdk(glue
        .getTableVersion(r -> r.databaseName(databaseName).tableName(tableName).versionId(versionId))
        .tableVersion()));
  }

  @Override
  public void deleteTableVersion(String databaseName, String tableName, String versionId) {
    require(versionId, "The VersionId");
    GlueFailures.run("DeleteTableVersion " + databaseName + "." + tableName, () -> glue.deleteTableVersion(r -> r
        .databaseName(databaseName).tableName(tableName).versionId(versionId)));
  }

  // ---- partitions ----------------------------------------------------------------------------------------

  @Override
  public void createPartition(String databaseName, String tableName, PartitionInput input) {
    require(input, "PartitionInput");
    GlueFailures.run("CreatePartition " + databaseName + "." + tableName, () -> glue.createPartition(r -> r
        .databaseName(databaseName).tableName(tableName).partitionInput(GlueShapes.toSdk(input))));
  }

  @Override
  public List<PartitionError> batchCreatePartition(String databaseName, String tableName,
      List<PartitionInput> inputs) {
    require(inputs, "The list of PartitionInputs");
    inputs.forEach(input -> require(input, "A PartitionInput of the list"));
    return Batches.inChunks(inputs, BATCH_CREATE_PARTITION_LIMIT, chunk -> GlueFailures.call(
        "BatchCreatePartition " + databaseName + "." + tableName, () -> glue.batchCreatePartition(r -> r
            .databaseName(databaseName).tableName(tableName)
            .partitionInputList(chunk.stream().map(GlueShapes::toSdk).toList())).errors().stream()
            .map(e -> GlueShapes.partitionError(e.partitionValues(), e.errorDetail())).toList()));
  }

  @Override
  public Partition getPartition(String databaseName, String tableName, List<String> values) {
    require(values, "The partition values");
    return GlueFailures.call("GetPartition " + databaseName + "." + tableName, () -> GlueShapes.fromSdk(glue
        .getPartition(r -> r.databaseName(databaseName).tableName(tableName).partitionValues(values)).partition()));
  }

  @Override
  public List<Partition> getPartitions(String databaseName, String tableName) {
    return getPartitions(databaseName, tableName, null);
  }

  /** The server filters with {@code expression}; the pages (of every segment) are merged and ordered by values. */
  @Override
  public List<Partition> getPartitions(String databaseName, String tableName, String expression) {
    String filter = expression == null || expression.isBlank() ? null : expression;
    String operation = "GetPartitions " + databaseName + "." + tableName;
    List<Partition> all = new ArrayList<>();
    if (segments == 1) {
      all.addAll(readSegment(operation, databaseName, tableName, filter, null));
    } else {
      List<CompletableFuture<List<Partition>>> reads = IntStream.range(0, segments)
          .mapToObj(i -> Segment.builder().segmentNumber(i).totalSegments(segments).build())
          .map(segment -> CompletableFuture.supplyAsync(
              () -> readSegment(operation, databaseName, tableName, filter, segment), segmentReaders))
          .toList();
      for (CompletableFuture<List<Partition>> read : reads) {
        all.addAll(join(read));
      }
    }
    all.sort(BY_VALUES);
    return List.copyOf(all);
  }

  private List<Partition> readSegment(String operation, String databaseName, String tableName, String expression,
      Segment segment) {
    return GlueFailures.call(operation, () -> glue.getPartitionsPaginator(r -> r.databaseName(databaseName)
        .tableName(tableName).expression(expression).segment(segment)).stream()
        .flatMap(page -> page.partitions().stream())
        .map(GlueShapes::fromSdk).toList());
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /** Unprocessed keys (throttled on AWS) are asked for again a few times before the call fails. */
  @Override
  public List<Partition> batchGetPartition(String databaseName, String tableName, List<List<String>> values) {
    require(values, "The list of partition values");
    String operation = "BatchGetPartition " + databaseName + "." + tableName;
    return Batches.inChunks(values, BATCH_GET_PARTITION_LIMIT, chunk -> {
      List<Partition> found = new ArrayList<>();
      List<PartitionValueList> pending = chunk.stream().map(v -> PartitionValueList.builder().values(v).build())
          .toList();
      for (int attempt = 0; !pending.isEmpty(); attempt++) {
        if (attempt > UNPROCESSED_RETRIES) {
          throw RemoteCatalogException.unprocessed(operation, pending.size());
        }
        List<PartitionValueList> asked = pending;
        BatchGetPartitionResponse response = GlueFailures.call(operation, () -> glue.batchGetPartition(r -> r
            .databaseName(databaseName).tableName(tableName).partitionsToGet(asked)));
        response.partitions().stream().map(GlueShapes::fromSdk).forEach(found::add);
        pending = response.unprocessedKeys();
      }
      return found;
    });
  }

  @Override
  public void updatePartition(String databaseName, String tableName, List<String> values, PartitionInput input) {
    require(values, "The partition values");
    require(input, "PartitionInput");
    GlueFailures.run("UpdatePartition " + databaseName + "." + tableName, () -> glue.updatePartition(r -> r
        .databaseName(databaseName).tableName(tableName).partitionValueList(values)
        .partitionInput(GlueShapes.toSdk(input))));
  }

  @Override
  public List<PartitionError> batchUpdatePartition(String databaseName, String tableName,
      List<PartitionUpdate> updates) {
    require(updates, "The list of partition updates");
    updates.forEach(update -> {
      require(update, "An entry of the list of partition updates");
      require(update.values(), "The PartitionValueList of an entry");
      require(update.input(), "The PartitionInput of an entry");
    });
    return Batches.inChunks(updates, BATCH_UPDATE_PARTITION_LIMIT, chunk -> GlueFailures.call(
        "BatchUpdatePartition " + databaseName + "." + tableName, () -> glue.batchUpdatePartition(r -> r
            .databaseName(databaseName).tableName(tableName).entries(chunk.stream()
                .map(u -> BatchUpdatePartitionRequestEntry.builder().partitionValueList(u.values())
                    .partitionInput(GlueShapes.toSdk(u.input())).build()).toList()))
            .errors().stream().map(e -> GlueShapes.partitionError(e.partitionValueList(), e.errorDetail())).toList()));
  }

  @Override
  public List<PartitionError> batchDeletePartition(String databaseName, String tableName,
      List<List<String>> values) {
    require(values, "The list of partition values");
    values.forEach(v -> require(v, "The values of a partition to delete"));
    return Batches.inChunks(values, BATCH_DELETE_PARTITION_LIMIT, chunk -> GlueFailures.call(
        "BatchDeletePartition " + databaseName + "." + tableName, () -> glue.batchDeletePartition(r -> r
            .databaseName(databaseName).tableName(tableName)
            .partitionsToDelete(chunk.stream().map(v -> PartitionValueList.builder().values(v).build()).toList()))
            .errors().stream().map(e -> GlueShapes.partitionError(e.partitionValues(), e.errorDetail())).toList()));
  }

  @Override
  public void deletePartition(String databaseName, String tableName, List<String> values) {
    require(values, "The partition values");
    GlueFailures.run("DeletePartition " + databaseName + "." + tableName, () -> glue.deletePartition(r -> r
        .databaseName(databaseName).tableName(tableName).partitionValues(values)));
  }

  // ---- connections ---------------------------------------------------------------------------------------

  @Override
  public void createConnection(ConnectionInput input) {
    require(input, "ConnectionInput");
    GlueFailures.run("CreateConnection " + input.name(),
        () -> glue.createConnection(r -> r.connectionInput(GlueShapes.toSdk(input))));
  }

  @Override
  public Connection getConnection(String name) {
    return GlueFailures.call("GetConnection " + name,
        () -> GlueShapes.fromSdk(glue.getConnection(r -> r.name(name)).connection()));
  }

  @Override
  public List<Connection> getConnections() {
    return GlueFailures.call("GetConnections", () -> glue.getConnectionsPaginator(r -> { }).stream()
        .flatMap(page -> page.connectionList().stream()).map(GlueShapes::fromSdk).toList());
  }

  @Override
  public void deleteConnection(String name) {
    GlueFailures.run("DeleteConnection " + name, () -> glue.deleteConnection(r -> r.connectionName(name)));
  }

  @Override
  public void close() {
    if (segmentReaders != null) {
      segmentReaders.shutdownNow();
    }
    glue.close();
  }

  private static <T> T require(T value, String what) {
    if (value == null) {
      throw CatalogErrors.missingInput(what);
    }
    return value;
  }

  @Override
  public String toString() {
    return "GlueDataCatalog[" + glue.serviceClientConfiguration().endpointOverride().map(Object::toString)
        .orElse(glue.serviceClientConfiguration().region().id()) + "]";
  }
}
