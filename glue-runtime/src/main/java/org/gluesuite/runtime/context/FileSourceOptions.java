package org.gluesuite.runtime.context;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.context.internal.FileFormats;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.JsonReadOptions;

/**
 * Glue's S3 source options ({@code paths}, {@code recurse}, {@code exclusions}, {@code groupFiles},
 * {@code groupSize}, {@code compressionType}) and format options (CSV: {@code separator}, {@code quoteChar},
 * {@code escaper}, {@code withHeader}, {@code skipFirst}, {@code multiLine}; JSON: {@code jsonPath},
 * {@code multiLine}) and the bookmark band ({@code maxBand} in milliseconds, {@code maxFilesInBand}), parsed once
 * into typed values. Unknown keys and unreadable values are errors naming
 * the option. As in Glue, {@code recurse} is off unless set: only the files directly under each path are read.
 * Files are always grouped into a bounded number of read tasks, so {@code groupFiles}/{@code groupSize} are
 * accepted and need no effect; {@code compressionType} is checked, and files are decompressed by extension.
 */
public record FileSourceOptions(StorageFormat format, List<String> paths, boolean recurse, List<String> exclusions,
    CsvReadOptions csv, JsonReadOptions json, BookmarkBand band) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CONNECTION_OPTIONS = new TreeSet<>(List.of(
      "paths", "recurse", "exclusions", "groupFiles", "groupSize", "compressionType", "maxBand", "maxFilesInBand"));
  private static final Set<String> CSV_OPTIONS = new TreeSet<>(List.of(
      "separator", "quoteChar", "escaper", "withHeader", "skipFirst", "multiLine", "writeHeader", "optimizePerformance"));
  private static final Set<String> JSON_OPTIONS = new TreeSet<>(List.of("jsonPath", "multiLine"));

  public FileSourceOptions {
    paths = List.copyOf(paths);
    exclusions = List.copyOf(exclusions);
  }

  public static FileSourceOptions parse(String format, Map<String, String> connectionOptions,
      Map<String, String> formatOptions) {
    StorageFormat storage = FileFormats.parse(format);
    for (String key : connectionOptions.keySet()) {
      if (!CONNECTION_OPTIONS.contains(key)) {
        throw ContextErrors.unknownOption("S3 source", key, CONNECTION_OPTIONS);
      }
    }
    Set<String> knownFormat = switch (storage) {
      case CSV -> CSV_OPTIONS;
      case JSON -> JSON_OPTIONS;
      default -> Set.of();
    };
    for (String key : formatOptions.keySet()) {
      if (!knownFormat.contains(key)) {
        throw ContextErrors.unknownOption(storage.classification() + " format", key,
            knownFormat.isEmpty() ? Set.of("(none)") : knownFormat);
      }
    }
    List<String> paths = jsonList("S3 source", "paths", connectionOptions.get("paths"));
    if (paths.isEmpty()) {
      throw ContextErrors.badOptionValue("S3 source", "paths", String.valueOf(connectionOptions.get("paths")),
          "a non-empty JSON list of paths, e.g. [\"s3://bucket/raw/\"]");
    }
    String compression = connectionOptions.get("compressionType");
    if (compression != null && !Set.of("gzip", "bzip", "bzip2", "none").contains(compression.toLowerCase(Locale.ROOT))) {
      throw ContextErrors.badOptionValue("S3 source", "compressionType", compression, "gzip, bzip2 (or bzip) or none; files are decompressed by their extension");
    }
    CsvReadOptions csv = CsvReadOptions.DEFAULT
        .withSeparator(character("csv", "separator", formatOptions.get("separator"), ','))
        .withQuoteChar(character("csv", "quoteChar", formatOptions.get("quoteChar"), '"'))
        .withEscaper(formatOptions.containsKey("escaper")
            ? Character.valueOf(character("csv", "escaper", formatOptions.get("escaper"), '\\')) : null)
        .withHeader(bool("csv", "withHeader", formatOptions.get("withHeader"), false))
        .withSkipFirst(bool("csv", "skipFirst", formatOptions.get("skipFirst"), false))
        .withMultiLine(bool("csv", "multiLine", formatOptions.get("multiLine"), false));
    JsonReadOptions json = JsonReadOptions.DEFAULT
        .withMultiLine(bool("json", "multiLine", formatOptions.get("multiLine"), false));
    if (formatOptions.containsKey("jsonPath") && storage == StorageFormat.JSON) {
      json = json.withJsonPath(formatOptions.get("jsonPath"));
    }
    BookmarkBand band = new BookmarkBand(
        number("maxBand", connectionOptions.get("maxBand"), BookmarkBand.DEFAULT.maxBandMillis()),
        (int) number("maxFilesInBand", connectionOptions.get("maxFilesInBand"), BookmarkBand.DEFAULT.maxFilesInBand()));
    return new FileSourceOptions(storage, paths, bool("S3 source", "recurse", connectionOptions.get("recurse"), false),
        jsonList("S3 source", "exclusions", connectionOptions.get("exclusions")), csv, json, band);
  }

  private static long number(String key, String value, long defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    try {
      long parsed = Long.parseLong(value.trim());
      if (parsed < 0 || ("maxFilesInBand".equals(key) && (parsed < 1 || parsed > Integer.MAX_VALUE))) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw ContextErrors.badOptionValue("S3 source", key, value, "maxBand".equals(key)
          ? "a number of milliseconds, 0 or more (Glue's default is 900000)"
          : "a whole number of files, 1 or more (Glue's default is 1000)");
    }
  }

  private static List<String> jsonList(String where, String key, String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(value, new TypeReference<List<String>>() { });
    } catch (Exception e) {
      throw ContextErrors.badOptionValue(where, key, value, "a JSON list of strings, e.g. [\"a\", \"b\"]");
    }
  }

  private static boolean bool(String where, String key, String value, boolean defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ContextErrors.badOptionValue(where, key, value, "true or false");
    };
  }

  private static char character(String where, String key, String value, char defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    String unescaped = value.equals("\\t") ? "\t" : value.equals("\\u0001") ? "\u0001" : value;
    if (unescaped.length() != 1) {
      throw ContextErrors.badOptionValue(where, key, value, "a single character (\\t for a tab)");
    }
    return unescaped.charAt(0);
  }
}
