package org.gluesuite.cli;

import java.nio.file.Path;

/** The local lake stands in for S3: {@code s3://bucket/key} is {@code <lake>/bucket/key}. */
public final class LakePaths {
  private LakePaths() {
  }

  public static String local(String value, Path lake) {
    if (value == null || !(value.startsWith("s3://") || value.startsWith("s3a://"))) {
      return value;
    }
    String rest = value.substring(value.indexOf("://") + 3);
    return lake.resolve(rest).toString();
  }
}
