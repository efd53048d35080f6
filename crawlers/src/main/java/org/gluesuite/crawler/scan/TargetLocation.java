package org.gluesuite.crawler.scan;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where an S3 target's data is on disk: {@code s3://bucket/key} maps to {@code <lake>/bucket/key},
 * {@code file://} URIs and plain paths are taken as given. {@code levelBase} is the folder that counts as
 * level 0 for {@code TableLevelConfiguration}: the bucket for S3 paths, the target's parent otherwise.
 */
public record TargetLocation(String path, Path root, Path levelBase) {

  public static TargetLocation resolve(String path, Path lake) {
    String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (trimmed.startsWith("s3://") || trimmed.startsWith("s3a://")) {
      String rest = trimmed.substring(trimmed.indexOf("://") + 3);
      int slash = rest.indexOf('/');
      String bucket = slash < 0 ? rest : rest.substring(0, slash);
      Path bucketRoot = lake.resolve(bucket).toAbsolutePath().normalize();
      Path root = slash < 0 ? bucketRoot : bucketRoot.resolve(rest.substring(slash + 1)).normalize();
      return new TargetLocation(path, root, bucketRoot);
    }
    Path root = trimmed.startsWith("file:") ? Path.of(URI.create(trimmed)) : Path.of(trimmed);
    root = root.toAbsolutePath().normalize();
    return new TargetLocation(path, root, root.getParent() == null ? root : root.getParent());
  }

  /** The level of the target root itself (1 for s3://bucket/folder). */
  public int rootLevel() {
    return levelBase.relativize(root).toString().isEmpty() ? 0 : levelBase.relativize(root).getNameCount();
  }
}
