package org.gluesuite.runtime.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for the crash-safety tests, not an API: the runtime calls {@link #reached} where a crash matters,
 * and when the JVM was started with {@code -Dgluesuite.crashPoint=<point>} naming that point, it halts at once with
 * exit code 137, as after {@code kill -9}: no shutdown hooks, no finally blocks, no cleanup. {@code <point>:N} halts
 * the N-th time the point is reached (e.g. {@code mid-read:2}, the second file opened). Points: {@code mid-read},
 * {@code mid-write}, {@code mid-publish}, {@code after-data-commit}, {@code after-catalog-update},
 * {@code after-bookmark-commit}.
 *
 * <p>The property is read once, when this class loads (the tests set it on a child JVM's command line); unset,
 * {@link #reached} tests one constant and returns, so file opens and commits pay nothing for it.
 */
public final class CrashPoints {
  /** The system property that arms a crash point, read once per JVM. */
  public static final String PROPERTY = "gluesuite.crashPoint";
  private static final CrashPoints ARMED = parse(System.getProperty(PROPERTY));

  private final String point;
  private final int times;
  private final AtomicInteger hits = new AtomicInteger();

  private CrashPoints(String point, int times) {
    this.point = point;
    this.times = times;
  }

  /** Halts the JVM if this is the armed point and it has now been reached the armed number of times. */
  public static void reached(String point) {
    if (ARMED != null && ARMED.countsDown(point)) {
      System.err.println("glue-suite: crash point " + point + " reached; halting (exit 137)");
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }

  /** True when this JVM started with a crash point armed. */
  static boolean armed() {
    return ARMED != null;
  }

  /** The crash point {@code spec} arms ({@code point} or {@code point:N}), or null for none. */
  static CrashPoints parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return null;
    }
    int colon = spec.indexOf(':');
    if (colon < 0) {
      return new CrashPoints(spec, 1);
    }
    String count = spec.substring(colon + 1);
    if (colon == 0 || !count.matches("[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + spec + " is not a crash point: write <point> or "
          + "<point>:N with N a positive count, e.g. mid-read:2.");
    }
    return new CrashPoints(spec.substring(0, colon), Integer.parseInt(count));
  }

  /** Counts a visit of {@code reachedPoint}; true exactly on the armed visit of the armed point. */
  boolean countsDown(String reachedPoint) {
    return point.equals(reachedPoint) && hits.incrementAndGet() == times;
  }
}
