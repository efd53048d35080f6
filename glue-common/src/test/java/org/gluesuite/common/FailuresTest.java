package org.gluesuite.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static final class WrappedFailure extends GlueSuiteException {
    WrappedFailure(Throwable cause) {
      super("wrapped: " + Failures.reason(cause), cause);
    }
  }

  @Test
  void describeAndReason_nameAFailureWithoutMessage_byItsType_neverAsNull() {
    assertThat(Failures.describe(new NullPointerException())).isEqualTo("NullPointerException");
    assertThat(Failures.describe(new IllegalStateException("boom"))).isEqualTo("IllegalStateException: boom");
    assertThat(Failures.reason(new NullPointerException())).isEqualTo("NullPointerException");
    assertThat(Failures.reason(new IllegalStateException("boom"))).isEqualTo("boom");
  }

  @Test
  void wrapOnce_wrapsAForeignFailure_andLeavesAnAlreadyWrappedOneAsItIs() {
    UncheckedIOException disk = new UncheckedIOException("disk full", new java.io.IOException("disk full"));
    WrappedFailure once = Failures.wrapOnce(disk, WrappedFailure.class, WrappedFailure::new);
    WrappedFailure again = Failures.wrapOnce(once, WrappedFailure.class, WrappedFailure::new);

    assertThat(once.getCause()).isSameAs(disk);
    assertThat(once.getMessage()).isEqualTo("wrapped: disk full");
    assertThat(again).isSameAs(once);
  }
}
