package org.gluesuite.crawler.classify;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV text into records with one delimiter and quote character (RFC 4180 quoting, quoted newlines). */
final class CsvText {
  private CsvText() {
  }

  /** Parsed records and whether any field was quoted. */
  record Rows(List<List<String>> rows, boolean quoted) {
  }

  static Rows parse(String text, char delimiter, char quote, int maxRows) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean anyQuoted = false;
    boolean rowHasContent = false;
    int i = 0;
    int n = text.length();
    while (i < n && rows.size() < maxRows) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == quote) {
          if (i + 1 < n && text.charAt(i + 1) == quote) {
            field.append(quote);
            i += 2;
            continue;
          }
          inQuotes = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == quote && field.length() == 0) {
        inQuotes = true;
        anyQuoted = true;
        rowHasContent = true;
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        rowHasContent = true;
      } else if (c == '\n' || c == '\r') {
        if (rowHasContent || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        rowHasContent = false;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        field.append(c);
        rowHasContent = true;
      }
      i++;
    }
    if ((rowHasContent || field.length() > 0) && rows.size() < maxRows) {
      row.add(field.toString());
      rows.add(row);
    }
    return new Rows(rows, anyQuoted);
  }
}
