package org.gluesuite.cli;

import java.util.ArrayList;
import java.util.List;

/** Prints rows as a plain text table with aligned columns, like a SQL shell. */
final class TablePrinter {
  private static final int MAX_CELL = 60;

  private TablePrinter() {
  }

  static List<String> render(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = header.get(i).length();
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], cell(row.get(i)).length());
      }
    }
    List<String> lines = new ArrayList<>();
    String rule = rule(widths);
    lines.add(rule);
    lines.add(line(header, widths));
    lines.add(rule);
    for (List<String> row : rows) {
      lines.add(line(row, widths));
    }
    lines.add(rule);
    return lines;
  }

  private static String cell(String value) {
    String text = value == null ? "NULL" : value;
    return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
  }

  private static String rule(int[] widths) {
    StringBuilder line = new StringBuilder("+");
    for (int width : widths) {
      line.append("-".repeat(width + 2)).append('+');
    }
    return line.toString();
  }

  private static String line(List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < widths.length; i++) {
      String value = cell(values.get(i));
      line.append(' ').append(value).append(" ".repeat(widths[i] - value.length())).append(" |");
    }
    return line.toString();
  }
}
