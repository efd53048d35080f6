package org.gluesuite.workflow.cron;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.gluesuite.common.ParsedText;

/**
 * Glue's schedule: {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)}, always UTC. One of
 * day-of-month and day-of-week must be {@code ?}. Besides {@code * , - /} it supports {@code L} (last day
 * of the month; {@code 5L} the last Thursday), {@code W} (nearest weekday: {@code 15W}, {@code LW}) and
 * {@code #} ({@code 6#3}: the third Friday). Days of week are 1-7 = SUN-SAT. Immutable and thread-safe.
 */
public final class CronExpression extends ParsedText {
  /** Glue refuses schedules that fire more often than this. */
  public static final int MINIMUM_MINUTES_BETWEEN_FIRES = 5;
  private static final int LAST_YEAR = 2199;

  private static final CronField MINUTES = new CronField("Minutes", 0, 59, null);
  private static final CronField HOURS = new CronField("Hours", 0, 23, null);
  private static final CronField DAY_OF_MONTH = new CronField("Day-of-month", 1, 31, null);
  private static final CronField MONTH = new CronField("Month", 1, 12, CronField.MONTHS);
  private static final CronField DAY_OF_WEEK = new CronField("Day-of-week", 1, 7, CronField.DAYS);
  private static final CronField YEAR = new CronField("Year", 1970, LAST_YEAR, null);

  private final BitSet minutes = new BitSet();
  private final BitSet hours = new BitSet();
  private final BitSet months = new BitSet();
  private final BitSet years = new BitSet();
  private final DayRule dayOfMonth;
  private final DayRule dayOfWeek;

  private CronExpression(String text, String[] fields) {
    super(text);
    addAll(MINUTES, fields[0], minutes);
    addAll(HOURS, fields[1], hours);
    addAll(MONTH, fields[3], months);
    addAll(YEAR, fields[5], years);
    boolean domAny = fields[2].equals("?");
    boolean dowAny = fields[4].equals("?");
    if (domAny == dowAny) {
      throw new CronSyntaxException("exactly one of Day-of-month and Day-of-week must be '?' (got '" + fields[2]
          + "' and '" + fields[4] + "'); e.g. 'cron(0 12 * * ? *)' or 'cron(0 12 ? * MON-FRI *)'");
    }
    dayOfMonth = domAny ? null : DayOfMonthRule.parse(fields[2]);
    dayOfWeek = dowAny ? null : DayOfWeekRule.parse(fields[4]);
    checkRate();
  }

  /**
   * Parses {@code cron(...)} as Glue's {@code Schedule} holds it (the bare six fields are accepted too).
   *
   * @throws CronSyntaxException naming the field and the reason
   */
  public static CronExpression parse(String schedule) {
    if (schedule == null || schedule.isBlank()) {
      throw new CronSyntaxException("the schedule is empty; write e.g. 'cron(15 12 * * ? *)'");
    }
    String body = schedule.trim();
    if (body.startsWith("cron(") && body.endsWith(")")) {
      body = body.substring(5, body.length() - 1).trim();
    } else if (body.startsWith("rate(") || body.contains("(")) {
      throw new CronSyntaxException("'" + schedule + "' is not cron(...); Glue triggers take "
          + "cron(Minutes Hours Day-of-month Month Day-of-week Year)");
    }
    String[] fields = body.split("\\s+");
    if (fields.length != 6) {
      throw new CronSyntaxException("'" + schedule + "' has " + fields.length + " fields; Glue's cron has 6: "
          + "Minutes Hours Day-of-month Month Day-of-week Year, e.g. 'cron(15 12 * * ? *)'");
    }
    return new CronExpression(schedule.trim(), fields);
  }

  /** The first fire time strictly after {@code after} (UTC), or empty if there is none before 2200. */
  public Optional<Instant> nextFireAfter(Instant after) {
    LocalDateTime start = LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
        .plusMinutes(1);
    LocalDate day = start.toLocalDate();
    boolean firstDay = true;
    while (day.getYear() <= LAST_YEAR) {
      if (!years.get(day.getYear())) {
        day = LocalDate.of(day.getYear() + 1, 1, 1);
        firstDay = false;
        continue;
      }
      if (!months.get(day.getMonthValue())) {
        day = day.withDayOfMonth(1).plusMonths(1);
        firstDay = false;
        continue;
      }
      if (matchesDay(day)) {
        int fromHour = firstDay ? start.getHour() : 0;
        for (int h = hours.nextSetBit(fromHour); h >= 0; h = hours.nextSetBit(h + 1)) {
          int fromMinute = firstDay && h == start.getHour() ? start.getMinute() : 0;
          int m = minutes.nextSetBit(fromMinute);
          if (m >= 0) {
            return Optional.of(day.atTime(h, m).toInstant(ZoneOffset.UTC));
          }
        }
      }
      day = day.plusDays(1);
      firstDay = false;
    }
    return Optional.empty();
  }

  /** The next {@code count} fire times after {@code after}. */
  public List<Instant> nextFireTimes(Instant after, int count) {
    List<Instant> times = new ArrayList<>();
    Instant cursor = after;
    while (times.size() < count) {
      Optional<Instant> next = nextFireAfter(cursor);
      if (next.isEmpty()) {
        break;
      }
      times.add(next.get());
      cursor = next.get();
    }
    return times;
  }

  private boolean matchesDay(LocalDate day) {
    return dayOfMonth != null ? dayOfMonth.matches(day) : dayOfWeek.matches(day);
  }

  private void checkRate() {
    int first = minutes.nextSetBit(0);
    int previous = first;
    for (int m = minutes.nextSetBit(first + 1); m >= 0; m = minutes.nextSetBit(m + 1)) {
      if (m - previous < MINIMUM_MINUTES_BETWEEN_FIRES) {
        throw tooFrequent(previous, m);
      }
      previous = m;
    }
    boolean adjacentHours = false;
    for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
      adjacentHours |= hours.get((h + 1) % 24);
    }
    if (adjacentHours && previous != first && 60 - previous + first < MINIMUM_MINUTES_BETWEEN_FIRES) {
      throw tooFrequent(previous, 60 + first);
    }
  }

  private CronSyntaxException tooFrequent(int a, int b) {
    return new CronSyntaxException("'" + text() + "' fires " + (b - a) + " minute(s) apart (minutes " + a + " and "
        + (b % 60) + "); Glue's minimum is every " + MINIMUM_MINUTES_BETWEEN_FIRES + " minutes, e.g. 0/5");
  }

  private static void addAll(CronField field, String spec, BitSet values) {
    for (String item : spec.split(",", -1)) {
      if (item.isEmpty() || item.equals("?") || item.contains("L") || item.contains("W") || item.contains("#")) {
        throw field.error("'" + spec + "' uses '" + item + "'; only * , - / are allowed in " + field.name());
      }
      field.addItem(item, values);
    }
  }

  private interface DayRule {
    boolean matches(LocalDate day);
  }

  /** Day-of-month: plain days, {@code L}, {@code LW}, {@code nW}. */
  private record DayOfMonthRule(BitSet days, boolean last, boolean lastWeekday, BitSet nearestWeekday)
      implements DayRule {
    static DayOfMonthRule parse(String spec) {
      BitSet days = new BitSet();
      BitSet nearest = new BitSet();
      boolean last = false;
      boolean lastWeekday = false;
      for (String item : spec.split(",", -1)) {
        String upper = item.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("L")) {
          last = true;
        } else if (upper.equals("LW")) {
          lastWeekday = true;
        } else if (upper.endsWith("W")) {
          nearest.set(DAY_OF_MONTH.value(upper.substring(0, upper.length() - 1)));
        } else if (upper.contains("#") || upper.contains("L") || upper.contains("W") || upper.equals("?")) {
          throw DAY_OF_MONTH.error("'" + item + "' is not allowed; use a day, L, LW or nW (e.g. 15W)");
        } else {
          DAY_OF_MONTH.addItem(upper, days);
        }
      }
      return new DayOfMonthRule(days, last, lastWeekday, nearest);
    }

    @Override
    public boolean matches(LocalDate day) {
      int length = day.lengthOfMonth();
      if (days.get(day.getDayOfMonth()) || (last && day.getDayOfMonth() == length)) {
        return true;
      }
      if (lastWeekday && day.equals(nearestWeekday(day.withDayOfMonth(length)))) {
        return true;
      }
      for (int d = nearestWeekday.nextSetBit(1); d >= 0; d = nearestWeekday.nextSetBit(d + 1)) {
        if (d <= length && day.equals(nearestWeekday(day.withDayOfMonth(d)))) {
          return true;
        }
      }
      return false;
    }

    /** The weekday nearest to {@code target} without leaving its month (Quartz's and AWS's W). */
    private static LocalDate nearestWeekday(LocalDate target) {
      DayOfWeek dow = target.getDayOfWeek();
      if (dow == DayOfWeek.SATURDAY) {
        return target.getDayOfMonth() == 1 ? target.plusDays(2) : target.minusDays(1);
      }
      if (dow == DayOfWeek.SUNDAY) {
        return target.getDayOfMonth() == target.lengthOfMonth() ? target.minusDays(2) : target.plusDays(1);
      }
      return target;
    }
  }

  /** Day-of-week (1-7 = SUN-SAT): plain days, {@code L} (Saturday), {@code nL}, {@code n#k}. */
  private record DayOfWeekRule(BitSet days, BitSet lastOfMonth, List<int[]> nth) implements DayRule {
    static DayOfWeekRule parse(String spec) {
      BitSet days = new BitSet();
      BitSet last = new BitSet();
      List<int[]> nth = new ArrayList<>();
      for (String item : spec.split(",", -1)) {
        String upper = item.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("L")) {
          days.set(7);
        } else if (upper.endsWith("L")) {
          last.set(DAY_OF_WEEK.value(upper.substring(0, upper.length() - 1)));
        } else if (upper.contains("#")) {
          String[] parts = upper.split("#", -1);
          int k;
          try {
            k = Integer.parseInt(parts[1]);
          } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            k = 0;
          }
          if (parts.length != 2 || k < 1 || k > 5) {
            throw DAY_OF_WEEK.error("'" + item + "' must be DAY#N with N 1-5, e.g. 6#3 (third Friday)");
          }
          nth.add(new int[] {DAY_OF_WEEK.value(parts[0]), k});
        } else if (upper.contains("W") && !CronField.DAYS.contains(upper.split("[-/]")[0])
            && !upper.startsWith("WED")) {
          throw DAY_OF_WEEK.error("'" + item + "': W is allowed in Day-of-month only");
        } else {
          DAY_OF_WEEK.addItem(upper, days);
        }
      }
      return new DayOfWeekRule(days, last, List.copyOf(nth));
    }

    @Override
    public boolean matches(LocalDate day) {
      int cronDow = day.getDayOfWeek().getValue() % 7 + 1;
      if (days.get(cronDow)) {
        return true;
      }
      if (lastOfMonth.get(cronDow) && day.plusWeeks(1).getMonthValue() != day.getMonthValue()) {
        return true;
      }
      for (int[] rule : nth) {
        if (rule[0] == cronDow && (day.getDayOfMonth() - 1) / 7 + 1 == rule[1]) {
          return true;
        }
      }
      return false;
    }
  }

}
