package org.gluesuite.runtime.frame.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.ErrorRecords;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.frame.internal.Parsed;

/**
 * Reads one CSV file into records or error records, streaming, inside an executor task. Unquoted cells are typed
 * one by one (long, double, boolean, else string; an empty unquoted cell is null; whole numbers are long however
 * small, as Glue's CSV reader types them: AWS's medicare example shows zip codes as long); a quoted cell stays the string
 * it quotes, so codes such as "02134" keep their zeros. A column with mixed cells becomes
 * a choice once records merge. A row whose field count differs from the header (or, without a header, from the
 * file's first row) or that has an unterminated quote becomes an error record with its file and line. Columns are
 * named by the header, or by {@link CsvReadOptions#columnNames}, else {@code col0, col1, ...}; empty cells past the
 * last named column are left out, as Glue's crawler leaves out the empty column a delimiter ending every line adds
 * (a value there is kept as {@code colN}).
 */
public final class CsvRecordReader implements Serializable {
  public static final String TRANSFORMATION = "read_csv";

  private final CsvReadOptions csv;
  private final TransformOptions options;

  public CsvRecordReader(CsvReadOptions csv, TransformOptions options) {
    if (csv.separator() == csv.quoteChar()) {
      throw FrameErrors.invalidOption("separator", csv.separator(), "it must differ from quoteChar");
    }
    this.csv = csv;
    this.options = options;
  }

  public Iterator<Parsed> read(SourceFile source, Configuration conf) {
    String file = source.path();
    try {
      return new FileIterator(file, SourceFiles.open(source, conf));
    } catch (IOException e) {
      throw FrameErrors.readFailed(file, e);
    }
  }

  /** Parses a single CSV line (no line breaks in fields); used by {@code unbox}. Null when it is malformed. */
  public static List<String> parseLine(String line, CsvReadOptions csv) {
    LineSource source = new LineSource(null) {
      @Override
      String next() {
        return null;
      }
    };
    Row row = new Splitter(csv.withMultiLine(false)).split(line, source);
    return row.error() == null ? row.cells() : null;
  }

  /**
   * The typed value of one cell: a whole number of up to 18 digits is a long, any other decimal number (optionally
   * signed, with a fraction and/or an exponent) a double, {@code true}/{@code false} in any case a boolean, else the
   * cell itself. Leading and trailing blanks are ignored for the test. Scanned by hand: this runs for every cell.
   */
  public static Object typed(String cell) {
    if (cell == null) {
      return null;
    }
    String t = cell.trim();
    int n = t.length();
    int i = n > 0 && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    int integerStart = i;
    i = digits(t, i);
    int integerDigits = i - integerStart;
    if (i == n && integerDigits >= 1 && integerDigits <= 18) {
      return Long.parseLong(t);
    }
    boolean number = integerDigits > 0;
    if (i < n && t.charAt(i) == '.') {
      int fraction = ++i;
      i = digits(t, i);
      number |= i > fraction;
    }
    if (number && i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(t, i);
      number = i > exponent;
    }
    if (number && i == n) {
      return Double.parseDouble(t);
    }
    if (n == 4 || n == 5) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.equals("true") || lower.equals("false")) {
        return Boolean.valueOf(lower);
      }
    }
    return cell;
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private abstract static class LineSource {
    final BufferedReader in;
    long lineNumber;

    LineSource(BufferedReader in) {
      this.in = in;
    }

    String next() throws IOException {
      String line = in.readLine();
      if (line != null) {
        lineNumber++;
      }
      return line;
    }
  }

  /** One split record: its cells, which of them were quoted (and so stay strings), or why it is malformed. */
  private record Row(List<String> cells, List<Boolean> quoted, String error, String raw) {
  }

  /** Splits one record, pulling further lines from the source when a quoted field spans lines (multiLine). */
  private static final class Splitter {
    private final CsvReadOptions csv;

    Splitter(CsvReadOptions csv) {
      this.csv = csv;
    }

    Row split(String first, LineSource source) {
      List<String> cells = new ArrayList<>();
      List<Boolean> quotedCells = new ArrayList<>();
      StringBuilder raw = null;   // the record's text when it spans lines; a one-line record is its line
      StringBuilder cell = new StringBuilder();
      boolean inQuotes = false;
      boolean quoted = false;
      int quoteColumn = 0;
      long quoteLine = source.lineNumber;
      String line = first;
      int i = 0;
      char quote = csv.quoteChar();
      Character escaper = csv.escaper() != null && csv.escaper() != quote ? csv.escaper() : null;
      while (true) {
        if (i == line.length()) {
          if (!inQuotes) {
            cells.add(quoted ? cell.toString() : cell.length() == 0 ? null : cell.toString());
            quotedCells.add(quoted);
            return new Row(cells, quotedCells, null, raw == null ? first : raw.toString());
          }
          String next = null;
          if (csv.multiLine()) {
            try {
              next = source.next();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          if (next == null) {
            String where = csv.multiLine() ? " starting on line " + quoteLine + " at column " + quoteColumn
                + " never closes before the end of the file"
                : " starting at column " + quoteColumn + " is not closed on this line (set multiLine=true if "
                    + "quoted fields contain line breaks)";
            return new Row(null, null, "Unterminated quoted field: the quote" + where,
                raw == null ? first : raw.toString());
          }
          cell.append('\n');
          raw = (raw == null ? new StringBuilder(first) : raw).append('\n').append(next);
          line = next;
          i = 0;
          continue;
        }
        char c = line.charAt(i);
        if (escaper != null && c == escaper && i + 1 < line.length()) {
          cell.append(line.charAt(i + 1));
          i += 2;
        } else if (inQuotes) {
          if (c == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
            cell.append(quote);
            i += 2;
          } else {
            if (c == quote) {
              inQuotes = false;
            } else {
              cell.append(c);
            }
            i++;
          }
        } else if (c == quote && cell.length() == 0 && !quoted) {
          inQuotes = true;
          quoted = true;
          quoteColumn = i + 1;
          quoteLine = source.lineNumber;
          i++;
        } else if (c == csv.separator()) {
          cells.add(quoted ? cell.toString() : cell.length() == 0 ? null : cell.toString());
          quotedCells.add(quoted);
          cell.setLength(0);
          quoted = false;
          i++;
        } else {
          cell.append(c);
          i++;
        }
      }
    }
  }

  /** Only the error records of one file: what {@link #read} gives for its malformed lines, without typing a cell. */
  public Iterator<Parsed> readErrors(SourceFile source, Configuration conf) {
    String file = source.path();
    try {
      return new FileIterator(file, SourceFiles.open(source, conf)) {
        @Override
        Parsed record(Row row) {
          return null;
        }
      };
    } catch (IOException e) {
      throw FrameErrors.readFailed(file, e);
    }
  }

  /**
   * The data cells of one file as Spark rows, for a read whose columns are declared ({@link CsvReadOptions#columnNames})
   * and whose caller needs only some of them: for each requested column, {@link CsvCells#KINDS} slots of which at most
   * one holds the cell, typed as {@link #typed} types it (a quoted cell is a string). Malformed lines are skipped
   * (the read's error records come from {@link #read}); the header, skipped lines and field counts are handled
   * exactly as there, so both see the same records.
   *
   * @param columns the declared column index of each requested column
   * @param extra values appended after the cells of every row (e.g. partition values as UTF8 strings)
   */
  public Iterator<InternalRow> readCells(SourceFile source, Configuration conf, int[] columns, Object[] extra) {
    String file = source.path();
    try {
      return new CellIterator(file, SourceFiles.open(source, conf), columns, extra);
    } catch (IOException e) {
      throw FrameErrors.readFailed(file, e);
    }
  }

  /** The records of one file, parsed as they are pulled; subclasses say what a well-formed line becomes. */
  private abstract class LineIterator<T> implements Iterator<T> {
    final String file;
    private final LineSource source;
    private final Splitter splitter = new Splitter(csv);
    private List<String> header;
    /** Columns up to the last one the header (or the declared names) names; without names, every column. */
    int named = csv.columnNames().isEmpty() ? Integer.MAX_VALUE : csv.columnNames().size();
    private int expectedFields = -1;
    private boolean firstDataSkipped;
    private T next;
    private boolean done;

    LineIterator(String file, BufferedReader in) {
      this.file = file;
      this.source = new LineSource(in) {
      };
    }

    /** What a well-formed data line becomes (null to skip it). */
    abstract T record(Row row);

    /** What a malformed line becomes (null to skip it). */
    abstract T malformed(long line, String message, String raw);

    @Override
    public boolean hasNext() {
      try {
        while (next == null && !done) {
          String line = source.next();
          if (line == null) {
            done = true;
            source.in.close();
            break;
          }
          if (line.isEmpty()) {
            continue;
          }
          long start = source.lineNumber;
          Row row = splitter.split(line, source);
          next = outcome(start, row);
        }
      } catch (IOException e) {
        throw FrameErrors.readFailed(file, e);
      }
      return next != null;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T out = next;
      next = null;
      return out;
    }

    private T outcome(long line, Row row) {
      if (row.error() != null) {
        return malformed(line, row.error(), row.raw());
      }
      if (csv.withHeader() && header == null) {
        header = new ArrayList<>();
        named = 0;
        for (int i = 0; i < row.cells().size(); i++) {
          String name = row.cells().get(i);
          boolean blank = name == null || name.isBlank();
          header.add(blank ? "col" + i : name);
          named = blank ? named : i + 1;
        }
        expectedFields = header.size();
        return null;
      }
      if (csv.skipFirst() && !firstDataSkipped) {
        firstDataSkipped = true;
        return null;
      }
      if (expectedFields < 0) {
        expectedFields = row.cells().size();
      }
      if (row.cells().size() != expectedFields) {
        String basis = header != null ? "the header" : "the first row of the file";
        return malformed(line, "Expected " + expectedFields + " fields (as in " + basis + ") but found "
            + row.cells().size(), row.raw());
      }
      return record(row);
    }

    String name(int column) {
      if (header != null) {
        return header.get(column);
      }
      return column < csv.columnNames().size() ? csv.columnNames().get(column) : "col" + column;
    }
  }

  /** A file's lines as record trees and error records. */
  private class FileIterator extends LineIterator<Parsed> {
    FileIterator(String file, BufferedReader in) {
      super(file, in);
    }

    @Override
    Parsed record(Row row) {
      LinkedHashMap<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < row.cells().size(); i++) {
        if (i >= named && row.cells().get(i) == null) {
          continue;   // past the named columns an empty cell is a trailing delimiter's, not a value
        }
        // A quoted cell is text as written ("02134" keeps its zero); unquoted cells are typed.
        Object value = row.quoted().get(i) ? row.cells().get(i) : typed(row.cells().get(i));
        record.put(name(i), value);
      }
      return Parsed.record(record);
    }

    @Override
    Parsed malformed(long line, String message, String raw) {
      return Parsed.error(ErrorRecords.row(file, line, TRANSFORMATION, options, message, raw));
    }
  }

  /** A file's well-formed lines as rows of typed cells ({@link #readCells}). */
  private final class CellIterator extends LineIterator<InternalRow> {
    private final int[] columns;
    private final Object[] extra;

    CellIterator(String file, BufferedReader in, int[] columns, Object[] extra) {
      super(file, in);
      this.columns = columns;
      this.extra = extra;
    }

    @Override
    InternalRow record(Row row) {
      Object[] values = new Object[columns.length * CsvCells.KINDS + extra.length];
      for (int c = 0; c < columns.length; c++) {
        int i = columns[c];
        if (i >= row.cells().size() || row.cells().get(i) == null) {
          continue;
        }
        Object value = row.quoted().get(i) ? row.cells().get(i) : typed(row.cells().get(i));
        values[c * CsvCells.KINDS + CsvCells.slot(value)] = CsvCells.internal(value);
      }
      System.arraycopy(extra, 0, values, columns.length * CsvCells.KINDS, extra.length);
      return new GenericInternalRow(values);
    }

    @Override
    InternalRow malformed(long line, String message, String raw) {
      return null;
    }
  }
}
