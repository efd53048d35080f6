package org.gluesuite.jobs.shipping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.ml.Predictor;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.FloatParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.regression.FMRegressor;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.ml.regression.LinearRegression;
import org.apache.spark.ml.regression.RandomForestRegressor;

/**
 * The training job's {@code --model_type}: the MLlib regressor to fit. The seed offers {@code gbt} and
 * {@code factorization_machine} (accepted here as a name of {@code fm}).
 */
public enum ModelType {
  GBT("gbt", GBTRegressor::new),
  RF("rf", RandomForestRegressor::new),
  LINEAR("linear", LinearRegression::new),
  /** Factorization machines: diverge on unscaled features, so the job scales them to [0, 1] first. */
  FM("fm", FMRegressor::new);

  private final String argument;
  private final Supplier<Predictor<?, ?, ?>> factory;

  ModelType(String argument, Supplier<Predictor<?, ?, ?>> factory) {
    this.argument = argument;
    this.factory = factory;
  }

  /** The name {@code --model_type} takes. */
  public String argument() {
    return argument;
  }

  public boolean isTreeEnsemble() {
    return this == GBT || this == RF;
  }

  public boolean needsScaledFeatures() {
    return this == FM;
  }

  public static ModelType parse(String text) {
    String name = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (name.equals("factorization_machine")) {
      return FM;
    }
    for (ModelType type : values()) {
      if (type.argument.equals(name)) {
        return type;
      }
    }
    throw ShippingErrors.invalidArgument("model_type", String.valueOf(text), "use one of "
        + Arrays.stream(values()).map(ModelType::argument).toList()
        + " (gradient-boosted trees, random forest, linear regression, factorization machines)");
  }

  /**
   * A new estimator of this type with {@code params} set, reading {@code featuresColumn} and {@code label}.
   *
   * @throws ShippingArgumentException naming the parameter when the estimator has no such parameter, when the job
   *     sets it itself (the columns), or when the value has the wrong type or is out of MLlib's range
   */
  public Predictor<?, ?, ?> estimator(ModelParams params, String featuresColumn, String label) {
    Predictor<?, ?, ?> estimator = factory.get();
    String estimatorName = estimator.getClass().getSimpleName();
    for (Map.Entry<String, Object> entry : params.values().entrySet()) {
      String name = entry.getKey();
      Object value = entry.getValue();
      if (!estimator.hasParam(name)) {
        List<String> names = Arrays.stream(estimator.params()).map(Param::name).sorted().toList();
        String close = names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst()
            .map(n -> " (did you mean " + n + "?)").orElse("");
        throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it has no such parameter" + close
            + "; its parameters are " + names);
      }
      if (name.endsWith("Col") || name.endsWith("Cols")) {
        throw ShippingErrors.invalidModelParam(estimatorName, name, value, "the job sets the columns itself; "
            + "leave " + name + " out");
      }
      set(estimator, estimatorName, estimator.getParam(name), value);
    }
    estimator.setFeaturesCol(featuresColumn);
    estimator.setLabelCol(label);
    return estimator;
  }

  @SuppressWarnings("unchecked")
  private static void set(Predictor<?, ?, ?> estimator, String estimatorName, Param<?> param, Object value) {
    Object typed = typed(estimatorName, param, value);
    try {
      estimator.set((Param<Object>) param, typed);
    } catch (IllegalArgumentException e) {
      throw ShippingErrors.invalidModelParam(estimatorName, param.name(), value,
          "MLlib rejects the value (" + param.doc() + ")");
    }
  }

  private static Object typed(String estimatorName, Param<?> param, Object value) {
    String name = param.name();
    if (param instanceof IntParam || param instanceof LongParam) {
      boolean whole = value instanceof Long || value instanceof Double d && d == Math.rint(d) && !d.isInfinite();
      if (!whole) {
        throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it takes a whole number");
      }
      long n = ((Number) value).longValue();
      if (param instanceof IntParam) {
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
          throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it takes a 32-bit whole number");
        }
        return (int) n;
      }
      return n;
    }
    if (param instanceof DoubleParam || param instanceof FloatParam) {
      if (!(value instanceof Number number)) {
        throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it takes a number");
      }
      return param instanceof FloatParam ? (Object) number.floatValue() : (Object) number.doubleValue();
    }
    if (param instanceof BooleanParam) {
      if (!(value instanceof Boolean)) {
        throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it takes true or false");
      }
      return value;
    }
    if (param.getClass() == Param.class) {
      if (!(value instanceof String)) {
        throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it takes a quoted string ("
            + param.doc() + ")");
      }
      return value;
    }
    throw ShippingErrors.invalidModelParam(estimatorName, name, value, "it takes a list ("
        + param.getClass().getSimpleName() + "), which --model_params does not support");
  }
}
