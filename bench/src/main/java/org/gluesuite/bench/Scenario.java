package org.gluesuite.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One benchmark: its input, and two or more variants doing the same work in different ways. Each variant runs in a
 * fresh JVM ({@link ChildMain}); the first variant is the baseline the others are divided by.
 */
public interface Scenario {
  /** The name {@code bench NAME} takes. */
  String name();

  /** One line for the report: what is compared. */
  String description();

  /** The variants; the first is the baseline of the ratios. */
  List<String> variants();

  /**
   * Whether the headline figure is the child's whole process wall time (start-up) instead of the timed section
   * inside it (everything else: JVM and Spark start excluded, as they are the same for all variants).
   */
  default boolean wholeProcess() {
    return false;
  }

  /** Whether every variant must produce the same rows (a check that they did the same work). */
  default boolean sameRows() {
    return true;
  }

  /** Writes the input under {@code work} (in the parent JVM, once per bench run). */
  void prepare(Path work, BenchSize size);

  /** Runs {@code variant} in the child JVM and says how many rows it produced (the variants must agree). */
  long run(String variant, Path work, BenchSize size, Timer timer) throws Exception;

  /** The timed section of a variant: everything before {@link #start()} is set-up, everything after is measured. */
  interface Timer {
    void start();

    void stop();

    /**
     * Replaces the section's figures with ones the variant measured itself (a median latency over repeated
     * requests, or the time from the JVM's start to an event), instead of the time between start() and stop().
     */
    void measured(long wallMs, long cpuMs);
  }
}
