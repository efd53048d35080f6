package org.gluesuite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Where the launcher speaks: progress goes to stderr, results to stdout, so {@code --json} output stays
 * machine-readable while a person still sees what is happening.
 */
public final class Console {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintStream out;
  private final PrintStream err;
  private final boolean json;

  public Console(PrintStream out, PrintStream err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  public boolean json() {
    return json;
  }

  /** A progress line on stderr. */
  public void progress(String format, Object... args) {
    err.println("» " + String.format(Locale.ROOT, format, args));
    err.flush();
  }

  /** A human-readable result line on stdout (suppressed with --json). */
  public void line(String format, Object... args) {
    if (!json) {
      out.println(String.format(Locale.ROOT, format, args));
    }
  }

  /** The machine-readable result (only with --json). */
  public void json(Object value) {
    if (json) {
      try {
        out.println(JSON.writeValueAsString(value));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public void error(String message) {
    err.println("error: " + message);
    err.flush();
  }

  public PrintStream out() {
    return out;
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
