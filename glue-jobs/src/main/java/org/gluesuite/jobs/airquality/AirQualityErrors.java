package org.gluesuite.jobs.airquality;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.common.Failures;

/** Every user-facing error of this package: the problem, why it happened, and how to fix it. */
public final class AirQualityErrors {
  /** How many found values a message lists before it shortens the list. */
  static final int MAX_LISTED = 20;

  private AirQualityErrors() {
  }

  /** The measurements hold no row for {@code city}. */
  public static AirQualityException cityNotFound(String city, Collection<String> citiesFound) {
    return new AirQualityException(String.format(
        "City '%s' not found in the measurements: no row has city = '%s' (the match is exact and "
            + "case-sensitive). Cities found: %s. Pass one of these, or check that the input path covers "
            + "the city's files.",
        city, city, listed(citiesFound)));
  }

  /** {@code what} (a frame's role, e.g. "measurements") lacks required columns. */
  public static AirQualityException missingColumns(
      String what, Collection<String> missing, Collection<String> present) {
    return new AirQualityException(String.format(
        "The %s frame lacks required column(s) %s: the function reads them by name. Columns present: %s. "
            + "Rename or map the input columns (e.g. with applyMapping) so these names exist.",
        what, listed(missing), listed(present)));
  }

  /** A source table lacks the columns the job reads; {@code argument} says how to name other columns. */
  public static AirQualityException missingSourceColumns(String table, Collection<String> missing,
      Collection<String> present, String argument) {
    return new AirQualityException(String.format(
        "Table %s lacks column(s) %s that the job reads (names match case-insensitively). Columns present: %s. "
            + "Fix the files' header and crawl again, or name the columns the files use with %s.",
        table, listed(missing), listed(present), argument));
  }

  /** The stations asked for are not in the source rows. */
  public static AirQualityException stationsNotFound(Collection<String> absent, Collection<String> found,
      String table) {
    return new AirQualityException(String.format(
        "Station(s) %s not found in %s: no valid row has that station (the match is exact and case-sensitive). "
            + "Stations found: %s. Pass some of these with --stations (a comma list; leave it out for all), or "
            + "land the files of the missing stations.", listed(absent), table, listed(found)));
  }

  /** Every row of the source was rejected. */
  public static AirQualityException noValidRows(String table, long rejected, String example) {
    return new AirQualityException(String.format(
        "None of the %,d rows of %s is valid, so there is nothing to clean. The first problem: %s. Fix the files "
            + "(or the column and missing-value arguments) and run again.", rejected, table, example));
  }

  /** A column exists but has a type the function cannot use. */
  public static AirQualityException unsupportedColumnType(String what, String column, String type,
      String expected) {
    return new AirQualityException(String.format(
        "The %s frame's column '%s' has type %s, which this function cannot read: it expects %s. "
            + "Cast the column (e.g. resolveChoice cast:%s) before calling.",
        what, column, type, expected, expected));
  }

  /** A split of the training data has too few rows to fit or to evaluate a model. */
  public static AirQualityException notEnoughRows(String split, long rows, long minimum, String splitDate) {
    return new AirQualityException(String.format(
        "The %s set has %d row(s) with a label, fewer than the %d needed (split date %s). The data may "
            + "not span more than a year, or most days lack an NO2 mean. Give more days of input, or set "
            + "an explicit split date.",
        split, rows, minimum, splitDate));
  }

  /** A generator or model setting is out of range. */
  public static AirQualityException invalidSetting(String name, Object value, String rule) {
    return new AirQualityException(String.format(
        "Invalid setting %s = %s: %s.", name, value, rule));
  }

  /** The batch predictions need the model that model selection saved. */
  public static AirQualityException noSelectedModel(String modelFolder) {
    return new AirQualityException(String.format(
        "No model chosen by model selection under %s (expected metrics.json and model/%s there): batch predictions "
            + "score the selected model. Train with --model-selection auto and the same --model_path first.",
        modelFolder, No2Model.SELECTED_MODEL));
  }

  /** Writing the generated lake or the model outputs failed. */
  public static AirQualityException writeFailed(String target, Throwable cause) {
    return new AirQualityException(String.format(
        "Could not write %s: %s. Check that the folder is writable and the disk has space.",
        target, Failures.reason(cause)), cause);
  }

  static String listed(Collection<String> values) {
    List<String> sorted = values.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    if (sorted.isEmpty()) {
      return "(none)";
    }
    if (sorted.size() <= MAX_LISTED) {
      return "[" + String.join(", ", sorted) + "]";
    }
    return "[" + String.join(", ", sorted.subList(0, MAX_LISTED)) + ", … and "
        + (sorted.size() - MAX_LISTED) + " more]";
  }
}
