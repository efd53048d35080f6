package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What an evaluation produced, as Glue's {@code process_rows} returns it: the rule outcomes, the data itself
 * ({@code originalData}) and the data with row-level outcomes ({@code rowLevelOutcomes}, built lazily).
 */
public final class DataQualityOutputs {
  /** The schema of Glue's {@code ruleOutcomes}: Rule, Outcome, FailureReason, EvaluatedMetrics. */
  public static final StructType RULE_OUTCOMES_SCHEMA = new StructType()
      .add("Rule", DataTypes.StringType, false)
      .add("Outcome", DataTypes.StringType, false)
      .add("FailureReason", DataTypes.StringType, true)
      .add("EvaluatedMetrics", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), false);

  private final List<RuleOutcome> outcomes;
  private final Dataset<Row> original;
  private final Supplier<Dataset<Row>> rowLevel;

  DataQualityOutputs(List<RuleOutcome> outcomes, Dataset<Row> original, Supplier<Dataset<Row>> rowLevel) {
    this.outcomes = List.copyOf(outcomes);
    this.original = original;
    this.rowLevel = rowLevel;
  }

  public List<RuleOutcome> ruleOutcomes() {
    return outcomes;
  }

  /** True when every rule passed. */
  public boolean passed() {
    return outcomes.stream().allMatch(RuleOutcome::passed);
  }

  public List<RuleOutcome> failedRules() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  public Dataset<Row> originalData() {
    return original;
  }

  /** The rule outcomes as a DataFrame of Glue's shape. */
  public Dataset<Row> ruleOutcomesDF() {
    return toDataFrame(original.sparkSession(), outcomes);
  }

  /** The data with DataQualityRulesPass, DataQualityRulesFail, DataQualityRulesSkip, DataQualityEvaluationResult. */
  public Dataset<Row> rowLevelOutcomes() {
    return rowLevel.get();
  }

  static Dataset<Row> toDataFrame(SparkSession spark, List<RuleOutcome> outcomes) {
    List<Row> rows = new ArrayList<>();
    for (RuleOutcome o : outcomes) {
      rows.add(RowFactory.create(o.rule(), o.outcome().label(), o.failureReason(),
          scala.collection.JavaConverters.mapAsScalaMap(new java.util.LinkedHashMap<>(o.evaluatedMetrics()))
              .toMap(scala.Predef.$conforms())));
    }
    return spark.createDataFrame(rows, RULE_OUTCOMES_SCHEMA);
  }
}
