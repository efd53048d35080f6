package org.gluesuite.common.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model's {@code metrics.json}: what every training job of the seed pipelines writes next to its model, and what
 * the run summary and the workflow run report read. Immutable; build with {@link #builder}, write with
 * {@link #toJson()}, read with {@link #parse} or {@link #read}.
 *
 * <pre>
 * {"pipeline": NAME, "task": "regression"|"recommendation",
 *  "model": {"type": …, "params": {…}},
 *  "splits": {"train"|"validation"|"test": {"model": {METRIC: value, …}, "baseline": {METRIC: value, …}}},
 *  "rows": {"train": n, "validation": n, "test": n},
 *  "baseline": "what the baseline is",
 *  …pipeline-specific extras}
 * </pre>
 *
 * METRIC is one of {@link Task#metrics()}: {@code rmse, mae, r2} (and {@code rmse_rounded, mae_rounded,
 * r2_rounded}) for regressions, {@code precision_at_10, recall_at_10, map_at_10, coverage} for recommendations.
 * Metrics are written in that order. A metric that is undefined (e.g. R² of a constant label) is written as
 * {@code null} and read as NaN.
 */
public final class ModelMetrics {
  /** The file name, in the model's output folder. */
  public static final String FILE_NAME = "metrics.json";
  /** The job result (run record {@code Results}) naming the file, so reports find it without knowing the job. */
  public static final String RESULT_KEY = "metrics_file";
  /** The split names, in the order they are written. */
  public static final List<String> SPLITS = List.of("train", "validation", "test");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> FIELDS = Set.of("pipeline", "task", "model", "splits", "rows", "baseline");

  /** What the model does, which decides its metrics. */
  public enum Task {
    REGRESSION(List.of("rmse", "mae", "r2", "rmse_rounded", "mae_rounded", "r2_rounded")),
    RECOMMENDATION(List.of("precision_at_10", "recall_at_10", "map_at_10", "coverage"));

    private final List<String> metrics;

    Task(List<String> metrics) {
      this.metrics = metrics;
    }

    /** The metric names allowed for this task. */
    public List<String> metrics() {
      return metrics;
    }

    /** The name written in the file. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One split's metrics: the model's and the baseline's, by metric name; either may be empty. */
  public record Split(Map<String, Double> model, Map<String, Double> baseline) {
    public Split {
      model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
      baseline = Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
    }
  }

  private final String pipeline;
  private final Task task;
  private final String modelType;
  private final ObjectNode params;
  private final Map<String, Split> splits;
  private final Map<String, Long> rows;
  private final String baseline;
  private final Map<String, JsonNode> extras;

  private ModelMetrics(Builder b) {
    this.pipeline = b.pipeline;
    this.task = b.task;
    this.modelType = b.modelType;
    this.params = b.params.deepCopy();
    this.splits = Collections.unmodifiableMap(new LinkedHashMap<>(b.splits));
    this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(b.rows));
    this.baseline = b.baseline;
    this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(b.extras));
  }

  public static Builder builder(String pipeline, Task task) {
    return new Builder(pipeline, task);
  }

  public String pipeline() {
    return pipeline;
  }

  public Task task() {
    return task;
  }

  /** {@code model.type}, e.g. {@code gbt} or {@code linear+random_forest on ln(no2)}. */
  public String modelType() {
    return modelType;
  }

  /** {@code model.params} (a copy). */
  public ObjectNode params() {
    return params.deepCopy();
  }

  /** Splits by name, in the order written. */
  public Map<String, Split> splits() {
    return splits;
  }

  public Optional<Split> split(String name) {
    return Optional.ofNullable(splits.get(name));
  }

  public Map<String, Long> rows() {
    return rows;
  }

  /** What the baseline is, in words (null if the model has no baseline). */
  public String baseline() {
    return baseline;
  }

  /** Pipeline-specific fields beyond the documented ones, by name. */
  public Map<String, JsonNode> extras() {
    return extras;
  }

  public Optional<JsonNode> extra(String name) {
    return Optional.ofNullable(extras.get(name));
  }

  /** The document, pretty-printed, fields in the documented order, then the extras. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("pipeline", pipeline);
    root.put("task", task.jsonName());
    ObjectNode model = root.putObject("model");
    model.put("type", modelType);
    model.set("params", params.deepCopy());
    ObjectNode s = root.putObject("splits");
    splits.forEach((name, split) -> {
      ObjectNode n = s.putObject(name);
      values(n.putObject("model"), split.model());
      values(n.putObject("baseline"), split.baseline());
    });
    ObjectNode r = root.putObject("rows");
    rows.forEach(r::put);
    if (baseline != null) {
      root.put("baseline", baseline);
    }
    extras.forEach(root::set);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serialises", e);
    }
  }

  /** Writes {@link #toJson()} to {@code file} (UTF-8), replacing it. For Hadoop paths write {@code toJson()}. */
  public void write(Path file) {
    ReportJson.write(file, toJson());
  }

  /** Reads a {@code metrics.json}; {@code file} names it in errors. */
  public static ModelMetrics read(Path file) {
    return parse(file.toString(), ReportJson.read(file));
  }

  /** Parses a {@code metrics.json} document; {@code source} names it in errors. */
  public static ModelMetrics parse(String source, String json) {
    JsonNode root = ReportJson.tree(source, json);
    String pipeline = ReportJson.text(source, root, "$", "pipeline");
    String taskName = ReportJson.text(source, root, "$", "task");
    Task task = null;
    for (Task t : Task.values()) {
      if (t.jsonName().equals(taskName)) {
        task = t;
      }
    }
    if (task == null) {
      throw ReportFileErrors.malformed(source, "$.task", "'" + taskName + "' is not a task; use regression or "
          + "recommendation");
    }
    JsonNode model = ReportJson.object(source, root, "$", "model");
    Builder b = builder(pipeline, task);
    try {
      JsonNode params = model.get("params");
      b.model(ReportJson.text(source, model, "$.model", "type"),
          params instanceof ObjectNode o ? JSON.convertValue(o, Map.class) : Map.of());
      JsonNode splits = ReportJson.object(source, root, "$", "splits");
      for (Iterator<Map.Entry<String, JsonNode>> it = splits.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = "$.splits." + e.getKey();
        b.split(e.getKey(), numbers(source, e.getValue().get("model"), at + ".model"),
            numbers(source, e.getValue().get("baseline"), at + ".baseline"));
      }
      JsonNode rows = root.get("rows");
      if (rows instanceof ObjectNode o) {
        o.fields().forEachRemaining(e -> b.rows(e.getKey(), e.getValue().asLong()));
      }
      if (root.hasNonNull("baseline")) {
        b.baseline(root.get("baseline").asText());
      }
      root.fields().forEachRemaining(e -> {
        if (!FIELDS.contains(e.getKey())) {
          b.extra(e.getKey(), e.getValue());
        }
      });
    } catch (IllegalArgumentException e) {
      throw ReportFileErrors.malformed(source, "$", e.getMessage());
    }
    return b.build();
  }

  private static Map<String, Double> numbers(String source, JsonNode node, String at) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw ReportFileErrors.malformed(source, at, "expected an object of metric values");
    }
    node.fields().forEachRemaining(e -> {
      if (!e.getValue().isNumber() && !e.getValue().isNull()) {
        throw ReportFileErrors.malformed(source, at + "." + e.getKey(), "expected a number or null");
      }
      out.put(e.getKey(), e.getValue().isNull() ? Double.NaN : e.getValue().asDouble());
    });
    return out;
  }

  private static void values(ObjectNode target, Map<String, Double> values) {
    values.forEach((k, v) -> {
      if (v == null || !Double.isFinite(v)) {
        target.putNull(k);
      } else {
        target.put(k, v);
      }
    });
  }

  @Override
  public String toString() {
    return "ModelMetrics" + splits;
  }

  /** Collects a {@link ModelMetrics}; {@link #build()} checks split and metric names against the task. */
  public static final class Builder {
    private final String pipeline;
    private final Task task;
    private String modelType;
    private ObjectNode params = JsonNodeFactory.instance.objectNode();
    private final Map<String, Split> splits = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private String baseline;
    private final Map<String, JsonNode> extras = new LinkedHashMap<>();

    private Builder(String pipeline, Task task) {
      if (pipeline == null || pipeline.isBlank()) {
        throw ReportFileErrors.invalid("pipeline", "give the pipeline's name");
      }
      if (task == null) {
        throw ReportFileErrors.invalid("task", "give the task (REGRESSION or RECOMMENDATION)");
      }
      this.pipeline = pipeline;
      this.task = task;
    }

    /** {@code model.type} and {@code model.params} (converted to JSON with Jackson). */
    public Builder model(String type, Map<String, ?> params) {
      this.modelType = type;
      this.params = JSON.valueToTree(params == null ? Map.of() : params);
      return this;
    }

    /** A split's metrics; {@code split} is one of {@link #SPLITS}, metric names those of the task. */
    public Builder split(String split, Map<String, Double> model, Map<String, Double> baseline) {
      if (!SPLITS.contains(split)) {
        throw ReportFileErrors.invalid("splits." + split, "not a split; use one of " + SPLITS);
      }
      for (Map<String, Double> values : List.of(model, baseline)) {
        for (String metric : values.keySet()) {
          if (!task.metrics().contains(metric)) {
            throw ReportFileErrors.invalid("splits." + split + "." + metric, "not a " + task.jsonName()
                + " metric; use one of " + task.metrics());
          }
        }
      }
      splits.put(split, new Split(inTaskOrder(model), inTaskOrder(baseline)));
      return this;
    }

    /** The values in the order of {@link Task#metrics()}, so files and tables list metrics the same way. */
    private Map<String, Double> inTaskOrder(Map<String, Double> values) {
      Map<String, Double> ordered = new LinkedHashMap<>();
      task.metrics().stream().filter(values::containsKey).forEach(m -> ordered.put(m, values.get(m)));
      return ordered;
    }

    public Builder rows(String split, long count) {
      if (!SPLITS.contains(split)) {
        throw ReportFileErrors.invalid("rows." + split, "not a split; use one of " + SPLITS);
      }
      rows.put(split, count);
      return this;
    }

    /** What the baseline is, in words. */
    public Builder baseline(String description) {
      this.baseline = description;
      return this;
    }

    /** A pipeline-specific field (any value Jackson can write); names of documented fields are refused. */
    public Builder extra(String name, Object value) {
      if (FIELDS.contains(name)) {
        throw ReportFileErrors.invalid(name, "is a documented field of metrics.json; set it with its own method");
      }
      extras.put(name, value instanceof JsonNode n ? n.deepCopy() : JSON.valueToTree(value));
      return this;
    }

    public ModelMetrics build() {
      if (modelType == null || modelType.isBlank()) {
        throw ReportFileErrors.invalid("model.type", "give the model's type with model(type, params)");
      }
      return new ModelMetrics(this);
    }
  }
}
