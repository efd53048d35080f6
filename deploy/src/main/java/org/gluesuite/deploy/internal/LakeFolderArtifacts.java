package org.gluesuite.deploy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gluesuite.deploy.ArtifactStore;
import org.gluesuite.deploy.DeployErrors;

/** Artifacts in {@code lake/bucket/key}: where a local endpoint reads {@code s3://bucket/key}. */
public final class LakeFolderArtifacts implements ArtifactStore {
  private final Path lake;
  private final String bucket;

  public LakeFolderArtifacts(Path lake, String bucket) {
    this.lake = lake.toAbsolutePath().normalize();
    this.bucket = bucket;
  }

  @Override
  public String bucket() {
    return bucket;
  }

  @Override
  public void check() {
    // A folder is made on first use.
  }

  @Override
  public void put(String key, Path file) {
    Path target = lake.resolve(bucket).resolve(key).normalize();
    try {
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".uploading");
      Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw DeployErrors.uploadFailed(target.toString(), e);
    }
  }
}
