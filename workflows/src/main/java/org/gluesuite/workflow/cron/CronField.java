package org.gluesuite.workflow.cron;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** Parses the plain parts of one cron field ({@code * , - /} and names) into the set of allowed values. */
final class CronField {
  static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
      "NOV", "DEC");
  static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private final String name;
  private final int min;
  private final int max;
  private final List<String> names;

  CronField(String name, int min, int max, List<String> names) {
    this.name = name;
    this.min = min;
    this.max = max;
    this.names = names;
  }

  String name() {
    return name;
  }

  /** Adds the values of one comma-separated item without special characters. */
  void addItem(String item, BitSet values) {
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1));
      if (step <= 0) {
        throw error("the step after '/' in '" + item + "' must be at least 1");
      }
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = min;
      to = max;
    } else if (range.contains("-")) {
      String[] ends = range.split("-", -1);
      if (ends.length != 2) {
        throw error("'" + item + "' is not a range like 1-5");
      }
      from = value(ends[0]);
      to = value(ends[1]);
      if (from > to) {
        throw error("the range '" + range + "' runs backwards; write it from low to high");
      }
    } else {
      from = value(range);
      to = slash >= 0 ? max : from;
    }
    for (int v = from; v <= to; v += step) {
      values.set(v);
    }
  }

  int value(String text) {
    String upper = text.trim().toUpperCase(Locale.ROOT);
    if (names != null && names.contains(upper)) {
      return names.indexOf(upper) + min;
    }
    int v = number(upper);
    if (v < min || v > max) {
      throw error("'" + text + "' is outside " + min + "-" + max);
    }
    return v;
  }

  private int number(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw error("'" + text + "' is not a number" + (names == null ? "" : " or one of " + names));
    }
  }

  CronSyntaxException error(String why) {
    return new CronSyntaxException("the " + name + " field is invalid: " + why);
  }
}
