package org.gluesuite.catalog;

import java.util.List;
import org.gluesuite.catalog.expression.PartitionExpression;

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

  /**
   * {@code GetTableVersions}: every version of the table, oldest first; the current one (the table as
   * {@link #getTable} returns it) is the last.
   */
  List<TableVersion> getTableVersions(String databaseName, String tableName);

  /** {@code GetTableVersion}. @throws EntityNotFoundException if the table has no such version */
  TableVersion getTableVersion(String databaseName, String tableName, String versionId);

  /**
   * {@code DeleteTableVersion}: forgets an older version.
   *
   * @throws EntityNotFoundException if the table has no such version
   * @throws InvalidInputException if it is the current version
   */
  void deleteTableVersion(String databaseName, String tableName, String versionId);

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

  /**
   * {@code GetPartitions} with an {@code Expression}: the partitions whose values satisfy {@code expression}
   * (Glue's grammar, see {@link PartitionExpression}), ordered by their values; all of them when it is null or
   * blank. This default filters the full list; a remote catalog lets its server filter.
   *
   * @throws InvalidInputException if the expression does not parse or names a key the table does not have
   */
  default List<Partition> getPartitions(String databaseName, String tableName, String expression) {
    if (expression == null || expression.isBlank()) {
      return getPartitions(databaseName, tableName);
    }
    PartitionExpression filter = PartitionExpression.parse(expression, getTable(databaseName, tableName));
    return filter.filter(getPartitions(databaseName, tableName));
  }

  /**
   * {@code BatchGetPartition}: the partitions with these values that exist, in the order asked; values that name no
   * partition are left out.
   */
  List<Partition> batchGetPartition(String databaseName, String tableName, List<List<String>> values);

  /**
   * {@code BatchUpdatePartition}: replaces each partition named by an entry's values, and reports one error per entry
   * that could not be applied (its partition is missing, or its input is invalid); the others are applied.
   */
  List<PartitionError> batchUpdatePartition(String databaseName, String tableName, List<PartitionUpdate> updates);

  /**
   * {@code BatchDeletePartition}: deletes the partitions with these values, and reports one
   * {@code EntityNotFoundException} error per values that name no partition.
   */
  List<PartitionError> batchDeletePartition(String databaseName, String tableName, List<List<String>> values);

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
