package org.gluesuite.runtime.frame;

import java.util.Objects;

/**
 * One applyMapping entry: take {@code sourcePath} (of {@code sourceType}) and write it to {@code targetPath} as
 * {@code targetType}. Dots in paths nest; back-quote names that contain dots. A target type of {@code struct},
 * {@code array}, {@code map} or {@code choice} keeps the source value and its type as they are.
 */
public record Mapping(String sourcePath, String sourceType, String targetPath, String targetType) {
  public Mapping {
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(targetPath, "targetPath");
    Objects.requireNonNull(targetType, "targetType");
  }

  public static Mapping of(String sourcePath, String sourceType, String targetPath, String targetType) {
    return new Mapping(sourcePath, sourceType, targetPath, targetType);
  }
}
