package org.gluesuite.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts one variant in a fresh JVM with this JVM's class path and the flags Spark needs on Java 17. */
final class ChildJvm {
  /** What spark-submit adds on Java 17. */
  private static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
      "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
      "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar");

  private ChildJvm() {
  }

  /** The JVM command line for {@code mainClass} with {@code args}, as the launcher starts the CLI. */
  static List<String> command(String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + System.getProperty("bench.child.xmx", "3g"));
    command.add("-XX:+UseParallelGC");
    command.add("-Duser.timezone=UTC");
    // Extra flags for every child, e.g. a JFR recording when profiling a scenario (-Dbench.child.jvmArgs=...).
    String extra = System.getProperty("bench.child.jvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    for (String open : OPENS) {
      command.add("--add-opens=java.base/" + open + "=ALL-UNNAMED");
    }
    command.add("-cp");
    command.add(absoluteClassPath());
    command.add(mainClass);
    command.addAll(args);
    return command;
  }

  /** This JVM's class path with every entry absolute: the child runs in the scenario's folder. */
  static String absoluteClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isBlank()).map(e -> Path.of(e).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }

  /** Runs one variant; its output goes to {@code log} (replaced). */
  static Measurement run(Scenario scenario, String variant, int run, Path work, BenchSize size, Path log) {
    List<String> command = command(ChildMain.class.getName(), List.of(scenario.name(), variant, work.toString(),
        size.name()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.directory(new File(work.toString()));
    long started = System.nanoTime();
    int exit;
    try {
      Process process = builder.start();
      exit = process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a child JVM: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BenchErrors.variantFailed(scenario.name(), variant, -1, log);
    }
    long processMs = (System.nanoTime() - started) / 1_000_000;
    String result = lastResult(log);
    if (exit != 0 || result == null) {
      throw BenchErrors.variantFailed(scenario.name(), variant, exit, log);
    }
    String[] parts = result.substring(ChildMain.RESULT_PREFIX.length()).trim().split(" ");
    return new Measurement(scenario.name(), variant, run, processMs, Long.parseLong(parts[0]),
        Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
  }

  private static String lastResult(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith(ChildMain.RESULT_PREFIX)) {
          return lines.get(i);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + log + ": " + e.getMessage(), e);
    }
  }
}
