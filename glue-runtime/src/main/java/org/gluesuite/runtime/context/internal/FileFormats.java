package org.gluesuite.runtime.context.internal;

import java.util.Arrays;
import java.util.List;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.runtime.context.ContextErrors;

/** Parses a format name as Glue scripts give it ({@code "parquet"}, {@code "glueparquet"}, {@code "csv"}, {@code "json"}). */
public final class FileFormats {
  private static final List<String> NAMES = Arrays.stream(StorageFormat.values())
      .map(StorageFormat::classification).toList();

  private FileFormats() {
  }

  public static StorageFormat parse(String name) {
    String normalized = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
    if (normalized.equals("glueparquet")) {
      return StorageFormat.PARQUET;
    }
    return StorageFormat.fromClassification(normalized)
        .orElseThrow(() -> ContextErrors.unsupportedFormat(name, NAMES));
  }
}
