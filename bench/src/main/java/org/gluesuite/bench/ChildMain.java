package org.gluesuite.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The entry point of a child JVM: runs one variant of one scenario once and prints its result as the last line,
 * {@value #RESULT_PREFIX}{@code timedMs cpuMs rows peakRssMb}.
 */
public final class ChildMain {
  static final String RESULT_PREFIX = "BENCH-RESULT ";

  private ChildMain() {
  }

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    Locale.setDefault(Locale.US);
    Scenario scenario = Scenarios.require(args[0]);
    String variant = args[1];
    Path work = Path.of(args[2]);
    BenchSize size = Scenarios.size(args[3]);
    SectionTimer timer = new SectionTimer();
    long rows = scenario.run(variant, work, size, timer);
    System.out.println(RESULT_PREFIX + timer.wallMs() + " " + timer.cpuMs() + " " + rows + " " + peakRssMb());
    System.out.flush();
    // Spark's non-daemon threads must not keep the child alive.
    System.exit(0);
  }

  /** This process's peak resident set size so far (Linux's VmHWM), in MB; 0 where /proc is not there. */
  static long peakRssMb() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      // not Linux: the figure is unknown
    }
    return 0;
  }

  /** Wall and process CPU time between start() and stop() (stop() defaults to the end of the run). */
  static final class SectionTimer implements Scenario.Timer {
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wallStart = -1;
    private long cpuStart;
    private long wallMs = -1;
    private long cpuMs;

    @Override
    public void start() {
      wallStart = System.nanoTime();
      cpuStart = os.getProcessCpuTime();
    }

    @Override
    public void stop() {
      if (wallStart < 0) {
        throw new IllegalStateException("stop() before start()");
      }
      wallMs = (System.nanoTime() - wallStart) / 1_000_000;
      cpuMs = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
    }

    @Override
    public void measured(long wallMs, long cpuMs) {
      this.wallStart = 0;
      this.wallMs = wallMs;
      this.cpuMs = cpuMs;
    }

    long wallMs() {
      if (wallMs < 0) {
        stop();
      }
      return wallMs;
    }

    long cpuMs() {
      return cpuMs;
    }
  }
}
