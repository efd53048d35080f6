package org.gluesuite.runtime.job.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Run ids in Glue's form: {@code jr_} followed by 64 hex digits. */
public final class JobRunIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private JobRunIds() {
  }

  public static String newRunId() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "jr_" + HexFormat.of().formatHex(bytes);
  }
}
