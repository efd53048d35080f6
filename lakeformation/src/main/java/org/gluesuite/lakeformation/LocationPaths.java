package org.gluesuite.lakeformation;

import java.net.URI;

/** Local lake paths compared as plain absolute paths: {@code file:} scheme and trailing slashes dropped. */
final class LocationPaths {
  private LocationPaths() {
  }

  static String normalize(String location) {
    String path = location;
    if (path.startsWith("file:")) {
      path = URI.create(path.replace(" ", "%20")).getPath();
    }
    path = java.nio.file.Path.of(path).toAbsolutePath().normalize().toString();
    return path.length() > 1 ? path.replaceAll("/+$", "") : path;
  }
}
