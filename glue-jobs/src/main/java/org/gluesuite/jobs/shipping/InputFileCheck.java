package org.gluesuite.jobs.shipping;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.read.CsvRecordReader;

/**
 * Checks one CSV file line by line against a {@link ShippingSource}: the header must name exactly the source's
 * columns (any order, any case), every line must have one field per column (quoted fields as RFC 4180), and every
 * cell must hold what its column holds ({@link SourceColumn.Kind}). Problems are collected with their line and
 * column; the first {@value #KEPT_PROBLEMS} are kept, all are counted.
 */
final class InputFileCheck {
  static final int KEPT_PROBLEMS = 10;

  /** Receives each valid data row: its 1-based line and its normalized cells by header name. */
  @FunctionalInterface
  interface RowVisitor {
    void row(int line, Map<String, String> cells);
  }

  private final Path file;
  private final ShippingSource source;
  private final List<InputProblem> problems = new ArrayList<>();
  private int problemCount;
  private int rows;

  private InputFileCheck(Path file, ShippingSource source) {
    this.file = file;
    this.source = source;
  }

  /** The cells of a file's first line, or null when the file is empty; a leading byte-order mark is dropped. */
  static List<String> header(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      return first == null ? null : cells(stripBom(first));
    }
  }

  /** Checks {@code file}, passing every valid data row to {@code visitor}. */
  static InputFileCheck run(Path file, ShippingSource source, RowVisitor visitor) throws IOException {
    InputFileCheck check = new InputFileCheck(file, source);
    check.read(visitor);
    return check;
  }

  List<InputProblem> problems() {
    return problems;
  }

  int problemCount() {
    return problemCount;
  }

  int rows() {
    return rows;
  }

  void problem(int line, String column, String problem, String fix) {
    problemCount++;
    if (problems.size() < KEPT_PROBLEMS) {
      problems.add(new InputProblem(file.getFileName().toString(), line, column, problem, fix));
    }
  }

  private void read(RowVisitor visitor) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        problem(0, null, "the file is empty", "give it the header line " + String.join(",", source.headers())
            + " and one line per row");
        return;
      }
      List<String> header = cells(stripBom(first));
      if (header == null) {
        problem(1, null, "the header line has an unterminated quote", "write the header line "
            + String.join(",", source.headers()));
        return;
      }
      SourceColumn[] byField = columnsOf(header);
      if (byField == null) {
        return;
      }
      int lineNumber = 1;
      int blankSince = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          blankSince = blankSince == 0 ? lineNumber : blankSince;
          continue;
        }
        if (blankSince != 0) {
          problem(blankSince, null, "the line is empty", "remove empty lines between the rows");
          blankSince = 0;
        }
        checkLine(lineNumber, line, byField, visitor);
      }
      if (rows == 0 && problemCount == 0) {
        problem(0, null, "the file has a header but no rows", "give it one line per row after the header");
      }
    }
  }

  /** The source column of each header field, or null after recording what is wrong with the header. */
  private SourceColumn[] columnsOf(List<String> header) {
    Map<String, SourceColumn> expected = new LinkedHashMap<>();
    source.columns().forEach(c -> expected.put(c.header().toLowerCase(Locale.ROOT), c));
    SourceColumn[] byField = new SourceColumn[header.size()];
    List<String> unknown = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      byField[i] = expected.get(name.toLowerCase(Locale.ROOT));
      if (byField[i] == null) {
        unknown.add(name);
      } else if (seen.put(name.toLowerCase(Locale.ROOT), i) != null) {
        problem(1, name, "the header names the column twice", "keep one column " + byField[i].header());
      }
    }
    List<String> missing = source.columns().stream()
        .filter(c -> !seen.containsKey(c.header().toLowerCase(Locale.ROOT))).map(SourceColumn::header).toList();
    String expectedHeader = String.join(",", source.headers());
    if (seen.isEmpty()) {
      problem(1, null, "the first line is not the header: it names none of the columns " + source.headers(),
          "start the file with the header line " + expectedHeader);
      return null;
    }
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      problem(1, null, "the header " + (missing.isEmpty() ? "" : "lacks the column(s) " + missing)
          + (!missing.isEmpty() && !unknown.isEmpty() ? " and " : "")
          + (unknown.isEmpty() ? "" : "has unknown column(s) " + unknown),
          "the header must name exactly these columns (any order): " + expectedHeader);
      return null;
    }
    return problemCount > 0 ? null : byField;
  }

  private void checkLine(int lineNumber, String line, SourceColumn[] byField, RowVisitor visitor) {
    List<String> fields = cells(line);
    if (fields == null) {
      problem(lineNumber, null, "the line has an unterminated quote",
          "close the quoted field with \" (a quote inside a quoted field is written \"\")");
      return;
    }
    if (fields.size() != byField.length) {
      problem(lineNumber, null, "the line has " + fields.size() + " field(s) but the header has " + byField.length,
          "give every line one value per column, and quote values that contain a comma");
      return;
    }
    Map<String, String> cells = new LinkedHashMap<>();
    boolean valid = true;
    for (int i = 0; i < byField.length; i++) {
      SourceColumn column = byField[i];
      try {
        cells.put(column.header(), column.kind().normalize(fields.get(i)));
      } catch (IllegalArgumentException e) {
        problem(lineNumber, column.header(), e.getMessage(), "correct the value or remove the line");
        valid = false;
      }
    }
    if (valid) {
      rows++;
      visitor.row(lineNumber, cells);
    }
  }

  private static List<String> cells(String line) {
    return CsvRecordReader.parseLine(line, CsvReadOptions.DEFAULT);
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
