package org.gluesuite.deploy;

import java.nio.file.Path;
import org.gluesuite.deploy.internal.LakeFolderArtifacts;
import org.gluesuite.deploy.internal.S3Artifacts;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the deployable jar and the jobs' scripts go before the jobs that name them are created: an S3 bucket (for a
 * local {@code serve}, its S3 server), or for a local endpoint without an S3 server the workspace's lake folder ({@code LAKE/BUCKET/KEY} is
 * {@code s3://BUCKET/KEY} there). Jobs name what is stored as {@link #uri}.
 */
public interface ArtifactStore extends AutoCloseable {
  String bucket();

  /** Makes sure the store can take artifacts (the bucket exists and is the caller's), before anything is changed. */
  void check();

  /** Stores {@code file} under {@code key}, replacing what was there. */
  void put(String key, Path file);

  /** Releases the store's client, if it has one. */
  @Override
  default void close() {
  }

  /** Where {@code key} is stored, as jobs name it. */
  default String uri(String key) {
    return "s3://" + bucket() + "/" + key;
  }

  /** An S3 bucket, written with {@code s3} (a client of the project's factory, closed with the store). */
  static ArtifactStore s3(S3Client s3, String bucket) {
    return new S3Artifacts(s3, bucket, false);
  }

  /**
   * The S3 server of a local {@code glue-suite serve} (its buckets are the lake's top folders), written with
   * {@code s3} (closed with the store); the bucket is made when it is missing.
   */
  static ArtifactStore localS3(S3Client s3, String bucket) {
    return new S3Artifacts(s3, bucket, true);
  }

  /**
   * No bucket was named: every use fails saying so. Destroy needs none; plan and apply need one once a job names an
   * artifact, which is after the credentials and the definitions were checked.
   */
  static ArtifactStore none() {
    return new ArtifactStore() {
      @Override
      public String bucket() {
        throw DeployErrors.bucketMissing();
      }

      @Override
      public void check() {
        throw DeployErrors.bucketMissing();
      }

      @Override
      public void put(String key, Path file) {
        throw DeployErrors.bucketMissing();
      }
    };
  }

  /** The folder {@code lake/bucket}, as {@code glue-suite serve} maps {@code s3://bucket/…} into its lake. */
  static ArtifactStore lakeFolder(Path lake, String bucket) {
    return new LakeFolderArtifacts(lake, bucket);
  }
}
