package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.dq.internal.AnalysisChecks;
import org.gluesuite.dq.internal.RulesetChecks;
import org.gluesuite.dq.internal.RulesetEvaluation;

/**
 * Evaluates DQDL rulesets on a DataFrame, failures as data:
 * {@code DataQuality.onData(df).withReference("orders", orders).run(DqdlRuleset.parse("Rules = [ … ]"))}. The ruleset
 * is checked against the data's columns before any Spark job runs; evaluation shares scans (see README).
 * Immutable: each {@code with…} returns a new instance.
 */
public final class DataQuality {
  private final Dataset<Row> data;
  private final Map<String, Dataset<Row>> references;
  private final boolean cacheInput;
  private final boolean compositeByRow;

  private DataQuality(Dataset<Row> data, Map<String, Dataset<Row>> references, boolean cacheInput,
      boolean compositeByRow) {
    this.data = data;
    this.references = Map.copyOf(references);
    this.cacheInput = cacheInput;
    this.compositeByRow = compositeByRow;
  }

  public static DataQuality onData(Dataset<Row> data) {
    return new DataQuality(data, Map.of(), true, false);
  }

  /** A reference dataset that ReferentialIntegrity and RowCountMatch rules name by {@code alias}. */
  public DataQuality withReference(String alias, Dataset<Row> reference) {
    Map<String, Dataset<Row>> more = new LinkedHashMap<>(references);
    more.put(alias, reference);
    return new DataQuality(data, more, cacheInput, compositeByRow);
  }

  /** Whether the data is kept in memory while its rules are evaluated (Glue's {@code performanceTuning.caching}). */
  public DataQuality withCaching(boolean cache) {
    return new DataQuality(data, references, cache, compositeByRow);
  }

  /**
   * Glue's {@code compositeRuleEvaluation.method}: {@code true} (ROW) decides a composite rule of row-level parts row
   * by row, so {@code (ColumnValues "a" > 1) or (ColumnValues "a" = NULL)} passes when every row is either; the
   * default {@code false} (COLUMN) decides each part over all rows and combines the outcomes.
   */
  public DataQuality withCompositeRulesByRow(boolean byRow) {
    return new DataQuality(data, references, cacheInput, byRow);
  }

  /**
   * Checks {@code ruleset} against the data without reading it.
   *
   * @throws InvalidRulesetException listing each rule that names a missing column or reference, whose where clause or
   *     custom SQL does not analyse over the data, or that this runtime does not evaluate, with its line and column
   */
  public DataQuality check(DqdlRuleset ruleset) {
    List<RulesetProblem> problems = new ArrayList<>(RulesetChecks.check(ruleset.rules(),
        Arrays.asList(data.columns()), references.keySet()));
    problems.addAll(AnalysisChecks.check(ruleset.rules(), data, references));
    problems.sort(Comparator.comparingInt(RulesetProblem::line).thenComparingInt(RulesetProblem::column));
    if (!problems.isEmpty()) {
      throw DataQualityErrors.notForData(problems);
    }
    return this;
  }

  /** Checks, then evaluates {@code ruleset}: one outcome per top-level rule, in order. */
  public DataQualityOutputs run(DqdlRuleset ruleset) {
    check(ruleset);
    RulesetEvaluation evaluation = new RulesetEvaluation(data, references, ruleset.rules());
    return new DataQualityOutputs(evaluation.outcomes(cacheInput, compositeByRow), data, evaluation::rowLevelOutcomes);
  }
}
