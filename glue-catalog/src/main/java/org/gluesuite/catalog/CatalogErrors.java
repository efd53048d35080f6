package org.gluesuite.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.common.Failures;
import org.gluesuite.catalog.types.InvalidTypeException;

/**
 * Every user-facing catalog message, in one place. Each says what went wrong, why, and how to fix it,
 * and names the entity (database, table, partition values or file) it is about.
 */
public final class CatalogErrors {

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

  /**
   * A type string that does not parse. {@code where} names its column (e.g. "column 'price' of table s.orders"),
   * or is null; {@code position} is 1-based; {@code grammar} says what to write instead.
   */
  public static InvalidTypeException invalidType(String where, String type, int position, String reason,
      String grammar) {
    String subject = where == null ? "Type '" + type + "'" : capitalize(where) + " has type '" + type + "', which";
    String at = position > type.length() ? "at the end" : "at character " + position;
    return new InvalidTypeException(String.format("%s is not a valid Glue type: %s (%s%s). %s", subject, reason, at,
        position > 1 && position <= type.length() + 1 ? ", after '" + tail(type, position - 1) + "'" : "", grammar),
        type, position, reason);
  }

  /**
   * A {@code GetPartitions} expression that does not parse or does not fit the table; {@code position} is 1-based.
   */
  public static InvalidInputException invalidPartitionExpression(String expression, String table, int position,
      String reason) {
    return new InvalidInputException(String.format(
        "Partition expression \"%s\" for table %s is not valid: %s (at character %d). Write a SQL WHERE-style filter"
            + " over the table's partition keys, e.g. year = '2024' AND month IN ('01', '02'): comparisons (= <> < >"
            + " <= >=), AND, OR, NOT, IN, BETWEEN, LIKE and IS NULL, with values in single quotes or as numbers.",
        expression, table, reason, position));
  }

  // ---- not found --------------------------------------------------------------------------------

  public static EntityNotFoundException databaseNotFound(String db) {
    return new EntityNotFoundException(String.format(
        "Database %s not found: the catalog has no database of that name. Create it first (createDatabase), or"
            + " pick an existing one (getDatabases lists them).", db));
  }

  public static EntityNotFoundException tableNotFound(String db, String table) {
    return new EntityNotFoundException(String.format(
        "Table %s.%s not found: database %s has no table named %s. Create the table first (createTable), or"
            + " pick an existing one (getTables(\"%s\") lists them).", db, table, db, table, db));
  }

  public static EntityNotFoundException partitionNotFound(String db, String table, List<String> values) {
    return new EntityNotFoundException(String.format(
        "Partition %s of table %s.%s not found: no partition has exactly these values. Pass the values of an"
            + " existing partition (getPartitions(\"%s\", \"%s\") lists them), in the partition keys' order.",
        values, db, table, db, table));
  }

  public static EntityNotFoundException tableVersionNotFound(String db, String table, String versionId) {
    return new EntityNotFoundException(String.format(
        "Version %s of table %s.%s not found: the table has no version with that VersionId. Pass the VersionId of an"
            + " existing version (getTableVersions(\"%s\", \"%s\") lists them).", versionId, db, table, db, table));
  }

  public static EntityNotFoundException connectionNotFound(String name) {
    return new EntityNotFoundException(String.format(
        "Connection %s not found: the catalog has no connection of that name. Create it first (CreateConnection "
            + "with a ConnectionInput), or check the name the job passes.", name));
  }

  public static InvalidInputException currentTableVersion(String db, String table, String versionId) {
    return new InvalidInputException(String.format(
        "Version %s is the current version of table %s.%s, so it cannot be deleted on its own. Update the table first"
            + " (the version then becomes an older one), or delete the table.", versionId, db, table));
  }

  public static InvalidInputException tooManyTags(String resource, int count, int limit) {
    return new InvalidInputException(String.format(
        "Resource %s would have %d tags, over Glue's limit of %d per resource. Remove tags first (untagResource), or"
            + " add fewer.", resource, count, limit));
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
            + " away and a new, empty catalog is created on the next open.", file, why), null);
  }

  public static CatalogStoreException corrupt(Path file, Throwable cause) {
    return new CatalogStoreException(String.format(
        "Catalog %s is damaged and cannot be read (%s). Restore it from a copy, or move it away and a new,"
            + " empty catalog is created on the next open.", file, Failures.reason(cause)), cause);
  }

  public static CatalogStoreException newerSchema(Path file, int found, int supported) {
    return new CatalogStoreException(String.format(
        "Catalog %s was written by a newer Glue Suite (catalog schema version %d; this version reads up to %d)."
            + " Use the newer Glue Suite with this catalog, or point this one at another directory.",
        file, found, supported), null);
  }

  public static CatalogStoreException cannotOpen(Path file, Throwable cause) {
    return new CatalogStoreException(String.format(
        "Cannot open catalog %s: %s. Check that the directory exists and is writable.", file, Failures.reason(cause)),
        cause);
  }

  public static CatalogStoreException storeFailure(Path file, String operation, Throwable cause) {
    return new CatalogStoreException(String.format(
        "Catalog %s failed during %s: %s. The operation was rolled back; check the disk (space, permissions)"
            + " and retry.", file, operation, Failures.reason(cause)), cause);
  }

  public static CatalogStoreException unreadableEntry(String what, Throwable cause) {
    return new CatalogStoreException(String.format(
        "The stored JSON of %s cannot be read (%s). The catalog file was edited by hand or damaged; delete"
            + " and recreate that entry.", what, Failures.reason(cause)), cause);
  }

  public static IllegalStateException closed(Path file) {
    return new IllegalStateException("Catalog " + file + " is closed: open it again with EmbeddedCatalog.open.");
  }

  // ---- catalog location --------------------------------------------------------------------

  private static final String LOCATION_FORMS = "embedded:DIR (the embedded catalog in folder DIR, e.g."
      + " embedded:/data/workspace/catalog), glue (the AWS Glue Data Catalog of the job's account and region) or"
      + " glue:https://ENDPOINT (the AWS Glue Data Catalog at that endpoint)";

  public static InvalidCatalogLocationException catalogLocationMissing() {
    return new InvalidCatalogLocationException(String.format(
        "--%s is required: it names the Data Catalog the job reads and writes, and a default would silently be a"
            + " new, empty catalog. Pass --%s with one of: %s.",
        CatalogLocation.ARGUMENT, CatalogLocation.ARGUMENT, LOCATION_FORMS));
  }

  public static InvalidCatalogLocationException invalidCatalogLocation(String value, String why) {
    return new InvalidCatalogLocationException(String.format(
        "--%s '%s' is not a catalog location: %s. Write one of: %s.",
        CatalogLocation.ARGUMENT, value, why, LOCATION_FORMS));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** At most the last 20 characters of {@code text} before {@code end}. */
  private static String tail(String text, int end) {
    int from = Math.max(0, end - 20);
    return (from > 0 ? "…" : "") + text.substring(from, Math.min(end, text.length()));
  }

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
