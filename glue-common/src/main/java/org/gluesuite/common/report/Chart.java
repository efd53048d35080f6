package org.gluesuite.common.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One chart of a {@link ReportSection}, as data: the report draws it. Immutable; each {@code with…} returns a new
 * chart. Keep it small (at most {@value #MAX_POINTS} points a series): sample or aggregate in the job.
 *
 * @param kind how the series are drawn
 * @param title the chart's title
 * @param xLabel the x axis title
 * @param yLabel the y axis title
 * @param dates x values are days since 1970-01-01 and shown as dates (scatter and line charts)
 * @param identityLine draws {@code y = x} (predicted against actual)
 * @param categories the bars' categories (bar charts; each series has one value per category)
 * @param series the data
 */
public record Chart(Kind kind, String title, String xLabel, String yLabel, boolean dates, boolean identityLine,
    List<String> categories, List<Series> series) {

  /** The most points one series may have. */
  public static final int MAX_POINTS = 5_000;

  /** How the series are drawn. */
  public enum Kind { SCATTER, LINE, BAR }

  /**
   * A named series: x and y values of the same length (bar charts: {@code x} is empty and {@code y} has one value
   * per category). NaN values are gaps.
   */
  public record Series(String name, List<Double> x, List<Double> y) {
    public Series {
      x = List.copyOf(x);
      y = List.copyOf(y);
    }
  }

  public Chart {
    if (kind == null || title == null) {
      throw ReportFileErrors.invalid("chart", "give its kind and title");
    }
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      int expected = kind == Kind.BAR ? categories.size() : s.x().size();
      if (s.y().size() != expected || (kind == Kind.BAR && !s.x().isEmpty())) {
        throw ReportFileErrors.invalid("chart '" + title + "' series '" + s.name() + "'", kind == Kind.BAR
            ? "a bar series has one y value per category (" + categories.size() + ") and no x values"
            : "x and y must have the same length (" + s.x().size() + " and " + s.y().size() + ")");
      }
      if (s.y().size() > MAX_POINTS) {
        throw ReportFileErrors.invalid("chart '" + title + "' series '" + s.name() + "'", s.y().size()
            + " points, more than " + MAX_POINTS + "; sample or aggregate the data in the job");
      }
    }
  }

  /** A scatter chart (markers), no series yet. */
  public static Chart scatter(String title, String xLabel, String yLabel) {
    return new Chart(Kind.SCATTER, title, xLabel, yLabel, false, false, List.of(), List.of());
  }

  /** A line chart, no series yet. */
  public static Chart line(String title, String xLabel, String yLabel) {
    return new Chart(Kind.LINE, title, xLabel, yLabel, false, false, List.of(), List.of());
  }

  /** A bar chart over {@code categories}, no series yet. */
  public static Chart bar(String title, String xLabel, String yLabel, List<String> categories) {
    return new Chart(Kind.BAR, title, xLabel, yLabel, false, false, categories, List.of());
  }

  /** This chart with x values shown as dates (days since 1970-01-01). */
  public Chart withDates() {
    return new Chart(kind, title, xLabel, yLabel, true, identityLine, categories, series);
  }

  /** This chart with the line {@code y = x}. */
  public Chart withIdentityLine() {
    return new Chart(kind, title, xLabel, yLabel, dates, true, categories, series);
  }

  /** This chart with one more series of points. */
  public Chart withSeries(String name, List<Double> x, List<Double> y) {
    List<Series> more = new ArrayList<>(series);
    more.add(new Series(name, x, y));
    return new Chart(kind, title, xLabel, yLabel, dates, identityLine, categories, more);
  }

  /** This bar chart with one more series: a value per category. */
  public Chart withBars(String name, List<Double> values) {
    return withSeries(name, List.of(), values);
  }
}
