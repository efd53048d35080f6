package org.gluesuite.serve.athena;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Athena's result file: CSV with every value in double quotes (a quote doubled inside), the header row first, and
 * null as an empty unquoted cell, which tells it apart from the empty string ({@code ""}).
 */
final class ResultCsv {
  private ResultCsv() {
  }

  /** Writes rows one at a time; the header is written when it opens. */
  static final class RowWriter implements AutoCloseable {
    private final Writer out;

    RowWriter(Path file, List<String> header) throws IOException {
      Files.createDirectories(file.getParent());
      this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      write(header);
    }

    void write(List<String> cells) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        String cell = cells.get(i);
        if (cell != null) {
          out.write('"');
          out.write(cell.replace("\"", "\"\""));
          out.write('"');
        }
      }
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Rows {@code from} (0 is the header) to {@code from + count - 1}; fewer at the end of the file. */
  static List<List<String>> read(Path file, long from, int count) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long index = 0;
      List<String> row;
      while (rows.size() < count && (row = next(in)) != null) {
        if (index++ >= from) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** One record (quoted cells may hold commas, quotes and line breaks), or null at the end. */
  private static List<String> next(BufferedReader in) throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    while (true) {
      if (c == '"') {
        StringBuilder cell = new StringBuilder();
        while (true) {
          c = in.read();
          if (c < 0) {
            throw new IOException("unterminated quoted cell");
          }
          if (c == '"') {
            in.mark(1);
            if (in.read() == '"') {
              cell.append('"');
              continue;
            }
            in.reset();
            break;
          }
          cell.append((char) c);
        }
        cells.add(cell.toString());
        c = in.read();
      } else {
        cells.add(null);
      }
      if (c == ',') {
        c = in.read();
        continue;
      }
      return cells;
    }
  }
}
