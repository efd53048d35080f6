package org.gluesuite.bench;

/**
 * One run of one variant in its own JVM.
 *
 * @param processMs wall time of the whole child process, JVM start to exit (measured by the parent)
 * @param timedMs wall time of the variant's timed section (measured in the child)
 * @param cpuMs CPU time the child process used during the timed section (all threads)
 * @param rows rows the variant produced
 * @param peakRssMb the child process's peak resident memory (Linux {@code VmHWM}; 0 where it is not known)
 */
public record Measurement(String scenario, String variant, int run, long processMs, long timedMs, long cpuMs,
    long rows, long peakRssMb) {
}
