package org.gluesuite.jobs.ml.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.ml.Predictor;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
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

  /** The regressor, unfitted, with {@code seed} when it is randomised and the parameters give no seed. */
  Predictor<?, ?, ?> estimator(String featuresColumn, String label, long seed) {
    Predictor<?, ?, ?> estimator = type.estimator(params, featuresColumn, label);
    if (estimator.hasParam("seed") && !params.values().containsKey("seed")) {
      @SuppressWarnings("unchecked")
      Param<Object> param = (Param<Object>) estimator.getParam("seed");
      estimator.set(param, seed);
    }
    return estimator;
  }

  /** Whether both build the same regressor (with {@code seed} as the default seed): every parameter equal. */
  boolean sameModelAs(Candidate other, long seed) {
    if (type != other.type) {
      return false;
    }
    Predictor<?, ?, ?> a = estimator("features", "label", seed);
    Predictor<?, ?, ?> b = other.estimator("features", "label", seed);
    ParamMap mine = a.extractParamMap();
    ParamMap theirs = b.extractParamMap();
    for (Param<?> p : a.params()) {
      Object x = mine.get(p).isDefined() ? mine.get(p).get() : null;
      Param<?> q = b.getParam(p.name());
      Object y = theirs.get(q).isDefined() ? theirs.get(q).get() : null;
      if (!Objects.deepEquals(x, y)) {
        return false;
      }
    }
    return true;
  }
}
