package org.gluesuite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@code glue-suite} in a child JVM, as the launcher script does, and collects what it printed. */
final class CliProcess {
  static final List<String> ADD_OPENS = List.of(
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private CliProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The runtime classpath Maven wrote for the launcher (reactor jars and ~/.m2 jars). */
  static String runtimeClasspath() {
    try {
      return Files.readString(Path.of("target", "runtime-classpath.txt")).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("target/runtime-classpath.txt is missing; build with Maven", e);
    }
  }

  static CliProcess start(Path logs, String... args) {
    return start(logs, cliCommand(args));
  }

  /** The CLI with {@code input} as its standard input. */
  static CliProcess startWithInput(Path logs, Path input, String... args) {
    return start(logs, cliCommand(args), ProcessBuilder.Redirect.from(input.toFile()));
  }

  private static List<String> cliCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Duser.timezone=UTC");
    command.addAll(ADD_OPENS);
    command.add("-cp");
    command.add(Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + runtimeClasspath());
    command.add(GlueSuiteCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  static CliProcess start(Path logs, List<String> command) {
    return start(logs, command, ProcessBuilder.Redirect.PIPE);
  }

  private static CliProcess start(Path logs, List<String> command, ProcessBuilder.Redirect input) {
    try {
      Files.createDirectories(logs);
      Path out = Files.createTempFile(logs, "stdout", ".txt");
      Path err = Files.createTempFile(logs, "stderr", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).redirectInput(input).redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      return new CliProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("glue-suite did not finish within " + seconds + " s; stderr:\n" + stderr());
    }
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stdout() {
    return read(stdout);
  }

  String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
