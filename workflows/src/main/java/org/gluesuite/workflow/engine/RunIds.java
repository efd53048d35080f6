package org.gluesuite.workflow.engine;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids shaped like Glue's: {@code wr_<hex>} for workflow runs, {@code jr_<hex>} for job runs. */
public final class RunIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {
  }

  static String workflowRunId() {
    return "wr_" + hex(16);
  }

  public static String jobRunId() {
    return "jr_" + hex(16);
  }

  static String crawlId() {
    return "cr_" + hex(8);
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
