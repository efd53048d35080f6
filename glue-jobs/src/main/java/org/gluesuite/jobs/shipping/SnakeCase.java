package org.gluesuite.jobs.shipping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The seed's column renaming ({@code inflection.underscore}): an upper-case run followed by a capitalised word is
 * split before the word, a lower-case letter or digit followed by a capital is split between them, hyphens become
 * underscores, and everything is lower-cased. So {@code OrderID} is {@code order_id} (which step 4 leaves out of the
 * features because it ends in {@code _id}) and {@code YShippingDistance} is {@code y_shipping_distance}.
 */
public final class SnakeCase {
  private static final Pattern ACRONYM_THEN_WORD = Pattern.compile("([A-Z]+)([A-Z][a-z])");
  private static final Pattern LOWER_THEN_UPPER = Pattern.compile("([a-z\\d])([A-Z])");

  private SnakeCase() {
  }

  public static String of(String name) {
    String split = ACRONYM_THEN_WORD.matcher(name).replaceAll("$1_$2");
    split = LOWER_THEN_UPPER.matcher(split).replaceAll("$1_$2");
    return split.replace('-', '_').toLowerCase(Locale.ROOT);
  }
}
