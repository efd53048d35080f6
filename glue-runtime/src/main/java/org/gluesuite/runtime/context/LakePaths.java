package org.gluesuite.runtime.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Turns catalog locations (plain paths, {@code file:} URIs, {@code s3a://} URIs) into the one
 * qualified form Spark reports for the files it reads, so locations and files can be matched exactly.
 */
final class LakePaths {
  private LakePaths() {
  }

  /** The fully qualified URI string of a folder, without a trailing slash, e.g. {@code file:/lake/raw/2024/01/05}. */
  static String qualifiedFolder(String location, Configuration hadoopConf) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      String qualified = fs.makeQualified(path).toUri().toString();
      return qualified.endsWith("/") ? qualified.substring(0, qualified.length() - 1) : qualified;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot resolve the file system of " + location, e);
    }
  }
}
