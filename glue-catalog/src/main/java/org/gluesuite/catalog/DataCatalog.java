package org.gluesuite.catalog;

import java.util.List;

/**
 * The Glue Data Catalog, shaped like Glue's API (operation names, inputs and results) so that an
 * embedded store, an AWS SDK v2 client and a local Glue endpoint can all stand behind it.
 *
 * <p>Database and table names are case-insensitive and stored lower-case, as in Glue. Failures are
 * unchecked {@link org.gluesuite.common.GlueSuiteException}s named after Glue's errors
 * ({@link EntityNotFoundException}, {@link AlreadyExistsException}, {@link InvalidInputException} for what the
 * caller passed; {@link ConcurrentModificationException}, {@link OperationTimeoutException},
 * {@link CatalogStoreException} otherwise), each with Glue's name as its {@code errorCode()}.
 */
public interface DataCatalog extends AutoCloseable {

  /** @throws AlreadyExistsException if a database of that name exists */
  void createDatabase(DatabaseInput input);

  /** @throws EntityNotFoundException if there is no such database */
  Database getDatabase(String name);

  List<Database> getDatabases();

  void updateDatabase(String name, DatabaseInput input);

  /** Deletes the database with its tables and partitions. */
  void deleteDatabase(String name);

  /** @throws EntityNotFoundException if the database is missing; AlreadyExistsException if the table exists */
  void createTable(String databaseName, TableInput input);

  /** Replaces the table definition and increments its {@code VersionId}. */
  void updateTable(String databaseName, TableInput input);

  /**
   * Glue's {@code UpdateTable} with {@code VersionId}: replaces the table only if its current
   * {@code VersionId} is {@code expectedVersionId}, for read-modify-write updates by concurrent writers.
   *
   * <p>This default checks and updates in two calls, so it is not atomic; stores that can compare and
   * update in one transaction (the embedded catalog does) override it.
   *
   * @throws ConcurrentModificationException if another writer updated the table since that version
   */
  default void updateTable(String databaseName, TableInput input, String expectedVersionId) {
    Table current = getTable(databaseName, input.name());
    if (!current.versionId().equals(expectedVersionId)) {
      throw CatalogErrors.tableVersionChanged(current.databaseName(), current.name(), expectedVersionId,
          current.versionId());
    }
    updateTable(databaseName, input);
  }

  /** @throws EntityNotFoundException naming the database or table that is missing */
  Table getTable(String databaseName, String tableName);

  List<Table> getTables(String databaseName);

  /** Deletes the table and its partitions (never any data files). */
  void deleteTable(String databaseName, String tableName);

  /** @throws AlreadyExistsException if a partition with the same values exists */
  void createPartition(String databaseName, String tableName, PartitionInput input);

  /**
   * Creates the partitions that do not exist yet, in one transaction, and reports one error per
   * partition that could not be created (for example because it exists), as Glue's
   * {@code BatchCreatePartition} does.
   */
  List<PartitionError> batchCreatePartition(String databaseName, String tableName, List<PartitionInput> inputs);

  /** @throws EntityNotFoundException if no partition has these values */
  Partition getPartition(String databaseName, String tableName, List<String> values);

  /** All partitions of the table, ordered by their values. */
  List<Partition> getPartitions(String databaseName, String tableName);

  void updatePartition(String databaseName, String tableName, List<String> values, PartitionInput input);

  void deletePartition(String databaseName, String tableName, List<String> values);

  /** {@code CreateConnection}. @throws AlreadyExistsException if a connection of that name exists */
  void createConnection(ConnectionInput input);

  /** {@code GetConnection}. @throws EntityNotFoundException if there is no connection of that name */
  Connection getConnection(String name);

  /** {@code GetConnections}: every connection, by name. */
  List<Connection> getConnections();

  /** {@code DeleteConnection}. @throws EntityNotFoundException if there is no connection of that name */
  void deleteConnection(String name);

  @Override
  void close();
}
