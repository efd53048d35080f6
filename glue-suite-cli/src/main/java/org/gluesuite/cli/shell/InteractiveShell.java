package org.gluesuite.cli.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * jshell (JDK 17's {@code jdk.jshell} tool, with its tab completion, history and commands) over the ready objects:
 * snippets run in this JVM (local execution), so they share its classpath and the objects its startup snippet binds.
 */
public final class InteractiveShell {
  private static final String STARTUP = "startup.jsh";

  private InteractiveShell() {
  }

  /**
   * Runs jshell on {@code in} until {@code /exit} or the end of the input, with {@code objects} bound; returns its
   * exit code. {@code scratch} receives the startup snippet file.
   */
  public static int run(ShellObjects objects, Path scratch, InputStream in, PrintStream out, PrintStream err)
      throws Exception {
    Path startup = writeStartup(scratch);
    try (AutoCloseable bound = objects.bind()) {
      JavaShellToolBuilder builder = JavaShellToolBuilder.builder().in(in, null).out(out).err(err);
      if (System.console() == null) {
        // A script on stdin: keep jshell's history and settings out of the user's preferences.
        builder.persistence(new HashMap<>());
      }
      return builder.start("--execution", "local", "--class-path", System.getProperty("java.class.path"),
          "--startup", "DEFAULT", "--startup", startup.toString());
    } finally {
      Files.deleteIfExists(startup);
    }
  }

  private static Path writeStartup(Path scratch) {
    try (InputStream snippet = InteractiveShell.class.getResourceAsStream(STARTUP)) {
      if (snippet == null) {
        throw new IllegalStateException(STARTUP + " is missing from the CLI's classes; rebuild the project");
      }
      Files.createDirectories(scratch);
      Path file = Files.createTempFile(scratch, "glue-suite-shell", ".jsh");
      Files.write(file, snippet.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the shell's startup snippet under " + scratch, e);
    }
  }
}
