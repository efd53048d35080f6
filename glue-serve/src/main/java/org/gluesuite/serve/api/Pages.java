package org.gluesuite.serve.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.gluesuite.serve.ServeErrors;

/**
 * AWS's paging ({@code MaxResults}, {@code NextToken}) over a listing with a stable key per item: a page holds the
 * items after the key the token names, in key order, so items added or removed between two calls never make a page
 * repeat or skip the others. Tokens are opaque to clients and name the operation they belong to.
 */
public final class Pages {
  private Pages() {
  }

  /** One page: its items and the token of the next page (null on the last page). */
  public record Page<T>(List<T> items, String nextToken) {
  }

  /**
   * The page of {@code items} that {@code call}'s {@code NextToken} and {@code MaxResults} ask for; at most
   * {@code defaultSize} items when {@code MaxResults} is absent.
   */
  public static <T> Page<T> of(List<T> items, Function<T, String> key, OperationCall call, int defaultSize) {
    String after = call.optionalString("NextToken").map(token -> decode(token, call.operation())).orElse(null);
    int size = call.optionalInt("MaxResults").orElse(defaultSize);
    List<T> remaining = items.stream()
        .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
        .sorted(Comparator.comparing(key))
        .toList();
    if (remaining.size() <= size) {
      return new Page<>(remaining, null);
    }
    List<T> page = remaining.subList(0, size);
    return new Page<>(List.copyOf(page), encode(call.operation(), key.apply(page.get(size - 1))));
  }

  private static String encode(String operation, String lastKey) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((operation + "\n" + lastKey).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token, String operation) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      text = "";
    }
    int newline = text.indexOf('\n');
    if (newline < 0 || !text.substring(0, newline).equals(operation)) {
      throw ServeErrors.invalidNextToken(token, operation);
    }
    return text.substring(newline + 1);
  }
}
