package org.gluesuite.common;

import java.util.function.Function;

/**
 * How every module names a failure it did not make (a job's code, a map function, a launcher, a file system) and
 * wraps it: the same text in error messages, run records and error records, and one wrapper, never two.
 */
public final class Failures {
  private Failures() {
  }

  /** {@code ClassName: message}, or just the class name: how run and error records show a failure. */
  public static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** The failure's message, or its class name when it has none: what a factory's message quotes as the cause. */
  public static String reason(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }

  /**
   * Wraps a failure of pluggable code once, with the context {@code wrap} adds: a failure that already is a
   * {@code wrapped} (it carries that context) is returned as it is, so nothing is wrapped twice.
   */
  public static <E extends RuntimeException> E wrapOnce(Throwable failure, Class<E> wrapped,
      Function<Throwable, ? extends E> wrap) {
    return wrapped.isInstance(failure) ? wrapped.cast(failure) : wrap.apply(failure);
  }
}
