package org.gluesuite.dq.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.dq.DataQualityResult;
import org.gluesuite.dq.Outcome;
import org.gluesuite.dq.RuleOutcome;

/** A {@link DataQualityResult} as JSON in the shape of Glue's {@code GetDataQualityResult} response, and back. */
public final class ResultDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultDocuments() {
  }

  public static ObjectNode toJson(DataQualityResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("ResultId", result.resultId());
    root.put("Score", result.score());
    if (result.tableName() != null) {
      ObjectNode table = root.putObject("DataSource").putObject("GlueTable");
      table.put("DatabaseName", result.databaseName());
      table.put("TableName", result.tableName());
    }
    putIfSet(root, "RulesetName", result.rulesetName());
    root.put("EvaluationContext", result.evaluationContext());
    root.put("StartedOn", result.startedOn());
    root.put("CompletedOn", result.completedOn());
    putIfSet(root, "JobName", result.jobName());
    putIfSet(root, "JobRunId", result.jobRunId());
    ArrayNode rules = root.putArray("RuleResults");
    for (int i = 0; i < result.ruleResults().size(); i++) {
      RuleOutcome o = result.ruleResults().get(i);
      ObjectNode rule = rules.addObject();
      rule.put("Name", "Rule_" + (i + 1));
      rule.put("Description", o.rule());
      putIfSet(rule, "EvaluationMessage", o.failureReason());
      rule.put("Result", o.outcome().resultCode());
      ObjectNode metrics = rule.putObject("EvaluatedMetrics");
      o.evaluatedMetrics().forEach((k, v) -> {
        if (Double.isFinite(v)) {
          metrics.put(k, v);
        }
      });
    }
    return root;
  }

  /** The result in {@code json}; throws {@link IllegalArgumentException} naming what is missing or wrong. */
  public static DataQualityResult fromJson(JsonNode json) {
    List<RuleOutcome> rules = new ArrayList<>();
    for (JsonNode rule : required(json, "RuleResults")) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      rule.path("EvaluatedMetrics").fields().forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
      String code = required(rule, "Result").asText();
      Outcome outcome = switch (code) {
        case "PASS" -> Outcome.PASSED;
        case "FAIL" -> Outcome.FAILED;
        default -> throw new IllegalArgumentException("Result '" + code + "' is neither PASS nor FAIL");
      };
      rules.add(new RuleOutcome(required(rule, "Description").asText(), outcome, text(rule, "EvaluationMessage"),
          metrics));
    }
    JsonNode table = json.path("DataSource").path("GlueTable");
    return new DataQualityResult(required(json, "ResultId").asText(), text(json, "RulesetName"),
        required(json, "EvaluationContext").asText(), text(table, "DatabaseName"), text(table, "TableName"),
        text(json, "JobName"), text(json, "JobRunId"), required(json, "StartedOn").asText(),
        text(json, "CompletedOn"), rules);
  }

  /** The result as plain maps and lists, for a job run record's {@code Results}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(DataQualityResult result) {
    return JSON.convertValue(toJson(result), Map.class);
  }

  public static DataQualityResult fromMap(Object map) {
    return fromJson(JSON.valueToTree(map));
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
