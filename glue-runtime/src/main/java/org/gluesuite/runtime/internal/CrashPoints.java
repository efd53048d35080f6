package org.gluesuite.runtime.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for crash-safety tests: the runtime calls {@link #reached} at the points where a crash matters,
 * and when the system property {@code gluesuite.crashPoint} (or the environment variable
 * {@code GLUE_SUITE_CRASH_POINT}) names that point, the JVM halts at once with exit code 137, as after
 * {@code kill -9}: no shutdown hooks, no finally blocks, no cleanup. {@code name:N} halts at the N-th time the point
 * is reached (e.g. {@code mid-read:2}, the second file opened). Points: {@code mid-read}, {@code mid-write},
 * {@code mid-publish}, {@code after-data-commit}, {@code after-catalog-update}, {@code after-bookmark-commit}.
 */
public final class CrashPoints {
  public static final String PROPERTY = "gluesuite.crashPoint";
  public static final String ENVIRONMENT = "GLUE_SUITE_CRASH_POINT";
  private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

  private CrashPoints() {
  }

  public static void reached(String point) {
    String spec = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    if (spec == null || spec.isBlank()) {
      return;
    }
    String name = spec;
    int times = 1;
    int colon = spec.indexOf(':');
    if (colon > 0) {
      name = spec.substring(0, colon);
      times = Integer.parseInt(spec.substring(colon + 1));
    }
    if (name.equals(point) && HITS.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet() == times) {
      System.err.println("glue-suite: crash point " + point + " reached; halting (exit 137)");
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
