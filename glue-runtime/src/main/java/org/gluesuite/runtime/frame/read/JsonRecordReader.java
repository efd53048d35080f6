package org.gluesuite.runtime.frame.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.gluesuite.runtime.frame.ErrorRecords;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.frame.JsonReadOptions;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.frame.internal.Parsed;
import org.gluesuite.runtime.frame.internal.RecordJson;

/**
 * Reads one JSON file into records or error records, each knowing its file and 1-based line. Runs inside an
 * executor task. Line mode streams the file; multiLine mode reads the file whole (a document may span it).
 */
public final class JsonRecordReader implements Serializable {
  public static final String TRANSFORMATION = "read_json";

  private final JsonPathSteps path;
  private final boolean multiLine;
  private final TransformOptions options;
  private transient JsonFactory factory;

  public JsonRecordReader(JsonReadOptions read, TransformOptions options) {
    this.path = JsonPathSteps.parse(read.jsonPath());
    this.multiLine = read.multiLine();
    this.options = options;
  }

  private JsonFactory factory() {
    if (factory == null) {
      factory = new JsonFactory();
    }
    return factory;
  }

  public Iterator<Parsed> read(SourceFile source, Configuration conf) {
    String file = source.path();
    try {
      BufferedReader in = SourceFiles.open(source, conf);
      if (multiLine) {
        try (in) {
          return readDocument(file, in).iterator();
        }
      }
      return new LineIterator(file, in);
    } catch (IOException e) {
      throw FrameErrors.readFailed(file, e);
    }
  }

  /** Records of one line-mode file, parsed lazily so a large file never sits in memory. */
  private final class LineIterator implements Iterator<Parsed> {
    private final String file;
    private final BufferedReader in;
    private final List<Parsed> pending = new ArrayList<>();
    private long lineNumber;
    private boolean done;

    LineIterator(String file, BufferedReader in) {
      this.file = file;
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && !done) {
        try {
          String line = in.readLine();
          if (line == null) {
            done = true;
            in.close();
          } else {
            lineNumber++;
            if (!line.isBlank()) {
              pending.addAll(parseLine(file, lineNumber, line));
            }
          }
        } catch (IOException e) {
          throw FrameErrors.readFailed(file, e);
        }
      }
      return !pending.isEmpty();
    }

    @Override
    public Parsed next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return pending.remove(0);
    }
  }

  private List<Parsed> parseLine(String file, long lineNumber, String line) {
    List<Parsed> out = new ArrayList<>();
    try (JsonParser p = factory().createParser(line)) {
      List<Located> found = new ArrayList<>();
      p.nextToken();
      walk(p, 0, found);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        JsonLocation at = p.currentTokenLocation();
        return List.of(error(file, lineNumber, "Unexpected content after the JSON value at column "
            + at.getColumnNr(), line));
      }
      for (Located r : found) {
        out.add(toRecord(file, lineNumber, r.value(), line));
      }
      return out;
    } catch (JsonProcessingException e) {
      return List.of(error(file, lineNumber, describe(e, false), line));
    } catch (IOException e) {
      throw FrameErrors.readFailed(file, e);
    }
  }

  private List<Parsed> readDocument(String file, BufferedReader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    String content = text.toString();
    List<Located> found = new ArrayList<>();
    List<Parsed> out = new ArrayList<>();
    try (JsonParser p = factory().createParser(content)) {
      while (p.nextToken() != null) {
        if (path.isRoot() && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            found.add(new Located(p.currentTokenLocation().getLineNr(), JsonValues.read(p)));
          }
        } else {
          walk(p, 0, found);
        }
      }
    } catch (JsonProcessingException e) {
      long line = Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr());
      for (Located r : found) {
        out.add(toRecord(file, r.line(), r.value(), null));
      }
      out.add(error(file, line, describe(e, true), lineText(content, line)));
      return out;
    }
    for (Located r : found) {
      out.add(toRecord(file, r.line(), r.value(), null));
    }
    return out;
  }

  private record Located(long line, Object value) {
  }

  /** Follows the jsonPath from the value at the current token; every value it reaches is a record. */
  private void walk(JsonParser p, int step, List<Located> out) throws IOException {
    if (step == path.steps().size()) {
      long line = p.currentTokenLocation().getLineNr();
      out.add(new Located(line, JsonValues.read(p)));
      return;
    }
    JsonPathSteps.Step s = path.steps().get(step);
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (s.isWildcard() || name.equals(s.field())) {
          walk(p, step + 1, out);
        } else {
          p.skipChildren();
        }
      }
    } else if (t == JsonToken.START_ARRAY && s.isWildcard()) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        walk(p, step + 1, out);
      }
    } else {
      p.skipChildren();
    }
  }

  @SuppressWarnings("unchecked")
  private Parsed toRecord(String file, long line, Object value, String raw) {
    if (value instanceof Map) {
      return Parsed.record((Map<String, Object>) value);
    }
    String kind = value == null ? "null" : value instanceof List ? "an array" : "a " + value.getClass()
        .getSimpleName().toLowerCase(java.util.Locale.ROOT);
    String hint = value instanceof List ? " (use jsonPath '$[*]' to read the elements of a top-level array)" : "";
    return error(file, line, "The record is " + kind + ", not a JSON object" + hint,
        raw != null ? raw : RecordJson.write(value));
  }

  private Parsed error(String file, long line, String message, String raw) {
    return Parsed.error(ErrorRecords.row(file, line, TRANSFORMATION, options, message, raw));
  }

  private static String describe(JsonProcessingException e, boolean withLine) {
    JsonLocation at = e.getLocation();
    if (at == null) {
      return e.getOriginalMessage();
    }
    return e.getOriginalMessage() + (withLine ? " at line " + at.getLineNr() + " column " : " at column ")
        + at.getColumnNr();
  }

  private static String lineText(String content, long line) {
    String[] lines = content.split("\r?\n", -1);
    return line >= 1 && line <= lines.length ? lines[(int) line - 1] : "";
  }
}
