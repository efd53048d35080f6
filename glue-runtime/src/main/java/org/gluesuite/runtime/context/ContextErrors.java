package org.gluesuite.runtime.context;

import java.util.Collection;
import java.util.List;
import org.gluesuite.catalog.Table;
import org.gluesuite.common.Failures;
import org.gluesuite.common.GlueSuiteUserException;

/**
 * Every user-facing failure of catalog sources and sinks, made in one place. Each message says what
 * went wrong, why, and how to fix it.
 */
public final class ContextErrors {
  private ContextErrors() {
  }

  /** A source, sink or format option that cannot be used as given. */
  public static final class InvalidOptionException extends GlueSuiteUserException {
    private static final long serialVersionUID = 1L;

    /** Made by {@link ContextErrors} and {@link org.gluesuite.runtime.bookmark.BookmarkErrors} (bookmark options). */
    public InvalidOptionException(String message) {
      super(message);
    }
  }

  public static InvalidOptionException unknownOption(String where, String key, Collection<String> known) {
    return new InvalidOptionException(String.format(
        "Unknown %s option '%s'. It is not one Glue defines for this source or sink, so it would be ignored "
            + "silently. Valid options: %s. Fix the spelling or remove it.", where, key, String.join(", ", known)));
  }

  public static InvalidOptionException badOptionValue(String where, String key, String value, String expected) {
    return new InvalidOptionException(String.format(
        "Invalid value '%s' for %s option '%s': expected %s.", value, where, key, expected));
  }

  public static InvalidOptionException unsupportedFormat(String format, Collection<String> supported) {
    return new InvalidOptionException(String.format(
        "Unsupported format '%s'. Glue Suite reads and writes %s. Use one of those names (case-insensitive).",
        format, String.join(", ", supported)));
  }

  public static InvalidOptionException tableHasNoFormat(Table table) {
    return new InvalidOptionException(String.format(
        "Table %s has no readable 'classification' parameter (found '%s'), so its file format is unknown. "
            + "Set the table parameter classification to parquet, csv or json (crawlers and sinks with "
            + "enableUpdateCatalog set it for you).",
        table.qualifiedName(), table.parameters().get("classification")));
  }

  public static InvalidOptionException tableHasNoLocation(Table table) {
    return new InvalidOptionException(String.format(
        "Table %s has no StorageDescriptor.Location, so there is nothing to read. Set the table's location.",
        table.qualifiedName()));
  }

  public static InvalidOptionException predicateOnNonPartitionColumn(Table table, String predicate, String detail,
      List<String> partitionKeys) {
    String keys = partitionKeys.isEmpty() ? "(none: the table is not partitioned)" : String.join(", ", partitionKeys);
    return new InvalidOptionException(String.format(
        "pushDownPredicate \"%s\" on table %s cannot be evaluated: %s. A push-down predicate is evaluated on "
            + "the catalog's partition list before any file is read, so it may use only the partition columns %s. "
            + "Filter other columns on the frame after reading.",
        predicate, table.qualifiedName(), detail, keys));
  }

  public static InvalidOptionException partitionKeysMissing(List<String> missing, List<String> columns) {
    return new InvalidOptionException(String.format(
        "partitionKeys %s are not columns of the frame being written (columns: %s). Add the columns "
            + "(e.g. with applyMapping) or fix the partitionKeys option.", missing, columns));
  }

  public static InvalidOptionException partitionKeysOrder(String table, List<String> given, List<String> declared) {
    return new InvalidOptionException(String.format(
        "partitionKeys %s do not match table %s, whose partition keys are %s in that order. Glue requires the "
            + "same keys in the same order; pass partitionKeys %s.", given, table, declared, declared));
  }

  public static InvalidOptionException unsafePartitionValue(String key, String value) {
    return new InvalidOptionException(String.format(
        "Partition value '%s' of key '%s' cannot be a folder name in the VALUES_ONLY layout: it is null or empty "
            + "(Spark writes null as __HIVE_DEFAULT_PARTITION__), contains '/', '\\\\' or '=', or starts with "
            + "'.' or '_' (readers skip such folders). Clean the column before writing, or use the KEY_VALUE "
            + "layout, which escapes values.", value, key));
  }

  public static InvalidOptionException csvCharacterNotSingle(Table table, String what, String value) {
    return new InvalidOptionException(String.format(
        "Table %s declares the CSV %s '%s', which is not one character. Fix the table's SerDe parameters "
            + "(e.g. separatorChar ',' or field.delim '\\t').", table.qualifiedName(), what, value));
  }

  public static InvalidOptionException malformedRowsInStrictRead(Table table,
      org.gluesuite.runtime.frame.ErrorThresholdExceededException cause) {
    InvalidOptionException error = new InvalidOptionException(String.format(
        "Table %s has malformed rows (first: %s), and toDF() keeps only rows that fit the table. Use getFrame() to "
            + "read the table with bad rows kept as error records (errorsAsDynamicFrame()), or fix the files.",
        table.qualifiedName(), cause.firstErrors()));
    error.initCause(cause);
    return error;
  }

  public static IllegalStateException writeRollbackFailed(String path, String leftovers, Throwable cause) {
    return new IllegalStateException(String.format(
        "Writing to %s failed while moving data into place (%s), and these could not be moved back: %s"
            + "Readers may see them. Move them back by hand (old partitions are under %s/_glue_trash/) and run "
            + "the job again.", path, Failures.reason(cause), leftovers, path), cause);
  }

  public static IllegalStateException writeFailed(String path, Throwable cause) {
    return new IllegalStateException(String.format(
        "Writing to %s failed: %s. Nothing of this write was made visible: data is staged and only moved "
            + "into place once all of it is written. Fix the cause and run the job again.",
        path, Failures.reason(cause)), cause);
  }
}
