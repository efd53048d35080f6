package org.gluesuite.runtime.context;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.common.Immutable;
import org.gluesuite.runtime.context.internal.FileFormats;

/**
 * Typed options of a file sink, like Glue's {@code getSinkWithFormat} connection options
 * ({@code path}, {@code partitionKeys}, {@code enableUpdateCatalog}, {@code updateBehavior}) plus the
 * catalog target of {@code setCatalogInfo}. Parsed once, here; nothing downstream sees an option map.
 */
public record SinkOptions(
    String path,
    StorageFormat format,
    List<String> partitionKeys,
    PartitionLayout layout,
    WriteMode writeMode,
    boolean enableUpdateCatalog,
    UpdateBehavior updateBehavior,
    String catalogDatabase,
    String catalogTable) {

  private static final Set<String> KNOWN_OPTIONS = new TreeSet<>(List.of(
      "path", "partitionKeys", "enableUpdateCatalog", "updateBehavior", "partitionLayout", "writeMode",
      "database", "tableName"));

  public SinkOptions {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    partitionKeys = Immutable.list(partitionKeys);
    layout = layout == null ? PartitionLayout.KEY_VALUE : layout;
    writeMode = writeMode == null ? WriteMode.APPEND : writeMode;
    updateBehavior = updateBehavior == null ? UpdateBehavior.UPDATE_IN_DATABASE : updateBehavior;
    if (enableUpdateCatalog && (catalogDatabase == null || catalogTable == null)) {
      throw new ContextErrors.InvalidOptionException("enableUpdateCatalog is true but no catalog table is set. "
          + "Call withCatalogUpdate(database, table, behavior) (Glue: setCatalogInfo) or pass the 'database' and "
          + "'tableName' options.");
    }
  }

  /** An unpartitioned, appending sink of {@code format} at {@code path}, with no catalog update. */
  public static SinkOptions of(String path, StorageFormat format) {
    return new SinkOptions(path, format, List.of(), PartitionLayout.KEY_VALUE, WriteMode.APPEND, false,
        UpdateBehavior.UPDATE_IN_DATABASE, null, null);
  }

  /**
   * Parses Glue-style connection options (all strings, as a Glue script passes them; {@code partitionKeys}
   * is a JSON list). Unknown keys and unreadable values are errors naming the key.
   */
  public static SinkOptions fromGlueOptions(String format, Map<String, String> options) {
    for (String key : options.keySet()) {
      if (!KNOWN_OPTIONS.contains(key)) {
        throw ContextErrors.unknownOption("sink", key, KNOWN_OPTIONS);
      }
    }
    String path = options.get("path");
    if (path == null || path.isBlank()) {
      throw ContextErrors.badOptionValue("sink", "path", String.valueOf(path), "the folder to write to");
    }
    return new SinkOptions(path, FileFormats.parse(format),
        parsePartitionKeys(options.get("partitionKeys")),
        parseEnum(PartitionLayout.class, "partitionLayout", options.get("partitionLayout")),
        parseEnum(WriteMode.class, "writeMode", options.get("writeMode")),
        parseBoolean("enableUpdateCatalog", options.get("enableUpdateCatalog")),
        parseEnum(UpdateBehavior.class, "updateBehavior", options.get("updateBehavior")),
        options.get("database"), options.get("tableName"));
  }

  public SinkOptions withPartitionKeys(String... keys) {
    return new SinkOptions(path, format, List.of(keys), layout, writeMode, enableUpdateCatalog, updateBehavior,
        catalogDatabase, catalogTable);
  }

  public SinkOptions withLayout(PartitionLayout newLayout) {
    return new SinkOptions(path, format, partitionKeys, newLayout, writeMode, enableUpdateCatalog, updateBehavior,
        catalogDatabase, catalogTable);
  }

  public SinkOptions withWriteMode(WriteMode mode) {
    return new SinkOptions(path, format, partitionKeys, layout, mode, enableUpdateCatalog, updateBehavior,
        catalogDatabase, catalogTable);
  }

  /** Glue's {@code enableUpdateCatalog=true} plus {@code setCatalogInfo(database, table)}. */
  public SinkOptions withCatalogUpdate(String database, String table, UpdateBehavior behavior) {
    return new SinkOptions(path, format, partitionKeys, layout, writeMode, true, behavior, database, table);
  }

  private static List<String> parsePartitionKeys(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return new ObjectMapper().readValue(json, new TypeReference<List<String>>() { });
    } catch (Exception e) {
      throw ContextErrors.badOptionValue("sink", "partitionKeys", json,
          "a JSON list of column names, e.g. [\"year\",\"month\",\"day\"]");
    }
  }

  private static boolean parseBoolean(String key, String value) {
    if (value == null) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ContextErrors.badOptionValue("sink", key, value, "true or false");
    };
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ContextErrors.badOptionValue("sink", key, value,
          "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
