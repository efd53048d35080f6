package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * The one call a job makes to hold a table it writes to its declared rulesets: every ruleset of
 * {@code catalog-schemas/rulesets} (shipped in the job jar) attached to the table is evaluated on the rows about to be
 * written, published to the run's record and, when a rule fails, the job stops as its argument
 * {@code --data_quality_stop_job_on_failure} says ({@code Immediate}, the default; {@code AfterDataLoad}; or
 * {@code None} to record the failure and carry on). {@code --data_quality_rulesets DIR} reads the rulesets from a folder
 * instead (the same files, e.g. a working copy being tried out).
 */
public final class DeclaredRulesets {
  /** The job argument that says when a failed ruleset stops the job. */
  public static final String STOP_ARGUMENT = "data_quality_stop_job_on_failure";
  /** The job argument that points at a folder of rulesets to use instead of the bundled ones. */
  public static final String RULESETS_ARGUMENT = "data_quality_rulesets";

  private DeclaredRulesets() {
  }

  public static List<DataQualityEvaluation> evaluate(JobRunContext context, Dataset<Row> data, String database,
      String table) {
    StopJobOnFailureTiming stop = stopTiming(context);
    List<DataQualityEvaluation> evaluations = new ArrayList<>();
    RulesetDefinitions declared = context.arguments().find(RULESETS_ARGUMENT)
        .map(folder -> RulesetDefinitions.load(java.nio.file.Path.of(folder), TableColumns.UNCHECKED))
        .orElseGet(() -> RulesetDefinitions.bundled(TableColumns.UNCHECKED));
    for (RulesetDefinition ruleset : declared.forTable(database, table)) {
      EvaluateDataQuality evaluate = EvaluateDataQuality.inRun(context).onTable(database, table)
          .withRulesetName(ruleset.name());
      if (stop != null) {
        evaluate = evaluate.stopJobOnFailure(stop);
      }
      evaluations.add(evaluate.evaluate(data, ruleset.ruleset(),
          PublishingOptions.defaults().withEvaluationContext(ruleset.name()), AdditionalOptions.defaults()));
    }
    return evaluations;
  }

  private static StopJobOnFailureTiming stopTiming(JobRunContext context) {
    String value = context.arguments().find(STOP_ARGUMENT).orElse("Immediate");
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "immediate" -> StopJobOnFailureTiming.IMMEDIATE;
      case "afterdataload" -> StopJobOnFailureTiming.AFTER_DATA_LOAD;
      case "none" -> null;
      default -> throw DataQualityErrors.badOption("--" + STOP_ARGUMENT, value, "use Immediate, AfterDataLoad or None");
    };
  }
}
