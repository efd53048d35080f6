package org.gluesuite.dq;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Glue's {@code publishingOptions} of EvaluateDataQuality, parsed once: {@code dataQualityEvaluationContext} (default
 * {@code default_context}: the namespace results are published under), {@code enableDataQualityResultsPublishing}
 * (default true: the result goes to the job run's record, and from there to the workspace's result history),
 * {@code enableDataQualityCloudWatchMetrics} (default false; there is no CloudWatch here: accepted, publishes nothing)
 * and {@code resultsS3Prefix} (default empty: when set, each result is also written as JSON under it).
 */
public record PublishingOptions(String evaluationContext, boolean resultsPublishing, boolean cloudWatchMetrics,
    String resultsS3Prefix) {
  public static final String EVALUATION_CONTEXT = "dataQualityEvaluationContext";
  public static final String RESULTS_PUBLISHING = "enableDataQualityResultsPublishing";
  public static final String CLOUDWATCH_METRICS = "enableDataQualityCloudWatchMetrics";
  public static final String RESULTS_S3_PREFIX = "resultsS3Prefix";
  private static final List<String> KEYS = List.of(EVALUATION_CONTEXT, RESULTS_PUBLISHING, CLOUDWATCH_METRICS,
      RESULTS_S3_PREFIX);

  public PublishingOptions {
    Objects.requireNonNull(evaluationContext, "evaluationContext");
    resultsS3Prefix = resultsS3Prefix == null ? "" : resultsS3Prefix;
  }

  public static PublishingOptions defaults() {
    return new PublishingOptions("default_context", true, false, "");
  }

  /**
   * The options as Glue's scripts give them ({@code {"dataQualityEvaluationContext": "…", …}}; booleans as booleans
   * or {@code "true"}/{@code "false"}).
   *
   * @throws InvalidDataQualityOptionException for a key Glue does not define or a value it does not take
   */
  public static PublishingOptions of(Map<String, ?> options) {
    PublishingOptions parsed = defaults();
    for (Map.Entry<String, ?> e : options.entrySet()) {
      Object v = e.getValue();
      parsed = switch (e.getKey()) {
        case EVALUATION_CONTEXT -> parsed.withEvaluationContext(text(e.getKey(), v));
        case RESULTS_PUBLISHING -> new PublishingOptions(parsed.evaluationContext, bool(e.getKey(), v),
            parsed.cloudWatchMetrics, parsed.resultsS3Prefix);
        case CLOUDWATCH_METRICS -> new PublishingOptions(parsed.evaluationContext, parsed.resultsPublishing,
            bool(e.getKey(), v), parsed.resultsS3Prefix);
        case RESULTS_S3_PREFIX -> parsed.withResultsS3Prefix(v == null ? "" : String.valueOf(v));
        default -> throw DataQualityErrors.unknownOption(e.getKey(), KEYS);
      };
    }
    return parsed;
  }

  public PublishingOptions withEvaluationContext(String context) {
    return new PublishingOptions(context, resultsPublishing, cloudWatchMetrics, resultsS3Prefix);
  }

  public PublishingOptions withResultsS3Prefix(String prefix) {
    return new PublishingOptions(evaluationContext, resultsPublishing, cloudWatchMetrics, prefix);
  }

  public PublishingOptions withResultsPublishing(boolean enabled) {
    return new PublishingOptions(evaluationContext, enabled, cloudWatchMetrics, resultsS3Prefix);
  }

  private static String text(String key, Object value) {
    if (value == null || String.valueOf(value).isBlank()) {
      throw DataQualityErrors.badOption(key, value, "give a non-empty name");
    }
    return String.valueOf(value);
  }

  static boolean bool(String key, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = String.valueOf(value);
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw DataQualityErrors.badOption(key, value, "use true or false");
  }
}
