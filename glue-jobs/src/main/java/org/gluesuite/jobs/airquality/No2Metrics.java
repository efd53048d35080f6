package org.gluesuite.jobs.airquality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link No2Model#train} measured. {@link #toJson()} writes it with stable snake_case field names in a
 * fixed order: {@code algorithm, label, features, split_date, train_from, train_to, test_from, test_to,
 * train_rows, test_rows, rows_without_label, rmse, mae, r2, validation}.
 *
 * @param algorithm the fitted regressor ({@code LINEAR_REGRESSION} or {@code GBT_REGRESSOR})
 * @param label the label column
 * @param features the feature columns, in the assembler's order
 * @param splitDate first day of the test period (ISO date); training is every earlier day
 * @param trainFrom first training day
 * @param trainTo last training day
 * @param testFrom first test day
 * @param testTo last test day
 * @param trainRows training rows (days with a label)
 * @param testRows test rows (days with a label)
 * @param rowsWithoutLabel input rows dropped because the label was null
 * @param rmse root mean squared error on the test period, label units
 * @param mae mean absolute error on the test period
 * @param r2 coefficient of determination on the test period
 * @param validation for {@code BEST_ON_VALIDATION}: each candidate's RMSE on the validation slice (the
 *     year before the split date), otherwise empty
 */
public record No2Metrics(
    String algorithm,
    String label,
    List<String> features,
    String splitDate,
    String trainFrom,
    String trainTo,
    String testFrom,
    String testTo,
    long trainRows,
    long testRows,
    long rowsWithoutLabel,
    double rmse,
    double mae,
    double r2,
    Map<String, Double> validation) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public No2Metrics {
    features = List.copyOf(features);
    validation = Collections.unmodifiableMap(new LinkedHashMap<>(validation));
  }

  /** The metrics as pretty-printed JSON with the field names listed above. */
  public String toJson() {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("algorithm", algorithm);
    n.put("label", label);
    features.forEach(n.putArray("features")::add);
    n.put("split_date", splitDate);
    n.put("train_from", trainFrom);
    n.put("train_to", trainTo);
    n.put("test_from", testFrom);
    n.put("test_to", testTo);
    n.put("train_rows", trainRows);
    n.put("test_rows", testRows);
    n.put("rows_without_label", rowsWithoutLabel);
    n.put("rmse", rmse);
    n.put("mae", mae);
    n.put("r2", r2);
    ObjectNode v = n.putObject("validation");
    validation.forEach(v::put);
    try {
      return MAPPER.writeValueAsString(n) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("metrics are always serialisable", e);
    }
  }
}
