package org.gluesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gluesuite.deploy.DeployEndpoint.BUCKET;
import static org.gluesuite.deploy.DeployEndpoint.PROJECT;
import static org.gluesuite.deploy.DeployEndpoint.REPOSITORY;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.deploy.Change.Action;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.glue.model.GetDataQualityRulesetResponse;
import software.amazon.awssdk.services.glue.model.Job;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * The deployer against a real {@code glue-suite serve} through the SDK: the seed pipelines' definitions planned on an
 * empty endpoint, applied, applied again (nothing to do), changed, and destroyed, which leaves what others made.
 */
class DeployServeTest {
  private static DeployEndpoint endpoint;

  @TempDir
  Path scratch;

  @BeforeAll
  static void start() {
    endpoint = new DeployEndpoint();
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  @BeforeEach
  void emptyEndpoint() {
    endpoint.empty();
  }

  private static Set<String> names(DeployPlan plan, ResourceKind kind, Action action) {
    return plan.changes().stream().filter(c -> c.kind() == kind && c.action() == action).map(Change::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String arn(String resource) {
    return "arn:aws:glue:eu-west-1:" + Deployer.LOCAL_ACCOUNT + ":" + resource;
  }

  private static Map<String, String> tags(String resource) {
    return endpoint.glue.getTags(r -> r.resourceArn(arn(resource))).tags();
  }

  @Test
  void plan_onAnEmptyEndpoint_listsEveryResourceOfTheSeedPipelinesToCreate() {
    DeployPlan plan;
    try (Deployer deployer = endpoint.deployer(REPOSITORY)) {
      plan = deployer.plan();
    }

    for (ResourceKind kind : List.of(ResourceKind.DATABASE, ResourceKind.TABLE, ResourceKind.CRAWLER,
        ResourceKind.JOB, ResourceKind.WORKFLOW, ResourceKind.TRIGGER, ResourceKind.RULESET)) {
      assertThat(names(plan, kind, Action.CREATE)).as(kind.label() + "s to create")
          .isEqualTo(DeployEndpoint.definedNames(REPOSITORY, kind)).isNotEmpty();
    }
    assertThat(names(plan, ResourceKind.LOCATION, Action.CREATE)).contains("arn:aws:s3:::airquality/raw",
        "arn:aws:s3:::retail/serving", "arn:aws:s3:::shipping/models");
    assertThat(names(plan, ResourceKind.LF_TAG, Action.CREATE)).containsExactly("layer", "sensitivity");
    assertThat(names(plan, ResourceKind.LF_TAG_ASSIGNMENT, Action.CREATE)).containsExactlyInAnyOrder(
        "database airquality", "table airquality.no2_weather_daily", "columns airquality.no2_weather_daily [no2_hours]");
    assertThat(names(plan, ResourceKind.DATA_CELLS_FILTER, Action.CREATE))
        .containsExactly("airquality.no2_weather_daily/analyst_recent_days");
    assertThat(names(plan, ResourceKind.GRANT, Action.CREATE)).contains(
        "role/AirQualityCleanRole on LF-Tag policy TABLE layer=raw",
        "role/AirQualityAnalystRole on filter airquality.no2_weather_daily/analyst_recent_days",
        "role/AirQualityStewardRole on columns airquality.no2_weather_daily all but [no2_hours]",
        "role/AirQualityCleanRole on location arn:aws:s3:::airquality/curated");
    // Tables that crawlers and jobs make do not exist before the first run: Lake Formation needs them.
    assertThat(plan.changes()).filteredOn(c -> c.action() == Action.SKIPPED).extracting(Change::name)
        .contains("table airquality.no2_monthly", "role/ShippingPreprocessRole on table shipping.raw_shipping_logs")
        .allMatch(n -> n.contains("raw_") || n.contains("no2_monthly"));
    assertThat(plan.changes()).filteredOn(c -> c.action() == Action.SKIPPED).allSatisfy(c -> assertThat(
        c.details().get(0)).contains("does not exist yet (a crawler or job makes it)"));
    assertThat(names(plan, ResourceKind.WORKFLOW, Action.CREATE)).containsExactly("air-quality", "retail",
        "shipping");
    assertThat(plan.changes()).extracting(Change::kind).as("dependency order").isSortedAccordingTo(Enum::compareTo);
    assertThat(plan.changeCount()).isEqualTo(plan.changes().size() - plan.count(Action.SKIPPED));
    assertThat(names(plan, ResourceKind.RULESET, Action.CREATE)).containsExactly("no2_weather_daily_quality",
        "purchases_quality", "shipments_quality");
    assertThat(plan.lines()).contains("+ database airquality", "+ job air-quality-clean",
        "+ ruleset no2_weather_daily_quality",
        "+ table airquality.no2_weather_daily", "    location s3://airquality/curated/no2_weather_daily");
    assertThat(endpoint.glue.getDatabases(r -> { }).databaseList()).as("plan changes nothing").isEmpty();
  }

  @Test
  void apply_createsTaggedResources_aSecondApplyChangesNothing_andDestroyLeavesWhatOthersMade() throws Exception {
    DeployReport first;
    DeployPlan planned;
    try (Deployer deployer = endpoint.deployer(REPOSITORY)) {
      planned = deployer.plan();
      first = deployer.apply();
    }

    assertThat(first.succeeded()).as(String.join("\n", first.lines())).isTrue();
    assertThat(first.changeCount()).isEqualTo(planned.count(Action.CREATE)).isPositive();
    assertThat(tags("database/airquality")).containsEntry(DeploySettings.OWNER_TAG, PROJECT);
    assertThat(tags("crawler/airquality-raw")).containsEntry(DeploySettings.OWNER_TAG, PROJECT);
    assertThat(tags("job/shipping-train")).containsEntry(DeploySettings.OWNER_TAG, PROJECT);
    assertThat(tags("workflow/air-quality")).containsEntry(DeploySettings.OWNER_TAG, PROJECT);
    assertThat(tags("trigger/air-quality-after-clean")).containsEntry(DeploySettings.OWNER_TAG, PROJECT);
    assertThat(tags("dataQualityRuleset/shipments_quality")).containsEntry(DeploySettings.OWNER_TAG, PROJECT)
        .as("the file's own tags").containsEntry("pipeline", "shipping");
    GetDataQualityRulesetResponse ruleset = endpoint.glue.getDataQualityRuleset(r -> r.name("shipments_quality"));
    assertThat(ruleset.targetTable().databaseName() + "." + ruleset.targetTable().tableName())
        .isEqualTo("shipping.shipments");
    assertThat(ruleset.ruleset()).contains("IsPrimaryKey \"order_id\"");
    assertThat(endpoint.glue.getTrigger(r -> r.name("air-quality-after-crawl")).trigger().actions().get(0)
        .arguments()).containsEntry("--city", "Valmora");
    assertThat(endpoint.glue.getWorkflow(r -> r.name("air-quality")).workflow().defaultRunProperties())
        .containsEntry("pipeline", "air-quality");
    Table table = endpoint.glue.getTable(r -> r.databaseName("airquality").name("no2_weather_daily")).table();
    assertThat(table.storageDescriptor().location()).isEqualTo("s3://airquality/curated/no2_weather_daily");
    assertThat(table.parameters()).containsEntry(DeploySettings.OWNER_TAG, PROJECT)
        .containsEntry("classification", "parquet");
    assertThat(endpoint.glue.getCrawler(r -> r.name("airquality-raw")).crawler().databaseName())
        .isEqualTo("airquality");

    Job clean = endpoint.glue.getJob(r -> r.jobName("air-quality-clean")).job();
    String jarUri = "s3://" + BUCKET + "/jars/" + endpoint.jar.getFileName();
    assertThat(clean.defaultArguments()).containsEntry("--class", "org.gluesuite.jobs.airquality.AirQualityCleanJob")
        .containsEntry("--extra-jars", jarUri).containsEntry("--glue_suite_catalog", "glue")
        .containsEntry("--database", "airquality");
    assertThat(clean.glueVersion()).isEqualTo("5.1");
    assertThat(clean.workerTypeAsString()).isEqualTo("G.1X");
    assertThat(clean.numberOfWorkers()).isEqualTo(2);
    assertThat(clean.command().scriptLocation()).isEqualTo("s3://" + BUCKET + "/scripts/glue-suite-placeholder.scala");
    Job monthly = endpoint.glue.getJob(r -> r.jobName("air-quality-monthly")).job();
    assertThat(monthly.command().scriptLocation()).isEqualTo("s3://" + BUCKET + "/scripts/air-quality/sql/monthly.sql");
    assertThat(monthly.defaultArguments()).doesNotContainKey("--extra-jars");
    Path bucket = endpoint.lake().resolve(BUCKET);
    assertThat(bucket.resolve("jars").resolve(endpoint.jar.getFileName())).hasSameBinaryContentAs(endpoint.jar);
    assertThat(bucket.resolve("scripts/air-quality/sql/monthly.sql"))
        .hasSameTextualContentAs(REPOSITORY.resolve("workflows/definitions/air-quality/sql/monthly.sql"));
    assertThat(first.uploaded()).contains(jarUri);
    LakeFormationModel lakeFormation = endpoint.lakeFormation();
    assertThat(lakeFormation.tagKeys()).containsOnlyKeys("layer", "sensitivity");
    assertThat(lakeFormation.filters()).extracting(f -> f.name()).containsExactly("analyst_recent_days");
    // serve keeps s3://airquality/raw as the lake folder it stands for
    assertThat(lakeFormation.locations()).extracting(l -> l.resourceArn()).contains("${lake}/airquality/raw");
    assertThat(lakeFormation.effectiveTags("airquality", "no2_weather_daily", "no2_hours"))
        .containsEntry("layer", "curated").containsEntry("sensitivity", "restricted");
    assertThat(lakeFormation.grants()).extracting(g -> g.principal().identifier() + " " + g.resource().describe())
        .contains("arn:aws:iam::000000000000:role/AirQualityTrainRole tables tagged layer in [curated]");

    DeployReport second;
    DeployPlan again;
    try (Deployer deployer = endpoint.deployer(REPOSITORY)) {
      second = deployer.apply();
      again = deployer.plan();
    }
    assertThat(second.succeeded()).isTrue();
    assertThat(second.changeCount()).as(String.join("\n", second.lines())).isZero();
    assertThat(again.changeCount()).as(String.join("\n", again.lines())).isZero();
    assertThat(again.count(Action.UNCHANGED)).isEqualTo(planned.count(Action.CREATE));

    // Made outside the deployer: a database with a table, and a crawler into it.
    endpoint.glue.createDatabase(r -> r.databaseInput(d -> d.name("outside_db")));
    endpoint.glue.createTable(r -> r.databaseName("outside_db").tableInput(t -> t.name("notes")
        .storageDescriptor(s -> s.columns(c -> c.name("note").type("string")).location("s3://outside/notes"))));
    endpoint.glue.createCrawler(r -> r.name("outside-crawler").role("arn:aws:iam::000000000000:role/Crawler")
        .databaseName("outside_db").targets(t -> t.s3Targets(s -> s.path("s3://outside/raw"))));

    DeployPlan destroying;
    DeployReport destroyed;
    try (Deployer deployer = endpoint.deployer(REPOSITORY)) {
      destroying = deployer.destroyPlan();
      destroyed = deployer.destroy();
    }
    assertThat(destroying.changes()).extracting(Change::action).containsOnly(Action.DELETE);
    assertThat(destroying.changes()).extracting(Change::kind).as("triggers first, databases last")
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(destroyed.succeeded()).as(String.join("\n", destroyed.lines())).isTrue();
    assertThat(destroyed.changeCount()).isEqualTo(planned.count(Action.CREATE));
    assertThat(endpoint.glue.getDatabases(r -> { }).databaseList()).extracting(d -> d.name())
        .containsExactly("outside_db");
    assertThat(endpoint.glue.getTables(r -> r.databaseName("outside_db")).tableList()).extracting(t -> t.name())
        .containsExactly("notes");
    assertThat(endpoint.glue.listCrawlers(r -> { }).crawlerNames()).containsExactly("outside-crawler");
    assertThat(endpoint.glue.listJobs(r -> { }).jobNames()).isEmpty();
    assertThat(endpoint.glue.listWorkflows(r -> { }).workflows()).isEmpty();
    assertThat(endpoint.glue.listTriggers(r -> { }).triggerNames()).isEmpty();
    assertThat(endpoint.glue.listDataQualityRulesets(r -> { }).rulesets()).isEmpty();
    LakeFormationModel left = endpoint.lakeFormation();
    assertThat(left.grants()).as("grants").isEmpty();
    assertThat(left.filters()).isEmpty();
    assertThat(left.tagKeys()).isEmpty();
    assertThat(left.resourceTags()).isEmpty();
    assertThat(left.locations()).isEmpty();
  }

  @Test
  void aFailedCall_stopsWithWhatWasAppliedAndWhatNot_andARerunConverges() throws Exception {
    Path repository = DeployEndpoint.copyOfDefinitions(scratch);
    Path bad = repository.resolve("workflows/definitions/retail/jobs/unsupported-export.json");
    Files.writeString(bad, """
        {"Name": "unsupported-export", "Role": "arn:aws:iam::000000000000:role/Jobs",
         "Command": {"Name": "glueetl", "ScriptLocation": "s3://retail/scripts/export.py"}}
        """);

    DeployReport failed;
    try (Deployer deployer = endpoint.deployer(repository)) {
      failed = deployer.apply();
    }

    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.failed().name()).isEqualTo("unsupported-export");
    assertThat(failed.failure()).startsWith("InvalidInputException:").contains("has no local implementation");
    assertThat(failed.applied()).extracting(Change::name).contains("airquality", "retail.purchases",
        "retail-orders", "air-quality-clean", "retail-train").doesNotContain("shipping-train");
    assertThat(failed.notApplied()).extracting(Change::name).contains("shipping-preprocess", "shipping-train");
    assertThat(String.join("\n", failed.lines())).contains("FAILED: create job unsupported-export: "
        + "InvalidInputException", "not applied: + job shipping-train");
    assertThat(endpoint.glue.listJobs(r -> { }).jobNames()).contains("retail-train")
        .doesNotContain("shipping-train", "unsupported-export");

    Files.delete(bad);
    DeployReport rerun;
    DeployPlan after;
    try (Deployer deployer = endpoint.deployer(repository)) {
      rerun = deployer.apply();
      after = deployer.plan();
    }
    assertThat(rerun.succeeded()).as(String.join("\n", rerun.lines())).isTrue();
    assertThat(rerun.applied()).filteredOn(Change::changes).extracting(Change::name)
        .contains("shipping-train").doesNotContain("air-quality-clean", "airquality");
    assertThat(after.changeCount()).isZero();
  }

  @Test
  void plan_showsTheChangedFields_applyMakesThem_andSecretsAreNeverShown() throws Exception {
    Path repository = DeployEndpoint.copyOfDefinitions(scratch);
    try (Deployer deployer = endpoint.deployer(repository)) {
      assertThat(deployer.apply().succeeded()).isTrue();
    }
    Path crawler = repository.resolve("crawlers/definitions/airquality-raw.json");
    Files.writeString(crawler, Files.readString(crawler).replace("\"TablePrefix\": \"raw_\"",
        "\"TablePrefix\": \"landing_\""));
    Path table = repository.resolve("catalog-schemas/definitions/airquality/no2_weather_daily.json");
    Files.writeString(table, Files.readString(table).replace("Mean wind speed, m/s", "Mean wind speed (m/s)"));
    Path ruleset = repository.resolve("catalog-schemas/rulesets/retail/purchases.json");
    Files.writeString(ruleset, Files.readString(ruleset).replace("IsComplete \\\"invoice_no\\\",\\n  IsComplete"
        + " \\\"stock_code\\\"", "IsComplete \\\"stock_code\\\",\\n  IsComplete \\\"invoice_no\\\""));
    Path job = repository.resolve("workflows/definitions/retail/jobs/retail-clean.json");
    Files.writeString(job, Files.readString(job).replace("\"DefaultArguments\": {",
        "\"DefaultArguments\": {\"--db_password\": \"hunter2-secret\", "));

    DeployPlan plan;
    try (Deployer deployer = endpoint.deployer(repository)) {
      plan = deployer.plan();
    }

    assertThat(plan.changes()).filteredOn(Change::changes).extracting(c -> c.kind().label() + " " + c.name())
        .containsExactlyInAnyOrder("table airquality.no2_weather_daily", "crawler airquality-raw",
            "job retail-clean", "ruleset purchases_quality");
    assertThat(plan.changes()).filteredOn(c -> c.name().equals("purchases_quality")).singleElement()
        .extracting(Change::details).asList()
        .containsExactly("Ruleset: the same rules, reordered or written differently");
    assertThat(plan.changes()).filteredOn(c -> c.name().equals("airquality-raw")).singleElement()
        .extracting(Change::details).asList().containsExactly("TablePrefix: raw_ → landing_");
    assertThat(plan.changes()).filteredOn(c -> c.name().equals("airquality.no2_weather_daily")).singleElement()
        .extracting(Change::details).asList()
        .containsExactly("~ column wind_speed comment: \"Mean wind speed, m/s\" → \"Mean wind speed (m/s)\"");
    assertThat(plan.changes()).filteredOn(c -> c.name().equals("retail-clean")).singleElement()
        .extracting(Change::details).asList().containsExactly("DefaultArguments.--db_password: (none) → ****");
    assertThat(String.join("\n", plan.lines())).doesNotContain("hunter2");

    Files.writeString(job, Files.readString(job).replace("\"--db_password\": \"hunter2-secret\", ", ""));
    DeployReport applied;
    DeployPlan after;
    try (Deployer deployer = endpoint.deployer(repository)) {
      applied = deployer.apply();
      after = deployer.plan();
    }
    assertThat(applied.succeeded()).as(String.join("\n", applied.lines())).isTrue();
    assertThat(applied.changeCount()).isEqualTo(3);
    assertThat(endpoint.glue.getCrawler(r -> r.name("airquality-raw")).crawler().tablePrefix()).isEqualTo("landing_");
    assertThat(endpoint.glue.getDataQualityRuleset(r -> r.name("purchases_quality")).ruleset())
        .contains("IsComplete \"stock_code\",\n  IsComplete \"invoice_no\"");
    assertThat(after.changeCount()).isZero();
  }

  @Test
  void aResourceThatExistsUntagged_isAdopted_andOneOfAnotherProjectIsLeftAlone() {
    endpoint.glue.createDatabase(r -> r.databaseInput(d -> d.name("airquality").description("Air quality: NO2 from"
        + " weather")));
    endpoint.glue.createDatabase(r -> r.databaseInput(d -> d.name("retail")).tags(Map.of(DeploySettings.OWNER_TAG,
        "someone-else")));

    DeployPlan plan;
    try (Deployer deployer = endpoint.deployer(REPOSITORY)) {
      plan = deployer.plan();
    }

    assertThat(plan.changes()).filteredOn(c -> c.kind() == ResourceKind.DATABASE && c.name().equals("airquality"))
        .singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(Action.UPDATE);
      assertThat(c.details()).containsExactly("tag glue-suite:project: (none) → " + PROJECT
          + " (exists untagged; adopted)");
    });
    assertThat(plan.changes()).filteredOn(c -> c.kind() == ResourceKind.DATABASE && c.name().equals("retail"))
        .singleElement().satisfies(c -> {
      assertThat(c.action()).isEqualTo(Action.SKIPPED);
      assertThat(c.details().get(0)).startsWith("owned by project someone-else");
    });
  }

  @Test
  void accessDeniedMidApply_stopsAndReportsWhatWasApplied_andARerunWithThePermissionConverges() {
    DeployReport denied;
    try (Deployer deployer = endpoint.deployer(REPOSITORY, endpoint.aws().toBuilder()
        .staticCredentials(DeployEndpoint.NOT_ADMIN_KEY, "s").build())) {
      denied = deployer.apply();
    }

    assertThat(denied.succeeded()).isFalse();
    assertThat(denied.failed().kind()).isEqualTo(ResourceKind.LOCATION);
    assertThat(denied.failure()).startsWith("AccessDeniedException:").contains(DeployEndpoint.NOT_ADMIN);
    assertThat(denied.applied()).extracting(Change::kind).containsOnly(ResourceKind.DATABASE, ResourceKind.TABLE);
    assertThat(denied.notApplied()).extracting(Change::kind).contains(ResourceKind.GRANT, ResourceKind.JOB,
        ResourceKind.TRIGGER);
    assertThat(String.join("\n", denied.lines())).contains("FAILED: create lf-location arn:aws:s3:::",
        "not applied: + lf-grant ", "not applied: + trigger air-quality-start");
    assertThat(endpoint.glue.listJobs(r -> { }).jobNames()).isEmpty();

    DeployReport rerun;
    try (Deployer deployer = endpoint.deployer(REPOSITORY)) {
      rerun = deployer.apply();
    }
    assertThat(rerun.succeeded()).as(String.join("\n", rerun.lines())).isTrue();
    assertThat(rerun.applied()).filteredOn(Change::changes).extracting(Change::kind)
        .doesNotContain(ResourceKind.DATABASE, ResourceKind.TABLE).contains(ResourceKind.GRANT, ResourceKind.JOB);
  }

  @Test
  void aThrottledCall_isRetriedByTheSdk_andThePlanCompletes() {
    java.util.concurrent.atomic.AtomicInteger throttled = new java.util.concurrent.atomic.AtomicInteger();
    // The SDK's standard retry strategy, as the CLI builds it (the fixture's clients otherwise make one attempt).
    AwsSettings throttling = endpoint.aws().toBuilder().maxAttempts(AwsSettings.DEFAULT_MAX_ATTEMPTS)
        .addInterceptor(new ExecutionInterceptor() {
      @Override
      public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if ("GetDatabase".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
            && throttled.getAndIncrement() == 0) {
          return context.httpResponse().toBuilder().statusCode(400)
              .putHeader("x-amzn-ErrorType", "ThrottlingException").build();
        }
        return context.httpResponse();
      }

      @Override
      public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
          ExecutionAttributes attributes) {
        return context.httpResponse().statusCode() == 400 && throttled.get() == 1
            ? Optional.of(new ByteArrayInputStream("{\"__type\": \"ThrottlingException\", \"message\": \"Rate exceeded\"}"
                .getBytes(StandardCharsets.UTF_8))) : context.responseBody();
      }
    }).build();

    DeployPlan plan;
    try (Deployer deployer = endpoint.deployer(REPOSITORY, throttling)) {
      plan = deployer.plan();
    }

    assertThat(throttled.get()).as("GetDatabase answered once with ThrottlingException, then retried").isGreaterThan(1);
    assertThat(plan.count(Action.CREATE)).isPositive();
  }
}
