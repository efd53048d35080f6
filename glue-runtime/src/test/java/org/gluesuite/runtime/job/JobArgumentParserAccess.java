package org.gluesuite.runtime.job;

import org.gluesuite.common.args.JobArgumentParser;

/** Test helper: one argument of a Glue-style command line. */
final class JobArgumentParserAccess {
  private JobArgumentParserAccess() {
  }

  static String value(String[] args, String name) {
    return JobArgumentParser.parse(args).get(name);
  }
}
