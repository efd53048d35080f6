package org.gluesuite.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every user-facing catalog message, in one place. Each says what went wrong, why, and how to fix it,
 * and names the entity (database, table, partition values or file) it is about.
 */
public final class CatalogErrors {

  private static final String LIST_DATABASES = "./glue-suite catalog databases";

  private CatalogErrors() {
  }

  // ---- names and input ------------------------------------------------------------------------

  public static InvalidInputException invalidName(String kind, String name, String why) {
    return new InvalidInputException(String.format(
        "Invalid %s name %s: %s. Catalog names are 1-%d characters of lower-case letters, digits, '_' and '-'"
            + " (upper case is folded to lower case); use for example '%s'.",
        kind, quote(name), why, CatalogNames.MAX_NAME_LENGTH, suggestName(name)));
  }

  public static InvalidInputException missingInput(String what) {
    return new InvalidInputException(what + " is missing: the call needs it. Pass a non-null value.");
  }

  public static InvalidInputException renameNotSupported(String kind, String current, String requested) {
    return new InvalidInputException(String.format(
        "Cannot rename %s %s to %s: the Glue Data Catalog does not rename a %s in an update. Create a new %s"
            + " with the new name instead, or pass the current name in the input.",
        kind, current, quote(requested), kind, kind));
  }

  public static InvalidInputException duplicatePartitionKey(String db, String table, String key) {
    return new InvalidInputException(String.format(
        "Table %s.%s declares partition key '%s' more than once: partition keys must be distinct"
            + " (compared case-insensitively). Remove or rename the duplicate key.", db, table, key));
  }

  public static InvalidInputException partitionValuesMismatch(String db, String table, List<Column> keys,
      List<String> values) {
    List<String> keyNames = keys.stream().map(Column::name).collect(Collectors.toList());
    return new InvalidInputException(String.format(
        "Partition values %s do not fit table %s.%s: it has %d partition key(s) %s but %d value(s) were given."
            + " Give exactly one value per partition key, in the keys' order.",
        values, db, table, keys.size(), keyNames, values.size()));
  }

  public static InvalidInputException tableNotPartitioned(String db, String table) {
    return new InvalidInputException(String.format(
        "Table %s.%s has no partition keys, so it cannot have partitions. Add partition keys with updateTable"
            + " first, or write to the table's location without partitions.", db, table));
  }

  public static InvalidInputException invalidPartitionValue(String db, String table, List<String> values,
      String why) {
    return new InvalidInputException(String.format(
        "Invalid partition values %s for table %s.%s: %s. Values must be 1-%d characters on a single line"
            + " (no control characters except tab).",
        values, db, table, why, CatalogNames.MAX_PARTITION_VALUE_LENGTH));
  }

  // ---- not found --------------------------------------------------------------------------------

  public static EntityNotFoundException databaseNotFound(String db) {
    return new EntityNotFoundException(String.format(
        "Database %s not found: the catalog has no database of that name. Create it first, or list the"
            + " existing databases with %s.", db, LIST_DATABASES));
  }

  public static EntityNotFoundException tableNotFound(String db, String table) {
    return new EntityNotFoundException(String.format(
        "Table %s.%s not found: database %s has no table named %s. List its tables with"
            + " ./glue-suite catalog tables %s, or create the table first.", db, table, db, table, db));
  }

  public static EntityNotFoundException partitionNotFound(String db, String table, List<String> values) {
    return new EntityNotFoundException(String.format(
        "Partition %s of table %s.%s not found: no partition has exactly these values. List the partitions"
            + " with ./glue-suite catalog partitions %s.%s.", values, db, table, db, table));
  }

  public static EntityNotFoundException connectionNotFound(String name) {
    return new EntityNotFoundException(String.format(
        "Connection %s not found: the catalog has no connection of that name. Create it first (CreateConnection "
            + "with a ConnectionInput), or check the name the job passes.", name));
  }

  // ---- already exists ---------------------------------------------------------------------------

  public static AlreadyExistsException databaseAlreadyExists(String db) {
    return new AlreadyExistsException(String.format(
        "Database %s already exists. Use it as it is, update it, or delete it first.", db));
  }

  public static AlreadyExistsException tableAlreadyExists(String db, String table) {
    return new AlreadyExistsException(String.format(
        "Table %s.%s already exists. Use updateTable to change it, or delete it first.", db, table));
  }

  public static AlreadyExistsException partitionAlreadyExists(String db, String table, List<String> values) {
    return new AlreadyExistsException(String.format(
        "Partition %s of table %s.%s already exists. Use updatePartition to change it, or delete it first.",
        values, db, table));
  }

  public static AlreadyExistsException connectionAlreadyExists(String name) {
    return new AlreadyExistsException(String.format(
        "Connection %s already exists. Use it as it is, or delete it first.", name));
  }

  // ---- concurrency ------------------------------------------------------------------------------

  public static ConcurrentModificationException tableVersionChanged(String db, String table, String expected,
      String actual) {
    return new ConcurrentModificationException(String.format(
        "Table %s.%s was updated by another writer: the update expected version %s but the catalog has"
            + " version %s. Read the table again, reapply your change and retry.", db, table, expected, actual));
  }

  public static OperationTimeoutException busy(Path file, String operation, Duration waited, Throwable cause) {
    return new OperationTimeoutException(String.format(
        "Catalog %s stayed locked by other writers for %d ms during %s, so the operation gave up. Another"
            + " process is probably writing a large batch or holding a transaction open; retry, or stop the"
            + " process that holds the catalog.", file, waited.toMillis(), operation), cause);
  }

  // ---- the store --------------------------------------------------------------------------------

  public static CatalogStoreException notACatalog(Path file, String why) {
    return new CatalogStoreException(String.format(
        "%s is not a Glue Suite catalog: %s. Point the catalog at another directory, or move this file"
            + " away and a new, empty catalog is created on the next open.", file, why));
  }

  public static CatalogStoreException corrupt(Path file, Throwable cause) {
    return new CatalogStoreException(String.format(
        "Catalog %s is damaged and cannot be read (%s). Restore it from a copy, or move it away and a new,"
            + " empty catalog is created on the next open.", file, cause.getMessage()), cause);
  }

  public static CatalogStoreException newerSchema(Path file, int found, int supported) {
    return new CatalogStoreException(String.format(
        "Catalog %s was written by a newer Glue Suite (catalog schema version %d; this version reads up to %d)."
            + " Use the newer Glue Suite with this catalog, or point this one at another directory.",
        file, found, supported));
  }

  public static CatalogStoreException cannotOpen(Path file, Throwable cause) {
    return new CatalogStoreException(String.format(
        "Cannot open catalog %s: %s. Check that the directory exists and is writable.", file, cause.getMessage()),
        cause);
  }

  public static CatalogStoreException storeFailure(Path file, String operation, Throwable cause) {
    return new CatalogStoreException(String.format(
        "Catalog %s failed during %s: %s. The operation was rolled back; check the disk (space, permissions)"
            + " and retry.", file, operation, cause.getMessage()), cause);
  }

  public static CatalogStoreException unreadableEntry(String what, Throwable cause) {
    return new CatalogStoreException(String.format(
        "The stored JSON of %s cannot be read (%s). The catalog file was edited by hand or damaged; delete"
            + " and recreate that entry.", what, cause.getMessage()), cause);
  }

  public static IllegalStateException closed(Path file) {
    return new IllegalStateException("Catalog " + file + " is closed: open it again with EmbeddedCatalog.open.");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static String quote(String name) {
    return name == null ? "(null)" : "'" + name + "'";
  }

  /** A valid name close to {@code name}, to show the rule by example. */
  private static String suggestName(String name) {
    if (name == null || name.isBlank()) {
      return "sales_2024";
    }
    String folded = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
    folded = folded.length() > CatalogNames.MAX_NAME_LENGTH ? folded.substring(0, CatalogNames.MAX_NAME_LENGTH)
        : folded;
    return folded.replace("_", "").isEmpty() ? "sales_2024" : folded;
  }
}
