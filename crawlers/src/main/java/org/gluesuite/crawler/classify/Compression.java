package org.gluesuite.crawler.classify;

import java.util.Locale;
import java.util.Optional;

/** How a file is compressed, detected from its first bytes (content first, as Glue does), then its name. */
public enum Compression {
  NONE("none"), GZIP("gzip"), BZIP2("bzip2");

  private final String parameter;

  Compression(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the {@code compressionType} table parameter. */
  public String parameter() {
    return parameter;
  }

  public static Compression detect(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
      return BZIP2;
    }
    return NONE;
  }

  /** A compression we cannot read through (zstd, xz, lz4, zip, snappy, 7z, brotli), by magic or name. */
  public static Optional<String> unsupported(byte[] head, int length, String fileName) {
    if (startsWith(head, length, 0x28, 0xb5, 0x2f, 0xfd)) {
      return Optional.of("zstd");
    }
    if (startsWith(head, length, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
      return Optional.of("xz");
    }
    if (startsWith(head, length, 0x04, 0x22, 0x4d, 0x18)) {
      return Optional.of("lz4");
    }
    if (startsWith(head, length, 'P', 'K', 0x03, 0x04)) {
      return Optional.of("zip");
    }
    if (startsWith(head, length, 0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y')) {
      return Optional.of("snappy");
    }
    if (startsWith(head, length, '7', 'z', 0xbc, 0xaf, 0x27, 0x1c)) {
      return Optional.of("7z");
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".zst", ".xz", ".lz4", ".zip", ".snappy", ".7z", ".br", ".lzo", ".z"}) {
      if (lower.endsWith(ext)) {
        return Optional.of(ext.substring(1));
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
