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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.CatalogNames;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
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
      TableRows.insert(c, new Table(db, name, input.description(), input.owner(), input.storageDescriptor(),
          input.partitionKeys(), input.tableType(), input.parameters(), now, now, "0"));
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
      TableRows.update(c, new Table(db, name, input.description(), input.owner(), input.storageDescriptor(),
          input.partitionKeys(), input.tableType(), input.parameters(), current.createTime(), now(), next));
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
    return store.write("batchCreatePartition " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      List<PartitionError> errors = new ArrayList<>();
      Set<List<String>> created = new HashSet<>();
      for (PartitionInput input : inputs) {
        require(input, "A PartitionInput of the list");
        try {
          checkPartition(table, input);
          if (created.contains(input.values()) || PartitionRows.exists(c, db, name, input.values())) {
            throw CatalogErrors.partitionAlreadyExists(db, name, input.values());
          }
          PartitionRows.insert(c, newPartition(db, name, input));
          created.add(input.values());
        } catch (InvalidInputException | org.gluesuite.catalog.AlreadyExistsException e) {
          errors.add(new PartitionError(input.values(), e.errorCode(), e.getMessage()));
        }
      }
      return List.copyOf(errors);
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

  @Override
  public synchronized void updatePartition(String databaseName, String tableName, List<String> values,
      PartitionInput input) {
    String db = CatalogNames.database(databaseName);
    String name = CatalogNames.table(tableName);
    require(values, "The partition values");
    require(input, "PartitionInput");
    store.write("updatePartition " + db + "." + name, c -> {
      Table table = requireTable(c, db, name);
      checkValues(table, values);
      checkPartition(table, input);
      Partition current = requirePartition(c, db, name, values);
      if (!values.equals(input.values()) && PartitionRows.exists(c, db, name, input.values())) {
        throw CatalogErrors.partitionAlreadyExists(db, name, input.values());
      }
      PartitionRows.replace(c, values, new Partition(db, name, input.values(), input.storageDescriptor(),
          input.parameters(), current.creationTime(), current.lastAccessTime()));
      return null;
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
