package org.gluesuite.dq;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.dq.internal.ResultDocuments;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Glue's {@code EvaluateDataQuality} transform: evaluates a DQDL ruleset on a frame and returns Glue's outputs, the
 * rule outcomes ({@code Rule}, {@code Outcome}, {@code FailureReason}, {@code EvaluatedMetrics}) and, from
 * {@link #processRows}, the rows with their row-level outcomes. In a job ({@link #inRun}) the result is published to
 * the run's record (Glue's {@code enableDataQualityResultsPublishing}), and a failed ruleset can stop the job
 * ({@link #stopJobOnFailure}), which a workflow's trigger on the job's FAILED state then sees.
 *
 * <pre>{@code
 * DataQualityEvaluation dq = EvaluateDataQuality.inRun(context).onTable("sales", "orders")
 *     .stopJobOnFailure(StopJobOnFailureTiming.IMMEDIATE)
 *     .evaluate(frame.toDF(), ruleset, PublishingOptions.defaults(), AdditionalOptions.defaults());
 * }</pre>
 *
 * Immutable: each {@code with…}/{@code on…} returns a new instance.
 */
public final class EvaluateDataQuality {
  /** The keys of {@link #processRows}' result, as Glue names them. */
  public static final String DATA_QUALITY_RULE_OUTCOMES_KEY = "ruleOutcomes";
  public static final String DATA_QUALITY_ROW_LEVEL_OUTCOMES_KEY = "rowLevelOutcomes";
  public static final String ORIGINAL_DATA_KEY = "originalData";

  private final JobRunContext run;
  private final Map<String, Dataset<Row>> additionalDataSources;
  private final StopJobOnFailureTiming stopTiming;
  private final String database;
  private final String table;
  private final String rulesetName;

  private EvaluateDataQuality(JobRunContext run, Map<String, Dataset<Row>> additionalDataSources,
      StopJobOnFailureTiming stopTiming, String database, String table, String rulesetName) {
    this.run = run;
    this.additionalDataSources = Map.copyOf(additionalDataSources);
    this.stopTiming = stopTiming;
    this.database = database;
    this.table = table;
    this.rulesetName = rulesetName;
  }

  /** Outside a job: results are returned (and written under {@code resultsS3Prefix} when set), nowhere else. */
  public EvaluateDataQuality() {
    this(null, Map.of(), null, null, null, null);
  }

  /** In a job run: results are published to the run's record, and a failed ruleset can stop the job. */
  public static EvaluateDataQuality inRun(JobRunContext context) {
    return new EvaluateDataQuality(context, Map.of(), null, null, null, null);
  }

  /** Glue's {@code additional_data_sources}: reference frames by the alias rules name them by. */
  public EvaluateDataQuality withAdditionalDataSources(Map<String, GlueFrame> sources) {
    Map<String, Dataset<Row>> frames = new LinkedHashMap<>(additionalDataSources);
    sources.forEach((alias, frame) -> frames.put(alias, frame.toDF()));
    return new EvaluateDataQuality(run, frames, stopTiming, database, table, rulesetName);
  }

  /** Glue's {@code StopJobOnFailureOptions}: end the job FAILED when any rule fails, at {@code timing}. */
  public EvaluateDataQuality stopJobOnFailure(StopJobOnFailureTiming timing) {
    return new EvaluateDataQuality(run, additionalDataSources, timing, database, table, rulesetName);
  }

  /** The catalog table the frame holds: results are published about it ({@code DataSource.GlueTable}). */
  public EvaluateDataQuality onTable(String databaseName, String tableName) {
    return new EvaluateDataQuality(run, additionalDataSources, stopTiming, databaseName, tableName, rulesetName);
  }

  /** The name of the ruleset (a {@code CreateDataQualityRuleset} {@code Name}) the results are published under. */
  public EvaluateDataQuality withRulesetName(String name) {
    return new EvaluateDataQuality(run, additionalDataSources, stopTiming, database, table, name);
  }

  /** Glue's {@code EvaluateDataQuality.apply(frame, ruleset, publishingOptions)}: the rule outcomes as a frame. */
  public static GlueFrame apply(GlueFrame frame, String ruleset, PublishingOptions publishingOptions) {
    DataQualityEvaluation evaluation = new EvaluateDataQuality().evaluate(frame.toDF(), DqdlRuleset.parse(ruleset),
        publishingOptions, AdditionalOptions.defaults());
    return GlueFrame.fromDF(evaluation.outputs().ruleOutcomesDF(), DATA_QUALITY_RULE_OUTCOMES_KEY);
  }

  public static GlueFrame apply(GlueFrame frame, String ruleset) {
    return apply(frame, ruleset, PublishingOptions.defaults());
  }

  /**
   * Glue's {@code process_rows(frame, ruleset, publishing_options, additional_options)}: the frames
   * {@code ruleOutcomes}, {@code rowLevelOutcomes} and {@code originalData}.
   */
  public Map<String, GlueFrame> processRows(GlueFrame frame, String ruleset, PublishingOptions publishingOptions,
      AdditionalOptions additionalOptions) {
    DataQualityEvaluation evaluation = evaluate(frame.toDF(), DqdlRuleset.parse(ruleset), publishingOptions,
        additionalOptions);
    Map<String, GlueFrame> frames = new LinkedHashMap<>();
    frames.put(DATA_QUALITY_RULE_OUTCOMES_KEY, GlueFrame.fromDF(evaluation.outputs().ruleOutcomesDF(),
        DATA_QUALITY_RULE_OUTCOMES_KEY));
    frames.put(DATA_QUALITY_ROW_LEVEL_OUTCOMES_KEY, GlueFrame.fromDF(evaluation.outputs().rowLevelOutcomes(),
        DATA_QUALITY_ROW_LEVEL_OUTCOMES_KEY));
    frames.put(ORIGINAL_DATA_KEY, frame);
    return frames;
  }

  /**
   * Evaluates {@code ruleset} on {@code data} and publishes the result as {@code publishing} says. The ruleset is
   * checked against the data's columns before any Spark job.
   *
   * @throws InvalidRulesetException if the ruleset names columns or references the data lacks
   * @throws DataQualityFailedException if rules failed and the job stops {@link StopJobOnFailureTiming#IMMEDIATE
   *     immediately} on failure (with {@code AFTER_DATA_LOAD} the run fails after its commit instead)
   */
  public DataQualityEvaluation evaluate(Dataset<Row> data, DqdlRuleset ruleset, PublishingOptions publishing,
      AdditionalOptions additional) {
    DataQuality quality = DataQuality.onData(data).withCaching(additional.cacheInput())
        .withCompositeRulesByRow(additional.compositeRulesByRow());
    for (Map.Entry<String, Dataset<Row>> e : additionalDataSources.entrySet()) {
      quality = quality.withReference(e.getKey(), e.getValue());
    }
    String started = Instant.now().toString();
    DataQualityOutputs outputs = quality.run(ruleset);
    DataQualityResult result = new DataQualityResult(newResultId(), rulesetName, publishing.evaluationContext(),
        database, table, run == null ? null : run.jobName(), run == null ? null : run.runId(), started,
        Instant.now().toString(), outputs.ruleOutcomes());
    if (publishing.resultsPublishing() && run != null) {
      JobDataQualityResults.record(run.metrics(), result);
    }
    if (!publishing.resultsS3Prefix().isBlank()) {
      writeUnder(publishing.resultsS3Prefix(), result, data);
    }
    if (stopTiming != null && !result.passed()) {
      DataQualityFailedException failed = DataQualityErrors.rulesFailed(publishing.evaluationContext(),
          result.failedRules());
      if (stopTiming == StopJobOnFailureTiming.AFTER_DATA_LOAD && run != null) {
        run.failAfterCommit(failed);
      } else {
        throw failed;
      }
    }
    return new DataQualityEvaluation(result, outputs);
  }

  /** Glue writes each result under {@code resultsS3Prefix}; any Hadoop file system path works (s3a://, file:, …). */
  private static void writeUnder(String prefix, DataQualityResult result, Dataset<Row> data) {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(prefix, result.resultId() + ".json");
    try {
      FileSystem fs = file.getFileSystem(data.sparkSession().sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(file, true)) {
        out.write(ResultDocuments.toJson(result).toPrettyString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the data quality result to " + file + " (resultsS3Prefix): "
          + e.getMessage(), e);
    }
  }

  static String newResultId() {
    byte[] bytes = new byte[20];
    ThreadLocalRandom.current().nextBytes(bytes);
    return "dqresult-" + HexFormat.of().formatHex(bytes);
  }
}
