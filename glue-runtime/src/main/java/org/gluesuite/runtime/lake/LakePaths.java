package org.gluesuite.runtime.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Turns catalog locations (plain paths, {@code file:} URIs, {@code s3a://} URIs) into the one
 * qualified form Spark reports for the files it reads, so locations and files can be matched exactly.
 */
public final class LakePaths {
  private LakePaths() {
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
