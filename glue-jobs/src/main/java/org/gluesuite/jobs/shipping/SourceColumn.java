package org.gluesuite.jobs.shipping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of a source CSV file: its header name as the seed's files spell it, what its cells hold, and the
 * curated column it becomes (the header in snake_case, with a Glue type).
 *
 * @param header the header cell, e.g. {@code OrderID}
 * @param kind what a cell must hold
 * @param curatedType the Glue type of the curated column
 */
public record SourceColumn(String header, Kind kind, String curatedType) {
  /** What a cell of the column must hold; the one check both the landing and the preprocessing job use. */
  public enum Kind {
    /** A whole number, e.g. {@code -44}. */
    INTEGER("a whole number such as 12 or -44"),
    /** A decimal number, e.g. {@code 15.6}. */
    DECIMAL("a number such as 15.6"),
    /** A date written month/day/two-digit year, e.g. {@code 9/11/20} (the seed reads the year as 20YY). */
    DATE_MDYY("a date written M/D/YY (month/day/two-digit year), such as 9/11/20 or 12/25/20"),
    /** Any non-empty text. */
    TEXT("a non-empty value");

    private static final Pattern INTEGER_TEXT = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern MDYY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");

    private final String expectation;

    Kind(String expectation) {
      this.expectation = expectation;
    }

    /** What a valid cell looks like, for error messages. */
    public String expectation() {
      return expectation;
    }

    /**
     * The cell as the curated column takes it: trimmed, and a date in ISO form ({@code 9/11/20} →
     * {@code 2020-09-11}).
     *
     * @throws IllegalArgumentException naming the value and what it should be, when the cell is empty or invalid
     */
    public String normalize(String cell) {
      String value = cell == null ? "" : cell.trim();
      boolean valid = switch (this) {
        case INTEGER -> INTEGER_TEXT.matcher(value).matches();
        case DECIMAL -> DECIMAL_TEXT.matcher(value).matches();
        case DATE_MDYY -> isoDate(value) != null;
        case TEXT -> !value.isEmpty();
      };
      if (!valid) {
        throw new IllegalArgumentException(value.isEmpty() ? "the cell is empty; expected " + expectation
            : "'" + value + "' is not " + expectation);
      }
      return this == DATE_MDYY ? isoDate(value) : value;
    }

    /** {@code M/D/YY} as an ISO date in 2000–2099, or null when it is not such a date (e.g. 2/30/21). */
    private static String isoDate(String value) {
      Matcher m = MDYY.matcher(value);
      if (!m.matches()) {
        return null;
      }
      try {
        return LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2))).toString();
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  /** The curated column's name: the header in snake_case ({@code OrderID} → {@code order_id}). */
  public String curatedName() {
    return SnakeCase.of(header);
  }

  /** The name a crawler gives the column: the header lower-cased, as Glue's CSV classifier does. */
  public String crawledName() {
    return header.toLowerCase(Locale.ROOT);
  }
}
