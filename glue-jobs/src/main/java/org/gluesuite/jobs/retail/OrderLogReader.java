package org.gluesuite.jobs.retail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.gluesuite.jobs.retail.RetailErrors.LineProblem;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.read.CsvRecordReader;

/**
 * Reads and checks one order-log file given to land (UCI Online Retail columns, any order and letter case, plain or
 * gzip CSV with RFC 4180 quoting, one record per line). The header is checked on its own first ({@link #header}),
 * so a folder holding another pipeline's files fails before any line is read. Then every line is checked: field
 * count and quoting, invoice and stock code present, whole-number quantity, decimal unit price, whole-number or
 * empty customer, and an invoice time {@code yyyy-MM-dd HH:mm:ss} (or without seconds).
 */
final class OrderLogReader {
  /** Lines whose problems a failure lists; the rest are counted. */
  static final int LISTED_PROBLEMS = 10;
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");
  private static final Pattern CUSTOMER = Pattern.compile("\\d{1,9}(\\.0+)?");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final int MIN_SHARED_COLUMNS = 3;

  private OrderLogReader() {
  }

  /** What reading a file gave: its lines went to the consumer; the problems, if any, and a digest of its bytes. */
  record Result(long lines, List<LineProblem> problems, long badLines, long problemCount, String sha256) {
  }

  /** The position of each order-log column in the file's header; fails naming what is wrong with the header. */
  static Map<String, Integer> header(Path file) {
    try (BufferedReader in = open(file, null)) {
      String first = in.readLine();
      if (first == null) {
        throw RetailErrors.emptyFile(file);
      }
      return columns(file, first);
    } catch (IOException e) {
      throw RetailErrors.unreadable(file, e);
    }
  }

  /** The first line of {@code file} (gunzipped if it ends in .gz), without a byte-order mark; "" if empty. */
  static String firstLine(Path file) throws IOException {
    try (BufferedReader in = open(file, null)) {
      String first = in.readLine();
      return first == null ? "" : stripBom(first);
    }
  }

  /** Reads every line of {@code file} into {@code lines}; stops handing lines over at the first problem. */
  static Result read(Path file, Consumer<OrderLine> lines) {
    MessageDigest digest = sha256();
    List<LineProblem> problems = new ArrayList<>();
    long problemCount = 0;
    long badLines = 0;
    long count = 0;
    try (BufferedReader in = open(file, digest)) {
      String header = in.readLine();
      if (header == null) {
        throw RetailErrors.emptyFile(file);
      }
      Map<String, Integer> at = columns(file, header);
      int fields = header.isEmpty() ? 0 : CsvRecordReader.parseLine(stripBom(header), CsvReadOptions.DEFAULT).size();
      long lineNumber = 1;
      String text;
      while ((text = in.readLine()) != null) {
        lineNumber++;
        if (text.isEmpty()) {
          continue;
        }
        List<LineProblem> found = new ArrayList<>(1);
        OrderLine line = parse(text, lineNumber, at, fields, found);
        if (!found.isEmpty()) {
          badLines++;
          problemCount += found.size();
          for (LineProblem p : found) {
            if (problems.size() < LISTED_PROBLEMS) {
              problems.add(p);
            }
          }
        } else if (problemCount == 0) {
          lines.accept(line);
          count++;
        }
      }
    } catch (CharacterCodingException e) {
      throw RetailErrors.unreadable(file, new IOException("it is not UTF-8 text", e));
    } catch (IOException e) {
      throw RetailErrors.unreadable(file, e);
    }
    return new Result(count, List.copyOf(problems), badLines, problemCount,
        HexFormat.of().formatHex(digest.digest()));
  }

  private static OrderLine parse(String text, long lineNumber, Map<String, Integer> at, int fields,
      List<LineProblem> problems) {
    List<String> cells = CsvRecordReader.parseLine(text, CsvReadOptions.DEFAULT);
    if (cells == null) {
      problems.add(new LineProblem(lineNumber, null, null,
          "is broken: a quoted field is not closed on this line (fields cannot span lines)"));
      return null;
    }
    if (cells.size() != fields) {
      problems.add(new LineProblem(lineNumber, null, null,
          "is broken: it has " + cells.size() + " fields where the header has " + fields));
      return null;
    }
    String invoice = required(cells, at, "InvoiceNo", lineNumber, problems,
        "is empty: every line belongs to an invoice number");
    String stockCode = required(cells, at, "StockCode", lineNumber, problems, "is empty: give the product code");
    String quantityText = cell(cells, at, "Quantity");
    Integer quantity = quantityText != null && WHOLE.matcher(quantityText.trim()).matches()
        ? Integer.valueOf(quantityText.trim()) : null;
    if (quantity == null) {
      problems.add(new LineProblem(lineNumber, "Quantity", quantityText, "is not a whole number (e.g. 6 or -2)"));
    }
    String dateText = cell(cells, at, "InvoiceDate");
    LocalDateTime date = OrderLogFormat.parseDateTime(dateText == null ? null : dateText.trim());
    if (date == null) {
      problems.add(new LineProblem(lineNumber, "InvoiceDate", dateText, "is not a date-time written "
          + OrderLogFormat.DATE_TIME_PATTERN + " (e.g. 2010-12-01 08:26:00; seconds may be left out)"));
    }
    String priceText = cell(cells, at, "UnitPrice");
    BigDecimal price = priceText != null && DECIMAL.matcher(priceText.trim()).matches()
        ? new BigDecimal(priceText.trim()) : null;
    if (price == null) {
      problems.add(new LineProblem(lineNumber, "UnitPrice", priceText, "is not a decimal number (e.g. 2.55)"));
    }
    String customerText = cell(cells, at, "CustomerID");
    Integer customer = null;
    if (customerText != null && !customerText.isBlank()) {
      String t = customerText.trim();
      if (CUSTOMER.matcher(t).matches()) {
        customer = Integer.valueOf(t.contains(".") ? t.substring(0, t.indexOf('.')) : t);
      } else {
        problems.add(new LineProblem(lineNumber, "CustomerID", customerText,
            "is not a customer number (digits, e.g. 17850) nor empty (a guest order)"));
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new OrderLine(invoice, stockCode, emptyToNull(cell(cells, at, "Description")), quantity, date, price,
        customer, emptyToNull(cell(cells, at, "Country")));
  }

  private static String required(List<String> cells, Map<String, Integer> at, String column, long line,
      List<LineProblem> problems, String expected) {
    String value = cell(cells, at, column);
    if (value == null || value.isBlank()) {
      problems.add(new LineProblem(line, column, null, expected));
      return null;
    }
    return value;
  }

  private static String cell(List<String> cells, Map<String, Integer> at, String column) {
    return cells.get(at.get(column));
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static Map<String, Integer> columns(Path file, String headerLine) {
    List<String> names = CsvRecordReader.parseLine(stripBom(headerLine), CsvReadOptions.DEFAULT);
    if (names == null) {
      throw RetailErrors.notOrderLogs(file, List.of(headerLine));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    OrderLogFormat.COLUMNS.forEach(c -> expected.put(c.toLowerCase(Locale.ROOT), c));
    Map<String, Integer> at = new LinkedHashMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).trim();
      String column = expected.get(name.toLowerCase(Locale.ROOT));
      if (column == null) {
        unknown.add(name.isEmpty() ? "(empty, field " + (i + 1) + ")" : name);
      } else if (at.putIfAbsent(column, i) != null) {
        repeated.add(column);
      }
    }
    if (at.size() < MIN_SHARED_COLUMNS) {
      throw RetailErrors.notOrderLogs(file, names.stream().map(n -> n == null ? "" : n).toList());
    }
    List<String> missing = OrderLogFormat.COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
    if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
      throw RetailErrors.headerMismatch(file, missing, unknown, repeated);
    }
    return at;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static BufferedReader open(Path file, MessageDigest digest) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream counted = digest == null ? raw : new DigestInputStream(raw, digest);
    InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(counted, 1 << 16) : counted;
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
