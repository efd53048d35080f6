package org.gluesuite.catalog.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.CatalogNames;
import org.gluesuite.catalog.CatalogResource;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.PartitionUpdate;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.TableVersion;
import org.gluesuite.catalog.expression.PartitionExpression;
import org.gluesuite.catalog.types.TableSchema;

/**
 * The local Glue Data Catalog: one SQLite file, {@code <catalogDir>/glue-catalog.db}, shared safely by any
 * number of processes.
 *
 * <p>Each entity is stored as Glue's JSON shape, next to indexed key columns (database, table, partition
 * values). Every write is one {@code BEGIN IMMEDIATE} transaction, so a batch of partitions appears to
 * readers all at once or not at all; reads see one committed snapshot. Names are folded to lower case and
 * checked by {@link CatalogNames}; messages come from {@link CatalogErrors}.
 *
 * <p>An instance holds one connection and is safe to share between threads (calls are serialised); open
 * one instance per process and close it when done.
 */
public final class EmbeddedCatalog implements DataCatalog {

  /** The catalog file inside the catalog directory. */
  public static final String FILE_NAME = "glue-catalog.db";

  /** Glue's limit of tags on one resource. */
  public static final int MAX_TAGS_PER_RESOURCE = 50;

  /** How long a write waits for other processes' write transactions before it fails. */
  public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

  private final SqliteStore store;

  private EmbeddedCatalog(SqliteStore store) {
    this.store = store;
  }

  /** Opens (creating it if needed) the catalog in {@code catalogDir}. */
  public static EmbeddedCatalog open(Path catalogDir) {
    return open(catalogDir, DEFAULT_BUSY_TIMEOUT);
  }

  /**
   * Opens (creating it if needed) the catalog in {@code catalogDir}; writes wait up to {@code busyTimeout}
   * for other writers.
   *
   * @throws org.gluesuite.catalog.CatalogStoreException if the file is not a catalog, is damaged or was
   *     written by a newer version
   */
  public static EmbeddedCatalog open(Path catalogDir, Duration busyTimeout) {
    Path dir = catalogDir.toAbsolutePath().normalize();
    Path file = dir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw CatalogErrors.cannotOpen(file, e);
    }
    StoreMigrations.checkHeader(file);
    SqliteStore store = SqliteStore.open(file, busyTimeout);
    try {
      // Check (and create) the schema before switching to WAL, so a foreign file is never modified.
      store.write("opening the catalog", c -> StoreMigrations.initialize(c, file));
      store.useWriteAheadLog();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return new EmbeddedCatalog(store);
  }

  /** The catalog file. */
  public Path file() {
    return store.file();
  }

  // ---- databases --------------------------------------------------------------------------------

  @Override
  public synchronized void createDatabase(DatabaseInput input) {
    require(input, "DatabaseInput");
    String name = CatalogNames.database(input.name());
    store.write("createDatabase " + name, c -> {
      if (DatabaseRows.find(c, name) != null) {
        throw CatalogErrors.databaseAlreadyExists(name);
      }
      DatabaseRows.insert(c, new Database(name, input.description(), input.locationUri(), input.parameters(),
          now()));
      return null;
    });
  }

  @Override
  public synchronized Database getDatabase(String name) {
    String db = CatalogNames.database(name);
    return store.read("getDatabase " + db, c -> requireDatabase(c, db));
  }

  @Override
  public synchronized List<Database> getDatabases() {
    return store.read("getDatabases", DatabaseRows::all);
  }

  @Override
  public synchronized void updateDatabase(String name, DatabaseInput input) {
    String db = CatalogNames.database(name);
    require(input, "DatabaseInput");
    requireSameName("database", db, input.name());
    store.write("updateDatabase " + db, c -> {
      Database current = requireDatabase(c, db);
      DatabaseRows.update(c, new Database(db, input.description(), input.locationUri(), input.parameters(),
          current.createTime()));
      return null;
    });
  }

  @Override
  public synchronized void deleteDatabase(String name) {
    String db = CatalogNames.database(name);
    store.write("deleteDatabase " + db, c -> {
      requireDatabase(c, db);
      DatabaseRows.delete(c, db);
      TagRows.removeAll(c, CatalogResource.database(db));
      TagRows.removeAll(c, "table/" + db);
      return null;
    });
  }

  // ---- tables -----------------------------------------------------------------------------------

  @Override
  public synchronized void createTable(String databaseName, TableInput input) {
    String db = CatalogNames.database(databaseName);
    require(input, "TableInput");
    String name = CatalogNames.table(input.name());
    checkPartitionKeys(db, name, input.partitionKeys());
    checkTypes("table " + db + "." + name, input.storageDescriptor(), input.partitionKeys());
    store.write("createTable " + db + "." + name, c -> {
      requireDatabase(c, db);
      if (TableRows.find(c, db, name) != null) {
        throw CatalogErrors.tableAlreadyExists(db, name);
      }
      Instant now = now();
      Table table = new Table(db, name, input.description(), input.owner(), input.storageDescriptor(),
          input.partitionKeys(), input.tableType(), input.parameters(), now, now, "0");
      TableRows.insert(c, table);
      TableVersionRows.insert(c, table);
      return null;
    });
  }

  @Override
  public synchronized void updateTable(String databaseName, TableInput input) {
    update(databaseName, input, null);
  }

  /** Compares the version and updates in one transaction, so two writers cannot both succeed. */
  @Override
  public synchronized void updateTable(String databaseName, TableInput input, String expectedVersionId) {
    require(expectedVersionId, "The expected VersionId");
    update(databaseName, input, expectedVersionId);
  }

  private void update(String databaseName, TableInput input, String expectedVersionId) {
    String db = CatalogNames.database(databaseName);
    require(input, "TableInput");
    String name = CatalogNames.table(input.name());
    checkPartitionKeys(db, name, input.partitionKeys());
    checkTypes("table " + db + "." + name, input.storageDescriptor(), input.partitionKeys());
    store.write("updateTable " + db + "." + name, c -> {
      Table current = requireTable(c, db, name);
      if (expectedVersionId != null && !expectedVersionId.equals(current.versionId())) {
        throw CatalogErrors.tableVersionChanged(db, name, expectedVersionId, current.versionId());
      }
      String next = Long.toString(Long.parseLong(current.versionId()) + 1);
      Table updated = new Table(db, name, input.description(), input.owner(), input.storageDescriptor(),
          input.partitionKeys(), input.tableType(), input.parameters(), current.createTime(), now(), next);
      TableRows.update(c, updated);
      TableVersionRows.insert(c, updated);
      return null;
    });
  }

  @Override
  public synchronized Table getTable(String databaseName, String tableName) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    return store.read("getTable " + db + "." + name, c -> requireTable(c, db, name));
  }

  @Override
  public synchronized List<Table> getTables(String databaseName) {
    String db = CatalogNames.database(databaseName);
    return store.read("getTables " + db, c -> {
      requireDatabase(c, db);
      return TableRows.all(c, db);
    });
  }

  @Override
  public synchronized void deleteTable(String databaseName, String tableName) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    store.write("deleteTable " + db + "." + name, c -> {
      requireTable(c, db, name);
      TableRows.delete(c, db, name);
      TagRows.removeAll(c, CatalogResource.table(db, name));
      return null;
    });
  }

  @Override
  public synchronized List<TableVersion> getTableVersions(String databaseName, String tableName) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    return store.read("getTableVersions " + db + "." + name, c -> {
      requireTable(c, db, name);
      return TableVersionRows.all(c, db, name);
    });
  }

  @Override
  public synchronized TableVersion getTableVersion(String databaseName, String tableName, String versionId) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(versionId, "The VersionId");
    return store.read("getTableVersion " + db + "." + name, c -> {
      requireTable(c, db, name);
      return requireVersion(c, db, name, versionId);
    });
  }

  @Override
  public synchronized void deleteTableVersion(String databaseName, String tableName, String versionId) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(versionId, "The VersionId");
    store.write("deleteTableVersion " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      TableVersion version = requireVersion(c, db, name, versionId);
      if (version.versionId().equals(table.versionId())) {
        throw CatalogErrors.currentTableVersion(db, name, version.versionId());
      }
      TableVersionRows.delete(c, db, name, Long.parseLong(version.versionId()));
      return null;
    });
  }

  // ---- partitions -------------------------------------------------------------------------------

  @Override
  public synchronized void createPartition(String databaseName, String tableName, PartitionInput input) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(input, "PartitionInput");
    store.write("createPartition " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      checkPartition(table, input);
      if (PartitionRows.exists(c, db, name, input.values())) {
        throw CatalogErrors.partitionAlreadyExists(db, name, input.values());
      }
      PartitionRows.insert(c, newPartition(db, name, input));
      return null;
    });
  }

  @Override
  public synchronized List<PartitionError> batchCreatePartition(String databaseName, String tableName,
      List<PartitionInput> inputs) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(inputs, "The list of PartitionInputs");
    inputs.forEach(input -> require(input, "A PartitionInput of the list"));
    return store.write("batchCreatePartition " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      Set<List<String>> created = new HashSet<>();
      return eachEntry(inputs, PartitionInput::values, input -> {
        checkPartition(table, input);
        if (created.contains(input.values()) || PartitionRows.exists(c, db, name, input.values())) {
          throw CatalogErrors.partitionAlreadyExists(db, name, input.values());
        }
        PartitionRows.insert(c, newPartition(db, name, input));
        created.add(input.values());
      });
    });
  }

  @Override
  public synchronized Partition getPartition(String databaseName, String tableName, List<String> values) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(values, "The partition values");
    return store.read("getPartition " + db + "." + name, c -> {
      checkValues(requireTable(c, db, name), values);
      return requirePartition(c, db, name, values);
    });
  }

  @Override
  public synchronized List<Partition> getPartitions(String databaseName, String tableName) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    return store.read("getPartitions " + db + "." + name, c -> {
      requireTable(c, db, name);
      return PartitionRows.all(c, db, name);
    });
  }

  /** Parses the expression and filters in the same read transaction, so both see one snapshot. */
  @Override
  public synchronized List<Partition> getPartitions(String databaseName, String tableName, String expression) {
    if (expression == null || expression.isBlank()) {
      return getPartitions(databaseName, tableName);
    }
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    return store.read("getPartitions " + db + "." + name, c -> {
      PartitionExpression filter = PartitionExpression.parse(expression, requireTable(c, db, name));
      return filter.filter(PartitionRows.all(c, db, name));
    });
  }

  @Override
  public synchronized List<Partition> batchGetPartition(String databaseName, String tableName,
      List<List<String>> values) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(values, "The list of partition values");
    return store.read("batchGetPartition " + db + "." + name, c -> {
      requireTable(c, db, name);
      List<Partition> found = new ArrayList<>();
      for (List<String> partitionValues : values) {
        Partition partition = partitionValues == null ? null : PartitionRows.find(c, db, name, partitionValues);
        if (partition != null) {
          found.add(partition);
        }
      }
      return List.copyOf(found);
    });
  }

  @Override
  public synchronized void updatePartition(String databaseName, String tableName, List<String> values,
      PartitionInput input) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(values, "The partition values");
    require(input, "PartitionInput");
    store.write("updatePartition " + db + "." + name, c -> {
      replacePartition(c, requireTable(c, db, name), values, input);
      return null;
    });
  }

  /** Every entry in one transaction: readers see all the applied entries or none. */
  @Override
  public synchronized List<PartitionError> batchUpdatePartition(String databaseName, String tableName,
      List<PartitionUpdate> updates) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(updates, "The list of partition updates");
    updates.forEach(update -> require(update, "An entry of the list of partition updates"));
    return store.write("batchUpdatePartition " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      return eachEntry(updates, PartitionUpdate::values, update -> {
        require(update.values(), "The PartitionValueList of an entry");
        require(update.input(), "The PartitionInput of an entry");
        replacePartition(c, table, update.values(), update.input());
      });
    });
  }

  /** One entry of a batch, inside the batch's transaction. */
  private interface EntryWork<T> {
    void apply(T entry) throws SQLException;
  }

  /**
   * Applies {@code work} to each entry and reports, as Glue's batch calls do, one error per entry the caller got wrong
   * (invalid, existing, missing); any other failure aborts the whole transaction.
   */
  private static <T> List<PartitionError> eachEntry(List<T> entries, Function<T, List<String>> values,
      EntryWork<T> work) throws SQLException {
    List<PartitionError> errors = new ArrayList<>();
    for (T entry : entries) {
      try {
        work.apply(entry);
      } catch (InvalidInputException | AlreadyExistsException | EntityNotFoundException e) {
        errors.add(new PartitionError(values.apply(entry), e.errorCode(), e.getMessage()));
      }
    }
    return List.copyOf(errors);
  }

  private static void replacePartition(Connection c, Table table, List<String> values, PartitionInput input)
      throws SQLException {
    String db = table.databaseName();
    String name = table.name();
    checkValues(table, values);
    checkPartition(table, input);
    Partition current = requirePartition(c, db, name, values);
    if (!values.equals(input.values()) && PartitionRows.exists(c, db, name, input.values())) {
      throw CatalogErrors.partitionAlreadyExists(db, name, input.values());
    }
    PartitionRows.replace(c, values, new Partition(db, name, input.values(), input.storageDescriptor(),
        input.parameters(), current.creationTime(), current.lastAccessTime()));
  }

  /** Every deletion in one transaction. */
  @Override
  public synchronized List<PartitionError> batchDeletePartition(String databaseName, String tableName,
      List<List<String>> values) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(values, "The list of partition values");
    return store.write("batchDeletePartition " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      return eachEntry(values, partitionValues -> partitionValues, partitionValues -> {
        require(partitionValues, "The values of a partition to delete");
        checkValues(table, partitionValues);
        requirePartition(c, db, name, partitionValues);
        PartitionRows.delete(c, db, name, partitionValues);
      });
    });
  }

  @Override
  public synchronized void deletePartition(String databaseName, String tableName, List<String> values) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(values, "The partition values");
    store.write("deletePartition " + db + "." + name, c -> {
      checkValues(requireTable(c, db, name), values);
      requirePartition(c, db, name, values);
      PartitionRows.delete(c, db, name, values);
      return null;
    });
  }

  // ---- connections ------------------------------------------------------------------------------

  @Override
  public synchronized void createConnection(ConnectionInput input) {
    require(input, "ConnectionInput");
    String name = CatalogNames.normalize("connection", input.name());
    require(input.connectionType(), "The ConnectionType");
    store.write("createConnection " + name, c -> {
      if (ConnectionRows.find(c, name) != null) {
        throw CatalogErrors.connectionAlreadyExists(name);
      }
      Instant now = now();
      ConnectionRows.insert(c, new org.gluesuite.catalog.Connection(name, input.description(),
          input.connectionType().toUpperCase(Locale.ROOT), input.connectionProperties(), now, now));
      return null;
    });
  }

  @Override
  public synchronized org.gluesuite.catalog.Connection getConnection(String connectionName) {
    String name = CatalogNames.normalize("connection", connectionName);
    return store.read("getConnection " + name, c -> {
      org.gluesuite.catalog.Connection found = ConnectionRows.find(c, name);
      if (found == null) {
        throw CatalogErrors.connectionNotFound(name);
      }
      return found;
    });
  }

  @Override
  public synchronized List<org.gluesuite.catalog.Connection> getConnections() {
    return store.read("getConnections", ConnectionRows::all);
  }

  @Override
  public synchronized void deleteConnection(String connectionName) {
    String name = CatalogNames.normalize("connection", connectionName);
    store.write("deleteConnection " + name, c -> {
      if (ConnectionRows.find(c, name) == null) {
        throw CatalogErrors.connectionNotFound(name);
      }
      ConnectionRows.delete(c, name);
      TagRows.removeAll(c, CatalogResource.connection(name));
      return null;
    });
  }

  // ---- tags -------------------------------------------------------------------------------------

  /** The tags of a resource named as {@link CatalogResource} names it; empty when it has none. */
  public synchronized Map<String, String> getTags(String resource) {
    require(resource, "The resource");
    return store.read("getTags " + resource, c -> Map.copyOf(TagRows.of(c, resource)));
  }

  /**
   * Adds or replaces tags of a resource, at most {@link #MAX_TAGS_PER_RESOURCE} in all. The caller checks that the
   * resource exists; deleting a database, table or connection deletes its tags.
   */
  public synchronized void tagResource(String resource, Map<String, String> tags) {
    require(resource, "The resource");
    require(tags, "The tags");
    store.write("tagResource " + resource, c -> {
      Map<String, String> merged = TagRows.of(c, resource);
      merged.putAll(tags);
      if (merged.size() > MAX_TAGS_PER_RESOURCE) {
        throw CatalogErrors.tooManyTags(resource, merged.size(), MAX_TAGS_PER_RESOURCE);
      }
      for (Map.Entry<String, String> tag : tags.entrySet()) {
        TagRows.put(c, resource, tag.getKey(), tag.getValue());
      }
      return null;
    });
  }

  /** Removes the tags with these keys from a resource; keys it does not have are ignored, as Glue does. */
  public synchronized void untagResource(String resource, Collection<String> keys) {
    require(resource, "The resource");
    require(keys, "The tag keys");
    store.write("untagResource " + resource, c -> {
      for (String key : keys) {
        TagRows.remove(c, resource, key);
      }
      return null;
    });
  }

  @Override
  public synchronized void close() {
    store.close();
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static Database requireDatabase(Connection c, String db) throws SQLException {
    Database database = DatabaseRows.find(c, db);
    if (database == null) {
      throw CatalogErrors.databaseNotFound(db);
    }
    return database;
  }

  /** The table, or the error naming what is missing: the database or only the table. */
  private static Table requireTable(Connection c, String db, String name) throws SQLException {
    Table table = TableRows.find(c, db, name);
    if (table == null) {
      requireDatabase(c, db);
      throw CatalogErrors.tableNotFound(db, name);
    }
    return table;
  }

  private static Partition requirePartition(Connection c, String db, String table, List<String> values)
      throws SQLException {
    Partition partition = PartitionRows.find(c, db, table, values);
    if (partition == null) {
      throw CatalogErrors.partitionNotFound(db, table, values);
    }
    return partition;
  }

  private static TableVersion requireVersion(Connection c, String db, String table, String versionId)
      throws SQLException {
    long version;
    try {
      version = Long.parseLong(versionId.trim());
    } catch (NumberFormatException e) {
      throw CatalogErrors.tableVersionNotFound(db, table, versionId);
    }
    TableVersion found = TableVersionRows.find(c, db, table, version);
    if (found == null) {
      throw CatalogErrors.tableVersionNotFound(db, table, versionId);
    }
    return found;
  }

  private static void checkValues(Table table, List<String> values) {
    if (table.partitionKeys().isEmpty()) {
      throw CatalogErrors.tableNotPartitioned(table.databaseName(), table.name());
    }
    if (values.size() != table.partitionKeys().size()) {
      throw CatalogErrors.partitionValuesMismatch(table.databaseName(), table.name(), table.partitionKeys(),
          values);
    }
    CatalogNames.checkPartitionValues(table.databaseName(), table.name(), values);
  }

  private static void checkPartition(Table table, PartitionInput input) {
    checkValues(table, input.values());
    checkTypes("partition " + input.values() + " of table " + table.qualifiedName(), input.storageDescriptor(),
        List.of());
  }

  /** Every column and partition key type must parse, so every reader of the catalog can read the table. */
  private static void checkTypes(String where, StorageDescriptor descriptor, List<Column> partitionKeys) {
    TableSchema.of(where, descriptor == null ? List.of() : descriptor.columns(), partitionKeys);
  }

  private static void checkPartitionKeys(String db, String table, List<Column> keys) {
    Set<String> seen = new HashSet<>();
    for (Column key : keys) {
      if (!seen.add(key.name().toLowerCase(Locale.ROOT))) {
        throw CatalogErrors.duplicatePartitionKey(db, table, key.name());
      }
    }
  }

  private static void requireSameName(String kind, String current, String inputName) {
    if (inputName != null && !current.equals(inputName.toLowerCase(Locale.ROOT))) {
      throw CatalogErrors.renameNotSupported(kind, current, inputName);
    }
  }

  private static Partition newPartition(String db, String table, PartitionInput input) {
    return new Partition(db, table, input.values(), input.storageDescriptor(), input.parameters(), now(), null);
  }

  private static <T> T require(T value, String what) {
    if (value == null) {
      throw CatalogErrors.missingInput(what);
    }
    return value;
  }

  /** Millisecond precision, as Glue returns its timestamps. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  @Override
  public String toString() {
    return "EmbeddedCatalog[" + Objects.toString(store.file()) + "]";
  }
}
