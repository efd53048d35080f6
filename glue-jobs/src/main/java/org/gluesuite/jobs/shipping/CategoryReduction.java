package org.gluesuite.jobs.shipping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seed's category reduction of one column: values in {@code kept} stay, every other value becomes
 * {@code OTHER}; or, with {@link #keepAll}, no reduction. As a pipeline stage it is the seed's
 * {@code SQLTransformer} writing {@code <column>_reduced}.
 *
 * <p>The seed keeps carrier {@code BigBird} and origins Chicago, Seattle, San Francisco and "Salt Late City" (sic: no
 * origin is spelt that way, so Salt Lake City, the origin whose delays really differ, falls into {@code OTHER}).
 * {@link #SEED_ORIGINS} is that list spelt correctly. Neither list is the default: collapsing carriers and origins
 * loses signal (see the pipeline's README for the figures), so the default keeps every value.
 *
 * @param column the column reduced, e.g. {@code carrier}
 * @param kept the values kept, in the order given; empty when every value is kept
 * @param keepAll true for no reduction
 */
public record CategoryReduction(String column, List<String> kept, boolean keepAll) {
  /** The value every other category becomes. */
  public static final String OTHER = "OTHER";
  /** The seed's kept carriers. */
  public static final List<String> SEED_CARRIERS = List.of("BigBird");
  /** The seed's kept shipping origins, with "Salt Lake City" spelt correctly (the seed has "Salt Late City"). */
  public static final List<String> SEED_ORIGINS = List.of("Chicago", "Seattle", "San Francisco", "Salt Lake City");
  /** The argument value for no reduction. */
  public static final String ALL = "all";
  /** The argument value for the seed's list of the column (corrected). */
  public static final String SEED = "seed";

  public CategoryReduction {
    kept = List.copyOf(kept);
  }

  public static CategoryReduction keepAll(String column) {
    return new CategoryReduction(column, List.of(), true);
  }

  public static CategoryReduction keep(String column, Collection<String> values) {
    return new CategoryReduction(column, new ArrayList<>(new LinkedHashSet<>(values)), false);
  }

  /**
   * An argument's value: {@code all} (the default when null), {@code seed} (the seed's list, corrected), or the
   * values to keep separated by commas (e.g. {@code BigBird,MicroCarrier}).
   */
  public static CategoryReduction parse(String argument, String column, List<String> seedList, String text) {
    if (text == null || text.trim().equalsIgnoreCase(ALL)) {
      return keepAll(column);
    }
    if (text.trim().toLowerCase(Locale.ROOT).equals(SEED)) {
      return keep(column, seedList);
    }
    List<String> values = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String value = part.trim();
      if (value.isEmpty()) {
        throw ShippingErrors.invalidArgument(argument, text, "it has an empty value between commas; give 'all', "
            + "'seed' or the values to keep separated by commas, e.g. " + String.join(",", seedList));
      }
      if (value.contains("'") || value.contains("\\")) {
        throw ShippingErrors.invalidArgument(argument, text, "the value " + value + " contains a quote or a "
            + "backslash, which a category name here may not contain");
      }
      values.add(value);
    }
    return keep(column, values);
  }

  /** The reduced column's name, {@code <column>_reduced}. */
  public String outputColumn() {
    return column + "_reduced";
  }

  /** The seed's SQL statement for the stage (a plain copy of the column when every value is kept). */
  public String statement() {
    if (keepAll) {
      return "SELECT " + column + " AS " + outputColumn() + ", * FROM __THIS__";
    }
    String values = kept.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    return "SELECT CASE WHEN " + column + " IN (" + values + ") THEN " + column + " ELSE '" + OTHER + "' END AS "
        + outputColumn() + ", * FROM __THIS__";
  }

  /** Kept values that are not among {@code present} (the values the training rows have): likely misspelt. */
  public List<String> unmatched(Set<String> present) {
    return kept.stream().filter(v -> !present.contains(v)).toList();
  }

  /** How the reduction is described in results and metrics: {@code all} or the kept values. */
  public Object describe() {
    return keepAll ? ALL : kept;
  }
}
