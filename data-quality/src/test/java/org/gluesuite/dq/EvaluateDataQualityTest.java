package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobFailedException;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** Glue's EvaluateDataQuality: its outputs, its options, publishing into job runs and stopping them on failure. */
class EvaluateDataQualityTest {
  private static final String RULESET = "Rules = [ RowCount = 3, IsComplete \"amount\" ]";

  private static Dataset<Row> orders() {
    return TestSpark.session().createDataFrame(List.of(RowFactory.create(1, 10.0), RowFactory.create(2, null),
        RowFactory.create(3, 5.0)), new StructType().add("id", DataTypes.IntegerType)
        .add("amount", DataTypes.DoubleType));
  }

  @Test
  void apply_returnsRuleOutcomesAsAFrame() {
    GlueFrame outcomes = EvaluateDataQuality.apply(GlueFrame.fromDF(orders(), "orders"), RULESET);
    List<Row> rows = outcomes.toDF().collectAsList();
    assertThat(outcomes.toDF().columns()).containsExactly("Rule", "Outcome", "FailureReason", "EvaluatedMetrics");
    assertThat(rows).extracting(r -> r.getString(0) + " " + r.getString(1))
        .containsExactly("RowCount = 3 Passed", "IsComplete \"amount\" Failed");
  }

  @Test
  void processRows_returnsGluesThreeFrames() {
    Map<String, GlueFrame> frames = new EvaluateDataQuality().processRows(GlueFrame.fromDF(orders(), "orders"),
        RULESET, PublishingOptions.defaults(), AdditionalOptions.defaults());
    assertThat(frames).containsOnlyKeys("ruleOutcomes", "rowLevelOutcomes", "originalData");
    assertThat(frames.get("rowLevelOutcomes").toDF().where("DataQualityEvaluationResult = 'Failed'").count())
        .isEqualTo(1);
    assertThat(frames.get("originalData").count()).isEqualTo(3);
  }

  @Test
  void options_areGluesNamesParsedOnce_andUnknownOnesAreRejected() {
    PublishingOptions publishing = PublishingOptions.of(Map.of("dataQualityEvaluationContext", "orders_check",
        "enableDataQualityResultsPublishing", "false", "resultsS3Prefix", "s3://bucket/dq"));
    assertThat(publishing).isEqualTo(new PublishingOptions("orders_check", false, false, "s3://bucket/dq"));
    assertThat(AdditionalOptions.of(Map.of("performanceTuning.caching", "CACHE_NOTHING", "observations.scope", "ALL",
        "compositeRuleEvaluation.method", "ROW"))).isEqualTo(new AdditionalOptions(false, true));
    assertThatThrownBy(() -> PublishingOptions.of(Map.of("enableDataQualityResults", true)))
        .isInstanceOf(InvalidDataQualityOptionException.class)
        .hasMessageContaining("enableDataQualityResults is not one Glue defines")
        .hasMessageContaining("enableDataQualityResultsPublishing");
    assertThatThrownBy(() -> AdditionalOptions.of(Map.of("performanceTuning.caching", "CACHE_ALL")))
        .isInstanceOf(InvalidDataQualityOptionException.class).hasMessageContaining("CACHE_INPUT or CACHE_NOTHING");
  }

  @Test
  void resultsS3Prefix_getsOneJsonDocumentPerResult() throws Exception {
    Path prefix = TestSpark.newFolder("dq-prefix");
    DataQualityEvaluation evaluation = new EvaluateDataQuality().evaluate(orders(), DqdlRuleset.parse(RULESET),
        PublishingOptions.defaults().withResultsS3Prefix(prefix.toUri().toString()), AdditionalOptions.defaults());
    Path written = prefix.resolve(evaluation.result().resultId() + ".json");
    assertThat(Files.readString(written)).contains("\"Result\" : \"FAIL\"").contains("\"Description\" : \"RowCount = 3\"");
  }

  @Test
  void inRun_publishesToTheRunRecord_andImmediateStopFailsTheJobBeforeItsWrite() throws Exception {
    Path folder = TestSpark.newFolder("dq-run");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);
      Path target = folder.resolve("out");
      GlueJob job = context -> {
        EvaluateDataQuality.inRun(context).onTable("sales", "orders").withRulesetName("orders_rules")
            .stopJobOnFailure(StopJobOnFailureTiming.IMMEDIATE)
            .evaluate(orders(), DqdlRuleset.parse(RULESET), PublishingOptions.defaults(), AdditionalOptions.defaults());
        context.glue().getSinkWithFormat(SinkOptions.of(target.toString(), StorageFormat.PARQUET))
            .writeDataFrame(orders());
      };
      assertThatThrownBy(() -> runner.run("orders-clean", job, JobArgumentParser.parse(new String[0])))
          .isInstanceOfSatisfying(JobFailedException.class, e -> {
            JobRunRecord record = e.record();
            assertThat(record.state()).isEqualTo(JobRunState.FAILED);
            assertThat(record.errorMessage()).contains("DataQualityFailedException")
                .contains("IsComplete \"amount\"");
            List<DataQualityResult> published = JobDataQualityResults.in(record.results());
            assertThat(published).singleElement().satisfies(r -> {
              assertThat(r.table()).isEqualTo("sales.orders");
              assertThat(r.rulesetName()).isEqualTo("orders_rules");
              assertThat(r.jobName()).isEqualTo("orders-clean");
              assertThat(r.score()).isEqualTo(0.5);
            });
          });
      assertThat(target).doesNotExist();
    }
  }

  @Test
  void afterDataLoadStop_publishesTheDataThenFailsTheRun() throws Exception {
    Path folder = TestSpark.newFolder("dq-after-load");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      FileJobRunStore store = new FileJobRunStore(folder.resolve("runs"));
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), store);
      Path target = folder.resolve("out");
      GlueJob job = context -> {
        EvaluateDataQuality.inRun(context).stopJobOnFailure(StopJobOnFailureTiming.AFTER_DATA_LOAD)
            .evaluate(orders(), DqdlRuleset.parse(RULESET), PublishingOptions.defaults(), AdditionalOptions.defaults());
        context.glue().getSinkWithFormat(SinkOptions.of(target.toString(), StorageFormat.PARQUET))
            .writeDataFrame(orders());
      };
      assertThatThrownBy(() -> runner.run("orders-load", job, JobArgumentParser.parse(new String[0])))
          .isInstanceOfSatisfying(JobFailedException.class, e ->
              assertThat(e.record().state()).isEqualTo(JobRunState.FAILED));
      assertThat(TestSpark.session().read().parquet(target.toString()).count()).isEqualTo(3);
      assertThat(store.list("orders-load")).singleElement().satisfies(r -> {
        assertThat(r.state()).isEqualTo(JobRunState.FAILED);
        assertThat(r.rowsWritten()).isEqualTo(3);
      });
    }
  }

  @Test
  void inRun_whenRulesPassOrNoStopIsAsked_theRunSucceedsWithItsResult() throws Exception {
    Path folder = TestSpark.newFolder("dq-pass");
    try (DataCatalog catalog = EmbeddedCatalog.open(folder.resolve("catalog"))) {
      JobRunner runner = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog),
          new FileJobRunStore(folder.resolve("runs")));
      JobRunRecord record = runner.run("orders-check", context -> EvaluateDataQuality.inRun(context)
          .evaluate(orders(), DqdlRuleset.parse(RULESET), PublishingOptions.defaults(), AdditionalOptions.defaults()),
          JobArgumentParser.parse(new String[0]));
      assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(JobDataQualityResults.in(record.results())).singleElement()
          .satisfies(r -> assertThat(r.passed()).isFalse());
    }
  }
}
