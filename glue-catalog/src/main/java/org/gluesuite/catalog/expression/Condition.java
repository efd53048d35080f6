package org.gluesuite.catalog.expression;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed expression, evaluated with SQL's three-valued logic: a partition value that is not of its key's type
 * (an {@code int} key holding {@code "n/a"}) makes its comparison unknown, and unknown never selects a partition.
 */
sealed interface Condition {

  /** True, false, or null for unknown. */
  Boolean test(List<String> values);

  /** Partition key {@code index} compared with a constant: {@code sign} of compare(value, constant) is checked. */
  record Comparison(int index, KeyType type, String operator, Comparable<?> constant) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      Comparable<?> value = type.read(values.get(index));
      if (value == null) {
        return null;
      }
      int c = compare(value, constant);
      return switch (operator) {
        case "=" -> c == 0;
        case "<>" -> c != 0;
        case "<" -> c < 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        case ">=" -> c >= 0;
        default -> throw new IllegalStateException(operator);
      };
    }
  }

  record In(int index, KeyType type, List<Comparable<?>> constants) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      Comparable<?> value = type.read(values.get(index));
      if (value == null) {
        return null;
      }
      return constants.stream().anyMatch(constant -> compare(value, constant) == 0);
    }
  }

  record Between(int index, KeyType type, Comparable<?> low, Comparable<?> high) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      Comparable<?> value = type.read(values.get(index));
      if (value == null) {
        return null;
      }
      return compare(value, low) >= 0 && compare(value, high) <= 0;
    }
  }

  /** SQL {@code LIKE}: {@code %} any run of characters, {@code _} one character, case-sensitive. */
  record Like(int index, Pattern pattern) implements Condition {
    static Like of(int index, String like) {
      StringBuilder regex = new StringBuilder();
      for (char c : like.toCharArray()) {
        regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
      }
      return new Like(index, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    @Override
    public Boolean test(List<String> values) {
      return pattern.matcher(values.get(index)).matches();
    }
  }

  /** Partition values are never null, so {@code IS NULL} is false and {@code IS NOT NULL} true. */
  record IsNull(int index) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      return values.get(index) == null;
    }
  }

  record Not(Condition inner) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      Boolean result = inner.test(values);
      return result == null ? null : !result;
    }
  }

  record And(Condition left, Condition right) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      Boolean l = left.test(values);
      if (Boolean.FALSE.equals(l)) {
        return false;
      }
      Boolean r = right.test(values);
      if (Boolean.FALSE.equals(r)) {
        return false;
      }
      return l == null || r == null ? null : true;
    }
  }

  record Or(Condition left, Condition right) implements Condition {
    @Override
    public Boolean test(List<String> values) {
      Boolean l = left.test(values);
      if (Boolean.TRUE.equals(l)) {
        return true;
      }
      Boolean r = right.test(values);
      if (Boolean.TRUE.equals(r)) {
        return true;
      }
      return l == null || r == null ? null : false;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable<?> value, Comparable<?> constant) {
    return ((Comparable) value).compareTo(constant);
  }
}
