package org.gluesuite.dq;

import java.util.List;
import java.util.Map;

/**
 * Glue's {@code additional_options} of EvaluateDataQuality, parsed once: {@code performanceTuning.caching}
 * ({@code CACHE_INPUT}, the default, keeps the data in memory while its rules are evaluated; {@code CACHE_NOTHING}
 * reads it again for each pass), {@code compositeRuleEvaluation.method} ({@code COLUMN}, the default, or {@code ROW}:
 * see {@link DataQuality#withCompositeRulesByRow}), {@code observations.scope} ({@code ALL} or {@code NONE}; this
 * runtime makes no observations, so it is accepted and has no effect) and {@code dataQualityResultsPublishing.strategy}
 * ({@code BEST_EFFORT} or {@code SYNC}; results are always published synchronously here).
 */
public record AdditionalOptions(boolean cacheInput, boolean compositeRulesByRow) {
  public static final String CACHING = "performanceTuning.caching";
  public static final String COMPOSITE_METHOD = "compositeRuleEvaluation.method";
  public static final String OBSERVATIONS_SCOPE = "observations.scope";
  public static final String PUBLISHING_STRATEGY = "dataQualityResultsPublishing.strategy";
  private static final List<String> KEYS = List.of(CACHING, COMPOSITE_METHOD, OBSERVATIONS_SCOPE,
      PUBLISHING_STRATEGY);

  public static AdditionalOptions defaults() {
    return new AdditionalOptions(true, false);
  }

  /** @throws InvalidDataQualityOptionException for a key Glue does not define or a value it does not take */
  public static AdditionalOptions of(Map<String, ?> options) {
    AdditionalOptions parsed = defaults();
    for (Map.Entry<String, ?> e : options.entrySet()) {
      String value = String.valueOf(e.getValue());
      parsed = switch (e.getKey()) {
        case CACHING -> new AdditionalOptions(oneOf(e.getKey(), value, "CACHE_INPUT", "CACHE_NOTHING")
            .equals("CACHE_INPUT"), parsed.compositeRulesByRow);
        case COMPOSITE_METHOD -> new AdditionalOptions(parsed.cacheInput, oneOf(e.getKey(), value, "COLUMN", "ROW")
            .equals("ROW"));
        case OBSERVATIONS_SCOPE -> {
          oneOf(e.getKey(), value, "ALL", "NONE");
          yield parsed;
        }
        case PUBLISHING_STRATEGY -> {
          oneOf(e.getKey(), value, "BEST_EFFORT", "SYNC");
          yield parsed;
        }
        default -> throw DataQualityErrors.unknownOption(e.getKey(), KEYS);
      };
    }
    return parsed;
  }

  private static String oneOf(String key, String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return a;
      }
    }
    throw DataQualityErrors.badOption(key, value, "use " + String.join(" or ", allowed));
  }
}
