package org.gluesuite.jobs.retail;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.common.Failures;

/** Every user-facing error of the retail pipeline: what is wrong, where, and how to fix it. */
public final class RetailErrors {
  private static final String EXPECTED_HEADER = String.join(",", OrderLogFormat.COLUMNS);

  private RetailErrors() {
  }

  /** One bad line of an input file: where, which column, what was found and what it should be. */
  public record LineProblem(long line, String column, String found, String expected) {
    String describe() {
      return "line " + line + (column == null ? "" : ", column " + column) + ": "
          + (found == null ? "" : "'" + shortened(found) + "' ") + expected;
    }
  }

  static RetailInputException inputNotFound(Path input) {
    return new RetailInputException(String.format(
        "The order-log input %s does not exist. Give a folder holding the order logs as .csv or .csv.gz files "
            + "(UCI Online Retail columns %s), or one such file.", input, EXPECTED_HEADER));
  }

  static RetailInputException noOrderFiles(Path folder, Collection<String> found) {
    return new RetailInputException(String.format(
        "The folder %s holds no order-log file: the retail pipeline lands files ending in .csv or .csv.gz, and "
            + "found %s. Put the order logs (UCI Online Retail columns %s) in that folder.", folder,
        found.isEmpty() ? "nothing" : "only " + listed(found), EXPECTED_HEADER));
  }

  static RetailInputException emptyFile(Path file) {
    return new RetailInputException(String.format(
        "The order-log file %s is empty: it has no header line. Each file starts with the header %s.",
        file, EXPECTED_HEADER));
  }

  /** The header shares no more than a column or two with the order-log header: probably another data set. */
  static RetailInputException notOrderLogs(Path file, List<String> header) {
    return new RetailInputException(String.format(
        "%s is not an order log: line 1 has the columns %s, but the retail pipeline lands the UCI Online Retail "
            + "schema %s. This looks like another pipeline's data; give the retail pipeline only order logs.",
        file, listed(header), EXPECTED_HEADER));
  }

  static RetailInputException headerMismatch(Path file, Collection<String> missing, Collection<String> unknown,
      Collection<String> repeated) {
    StringBuilder what = new StringBuilder();
    if (!missing.isEmpty()) {
      what.append("missing column(s) ").append(listed(missing));
    }
    if (!unknown.isEmpty()) {
      what.append(what.isEmpty() ? "" : "; ").append("unknown column(s) ").append(listed(unknown));
    }
    if (!repeated.isEmpty()) {
      what.append(what.isEmpty() ? "" : "; ").append("column(s) named twice ").append(listed(repeated));
    }
    return new RetailInputException(String.format(
        "%s, line 1 (the header): %s. The header must name each of %s once (any order, any letter case). "
            + "Rename the columns in the header, or add the missing ones.", file, what, EXPECTED_HEADER));
  }

  static RetailInputException badLines(Path file, List<LineProblem> problems, long lines, long total) {
    String listed = problems.stream().map(LineProblem::describe).collect(Collectors.joining("\n  "));
    String more = total > problems.size() ? String.format("%n  … and %,d more", total - problems.size()) : "";
    return new RetailInputException(String.format(
        "%s has %,d bad line(s); nothing was landed:%n  %s%s%nFix these lines in the file (a broken line has "
            + "the wrong number of fields or an unclosed quote: quote a field that contains a comma and double a "
            + "quote inside it, as RFC 4180 does), then land it again.", file, lines, listed, more));
  }

  static RetailInputException unreadable(Path file, Throwable cause) {
    return new RetailInputException(String.format(
        "Cannot read the order-log file %s: %s. Check that it is a plain or gzip-compressed (.csv.gz) UTF-8 "
            + "CSV file that is complete.", file, Failures.reason(cause)), cause);
  }

  static RetailInputException missingColumns(String table, Collection<String> missing, Collection<String> present) {
    return new RetailInputException(String.format(
        "The table %s lacks the order-log column(s) %s (columns present: %s). The clean job reads the raw "
            + "order logs by these names, as the crawler names the header's columns (lower case); point "
            + "--raw_table at the crawled order-log table.", table, listed(missing), listed(present)));
  }

  static RetailInputException notEnoughHistory(String what, String cutoff, String fix) {
    return new RetailInputException(String.format(
        "Cannot evaluate the recommendations: %s (held-out period from %s on). %s", what, cutoff, fix));
  }

  static RetailSettingException invalidSetting(String name, Object value, String rule) {
    return new RetailSettingException(String.format("Invalid setting %s = %s: %s.", name, value, rule));
  }

  static RetailWriteException writeFailed(String target, Throwable cause) {
    return new RetailWriteException(String.format(
        "Could not write %s: %s. Check that the folder is writable and the disk has space.",
        target, Failures.reason(cause)), cause);
  }

  static String listed(Collection<String> values) {
    List<String> all = List.copyOf(values);
    int max = 20;
    String shown = all.stream().limit(max).map(RetailErrors::shortened).collect(Collectors.joining(", "));
    return "[" + shown + (all.size() > max ? ", … and " + (all.size() - max) + " more" : "") + "]";
  }

  private static String shortened(String value) {
    return value.length() > 80 ? value.substring(0, 77) + "…" : value;
  }
}
