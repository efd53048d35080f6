package org.gluesuite.runtime.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * How locations in the lake are written: the one qualified form Spark reports for the files it reads (so catalog
 * locations, as plain paths, {@code file:} or {@code s3a://} URIs, and files can be matched exactly), and, where a
 * local folder stands in for S3, the folder an {@code s3://} location names.
 */
public final class LakePaths {
  /**
   * The Spark setting naming the local folder that stands in for S3 in a session (the CLI's workspace lake), so
   * catalog tables whose locations are {@code s3://bucket/key}, as deployed ones are, are read from
   * {@code <lake>/bucket/key} by Spark SQL.
   */
  public static final String LOCAL_LAKE_CONF = "spark.glue_suite.local_lake";

  private LakePaths() {
  }

  /** True for an S3 location: {@code s3://…} or {@code s3a://…}. */
  public static boolean isS3(String location) {
    return location != null && (location.startsWith("s3://") || location.startsWith("s3a://"));
  }

  /**
   * Where {@code location} is when the local folder {@code lake} stands in for S3: {@code s3://bucket/key} (or
   * {@code s3a://}) is {@code <lake>/bucket/key}; any other value is returned as given.
   */
  public static String inLocalLake(String location, java.nio.file.Path lake) {
    if (!isS3(location)) {
      return location;
    }
    return lake.resolve(location.substring(location.indexOf("://") + 3)).toString();
  }

  /** The fully qualified URI string of a folder, without a trailing slash, e.g. {@code file:/lake/raw/2024/01/05}. */
  public static String qualifiedFolder(String location, Configuration hadoopConf) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      URI uri = fs.makeQualified(path).toUri();
      // Spark names files scheme://authority/path, with an empty authority for file: (file:///lake/...).
      String authority = uri.getAuthority() == null ? "" : uri.getAuthority();
      String qualified = new URI(uri.getScheme(), authority, uri.getPath(), null, null).toString();
      return qualified.endsWith("/") ? qualified.substring(0, qualified.length() - 1) : qualified;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid location: " + location, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve the file system of " + location, e);
    }
  }
}
