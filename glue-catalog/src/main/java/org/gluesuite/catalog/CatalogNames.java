package org.gluesuite.catalog;

import java.util.List;
import java.util.Locale;

/**
 * Name and partition-value rules of the catalog.
 *
 * <p>Glue's API accepts any single-line string of 1-255 characters as a database or table name and folds
 * it to lower case. We apply the stricter rule Glue's documentation recommends and Athena and Hive need:
 * lower-case letters, digits, {@code _} and {@code -}. So {@code /}, {@code .} and whitespace, which
 * break paths, qualified names and SQL, are rejected here rather than later.
 */
public final class CatalogNames {

  public static final int MAX_NAME_LENGTH = 255;
  public static final int MAX_PARTITION_VALUE_LENGTH = 1024;

  private CatalogNames() {
  }

  /** The stored (lower-case) form of a database name. @throws InvalidInputException naming the rule broken */
  public static String database(String name) {
    return normalize("database", name);
  }

  /** The stored (lower-case) form of a table name. @throws InvalidInputException naming the rule broken */
  public static String table(String name) {
    return normalize("table", name);
  }

  /** Folds {@code name} to lower case and checks it against the rule. */
  public static String normalize(String kind, String name) {
    if (name == null || name.isEmpty()) {
      throw CatalogErrors.invalidName(kind, name, "it is empty");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.length() > MAX_NAME_LENGTH) {
      throw CatalogErrors.invalidName(kind, shorten(name),
          "it is " + lower.length() + " characters long, over the limit of " + MAX_NAME_LENGTH);
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!isNameChar(c)) {
        throw CatalogErrors.invalidName(kind, name, "it contains " + describe(c) + " at position " + (i + 1));
      }
    }
    return lower;
  }

  /**
   * Checks partition values: each non-null, 1-1024 characters, single-line (Glue's pattern: no control
   * characters but tab). This also keeps the store's values key, which joins values with U+0001, unique.
   */
  public static void checkPartitionValues(String db, String table, List<String> values) {
    for (String value : values) {
      if (value == null) {
        throw CatalogErrors.invalidPartitionValue(db, table, values, "a value is null");
      }
      if (value.isEmpty() || value.length() > MAX_PARTITION_VALUE_LENGTH) {
        throw CatalogErrors.invalidPartitionValue(db, table, values,
            "a value is " + value.length() + " characters long");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 && c != '\t') {
          throw CatalogErrors.invalidPartitionValue(db, table, values,
              "value '" + value.replaceAll("\\p{Cntrl}", "?") + "' contains " + describe(c));
        }
      }
    }
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static String describe(char c) {
    if (c == ' ') {
      return "a space";
    }
    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
      return String.format("the control or whitespace character U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  private static String shorten(String name) {
    return name.substring(0, 40) + "...";
  }
}
