package org.gluesuite.bench;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.common.GlueSuiteUserException;

/** The benchmark's errors, built in one place. */
final class BenchErrors {
  private BenchErrors() {
  }

  /** A command line the benchmark cannot run: an unknown scenario or option. */
  static final class BenchUsageException extends GlueSuiteUserException {
    private static final long serialVersionUID = 1L;

    BenchUsageException(String message) {
      super(message);
    }
  }

  /** A variant's child JVM failed or gave no result. */
  static final class VariantFailedException extends GlueSuiteException {
    private static final long serialVersionUID = 1L;

    VariantFailedException(String message) {
      super(message);
    }
  }

  static BenchUsageException unknownScenario(String name, List<String> known) {
    return new BenchUsageException("No benchmark scenario named '" + name + "'. The scenarios are: "
        + String.join(", ", known) + ".");
  }

  static VariantFailedException variantFailed(String scenario, String variant, int exitCode, Path log) {
    return new VariantFailedException("Benchmark " + scenario + "/" + variant + " failed (child JVM exit code "
        + exitCode + "); its output is in " + log + ".");
  }

  static VariantFailedException rowsDisagree(String scenario, String variants) {
    return new VariantFailedException("Benchmark " + scenario + ": the variants produced different row counts ("
        + variants + "), so they did not do the same work; the figures would compare different things.");
  }
}
