package org.gluesuite.deploy.internal;

import java.nio.file.Path;
import org.gluesuite.deploy.ArtifactStore;
import org.gluesuite.deploy.DeployErrors;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Artifacts in an S3 bucket the caller owns; on a local S3 server (serve's, whose buckets are lake folders) a missing
 * bucket is made, as the lake's folders are made on first use.
 */
public final class S3Artifacts implements ArtifactStore {
  private final S3Client s3;
  private final String bucket;
  private final boolean makeMissingBucket;

  public S3Artifacts(S3Client s3, String bucket, boolean makeMissingBucket) {
    this.s3 = s3;
    this.bucket = bucket;
    this.makeMissingBucket = makeMissingBucket;
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
      if (e.statusCode() != 404 || !makeMissingBucket) {
        throw DeployErrors.bucketUnavailable(bucket, e.statusCode(), e);
      }
      try {
        s3.createBucket(r -> r.bucket(bucket));
      } catch (SdkException made) {
        throw DeployErrors.uploadFailed("s3://" + bucket, made);
      }
    } catch (SdkClientException e) {
      throw DeployErrors.endpointUnreachable(s3.serviceClientConfiguration().endpointOverride().orElse(null), e);
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
