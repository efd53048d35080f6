package org.gluesuite.jobs.ml.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gluesuite.jobs.shipping.ModelParams;
import org.gluesuite.jobs.shipping.ModelType;

/**
 * One point of the search: an MLlib regressor and its parameters (MLlib's own names, e.g. {@code maxDepth}).
 *
 * @param type the regressor: {@code linear} (elastic net through {@code regParam}/{@code elasticNetParam}),
 *     {@code rf}, {@code gbt} or {@code fm} (fitted on features scaled to [0, 1])
 * @param params the parameters set; the rest keep MLlib's defaults
 */
public record Candidate(ModelType type, ModelParams params) {
  /** The algorithm names a grid takes. */
  public static final List<String> ALGORITHMS = Arrays.stream(ModelType.values()).map(ModelType::argument).toList();

  /** {@code gbt {maxDepth=3, maxIter=32}}, parameters sorted by name. */
  public String describe() {
    return type.argument() + " " + new TreeMap<>(params.values());
  }

  /** The parameters sorted by name, for the leaderboard. */
  public Map<String, Object> sortedParams() {
    return new TreeMap<>(params.values());
  }
}
