package org.gluesuite.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Keeps Spark, Hadoop and Parquet quiet unless {@code --verbose}: users see our own progress lines, and
 * the full logs only when they ask for them.
 */
final class Logging {
  private Logging() {
  }

  static void configure(boolean verbose) {
    if (verbose) {
      Configurator.setRootLevel(Level.INFO);
      Configurator.setLevel("org.gluesuite", Level.DEBUG);
    } else {
      Configurator.setRootLevel(Level.ERROR);
      Configurator.setLevel("org.gluesuite", Level.WARN);
    }
  }
}
