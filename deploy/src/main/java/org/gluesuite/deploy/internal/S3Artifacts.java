package org.gluesuite.deploy.internal;

import java.nio.file.Path;
import org.gluesuite.deploy.ArtifactStore;
import org.gluesuite.deploy.DeployErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Artifacts in an S3 bucket the caller owns. */
public final class S3Artifacts implements ArtifactStore {
  private final S3Client s3;
  private final String bucket;

  public S3Artifacts(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public String bucket() {
    return bucket;
  }

  @Override
  public void check() {
    try {
      s3.headBucket(r -> r.bucket(bucket));
    } catch (S3Exception e) {
      throw DeployErrors.bucketUnavailable(bucket, e.statusCode(), e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }

  @Override
  public void put(String key, Path file) {
    try {
      s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(file));
    } catch (SdkException e) {
      throw DeployErrors.uploadFailed(uri(key), e);
    }
  }
}
