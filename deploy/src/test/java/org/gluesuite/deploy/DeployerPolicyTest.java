package org.gluesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.gluesuite.deploy.Change.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full cycle against {@code glue-suite serve} — create, update one resource of every kind (Lake Formation's
 * included), delete one no longer defined, destroy — recording every SDK operation the deployer calls; each must be allowed by the IAM policy in
 * {@code deploy/iam/deployer-policy.json}, and the policy allows nothing more.
 */
class DeployerPolicyTest {
  /**
   * Calls a local endpoint cannot show: the S3 artifact store's HeadBucket (IAM's s3:ListBucket) and PutObject,
   * STS's GetCallerIdentity (the AWS target's first call), iam:PassRole, which AWS checks when a job or crawler
   * names its role, and the IAM calls Lake Formation makes for the caller when a location is registered with its
   * service-linked role (it creates the role and its inline policy on the first registration).
   */
  private static final Set<String> AWS_ONLY = Set.of("s3:ListBucket", "s3:PutObject", "sts:GetCallerIdentity",
      "iam:PassRole", "iam:CreateServiceLinkedRole", "iam:PutRolePolicy");
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

  private static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertThat(text).as(file.toString()).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void everyOperationOfAFullCycle_isAllowedByTheDeployerPolicy_andNothingElseIs() throws Exception {
    Path repository = DeployEndpoint.copyOfDefinitions(scratch);
    try (Deployer deployer = endpoint.deployer(repository)) {
      assertThat(deployer.apply().succeeded()).isTrue();
    }
    replace(repository.resolve("catalog-schemas/definitions/airquality/database.json"), "NO2 from weather",
        "NO2 and weather");
    replace(repository.resolve("catalog-schemas/definitions/airquality/no2_weather_daily.json"),
        "Precipitation, mm", "Precipitation (mm)");
    replace(repository.resolve("crawlers/definitions/retail-orders.json"), "\"Description\": \"",
        "\"Description\": \"Hourly ");
    Path workflow = repository.resolve("workflows/definitions/air-quality");
    replace(workflow.resolve("jobs/air-quality-train.json"), "\"Timeout\": 120", "\"Timeout\": 90");
    replace(workflow.resolve("workflow.json"), "\"MaxConcurrentRuns\": 1", "\"MaxConcurrentRuns\": 2");
    replace(workflow.resolve("triggers/after-crawl.json"), "\"Valmora\"", "\"Lindholm\"");
    Files.delete(workflow.resolve("triggers/on-failure.json"));
    replace(repository.resolve("catalog-schemas/rulesets/airquality/no2_weather_daily.json"),
        "Completeness \\\"temp_mean\\\" >= 0.95", "Completeness \\\"temp_mean\\\" >= 0.9");
    Path grants = repository.resolve("lakeformation/definitions/airquality.json");
    replace(grants, "[\"raw\", \"curated\"]", "[\"raw\", \"curated\", \"archive\"]");
    replace(grants, "year >= '2023'", "year >= '2024'");
    replace(grants, "\"ColumnNames\": [\"no2_hours\"]}},\n     \"LFTags\": [{\"TagKey\": \"sensitivity\", \"TagValues\":"
        + " [\"restricted\"]}]", "\"ColumnNames\": [\"no2_hours\"]}},\n     \"LFTags\": [{\"TagKey\": \"sensitivity\","
        + " \"TagValues\": [\"public\"]}]");
    replace(grants, "\"Permissions\": [\"INSERT\", \"ALTER\", \"DESCRIBE\"]", "\"Permissions\": [\"INSERT\", \"DESCRIBE\"]");
    replace(grants, """
            {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::000000000000:role/AirQualityCleanRole"},
             "Resource": {"Database": {"Name": "airquality"}},
             "Permissions": ["CREATE_TABLE"]},
        """, "");

    DeployPlan plan;
    DeployReport applied;
    try (Deployer deployer = endpoint.deployer(repository)) {
      plan = deployer.plan();
      applied = deployer.apply();
    }
    assertThat(plan.changes()).filteredOn(Change::changes).extracting(c -> c.action().mark() + " "
        + c.kind().label() + " " + c.name()).containsExactlyInAnyOrder("~ database airquality",
        "~ table airquality.no2_weather_daily", "~ crawler retail-orders", "~ job air-quality-train",
        "~ workflow air-quality", "~ trigger air-quality-after-crawl", "- trigger air-quality-on-failure",
        "~ ruleset no2_weather_daily_quality",
        "~ lf-tag layer", "~ data-cells-filter airquality.no2_weather_daily/analyst_recent_days",
        "~ lf-tag-assignment columns airquality.no2_weather_daily [no2_hours]",
        "~ lf-grant role/AirQualityCleanRole on table airquality.no2_weather_daily",
        "- lf-grant role/AirQualityCleanRole on database airquality");
    assertThat(plan.changes()).filteredOn(c -> c.kind() == ResourceKind.GRANT && c.action() == Action.UPDATE)
        .singleElement().extracting(Change::details).asList()
        .containsExactly("Permissions: [ALTER, DESCRIBE, INSERT] → [DESCRIBE, INSERT]");
    assertThat(plan.changes()).filteredOn(c -> c.kind() == ResourceKind.DATA_CELLS_FILTER).singleElement()
        .extracting(Change::details).asList().singleElement().asString().contains("2023").contains("2024");
    assertThat(plan.changes()).filteredOn(c -> c.name().equals("air-quality-after-crawl")).singleElement()
        .extracting(Change::details).asList().containsExactly("Actions[0].Arguments.--city: Valmora → Lindholm");
    assertThat(applied.succeeded()).as(String.join("\n", applied.lines())).isTrue();
    assertThat(plan.changes()).filteredOn(c -> c.kind() == ResourceKind.RULESET && c.changes()).singleElement()
        .extracting(Change::details).asList().containsExactly("Ruleset: - Completeness \"temp_mean\" >= 0.95",
            "Ruleset: + Completeness \"temp_mean\" >= 0.9");
    assertThat(applied.changeCount()).isEqualTo(13);
    assertThat(endpoint.glue.getDataQualityRuleset(r -> r.name("no2_weather_daily_quality")).ruleset())
        .contains("Completeness \"temp_mean\" >= 0.9,");
    assertThat(endpoint.lakeFormation().tagKeys().get("layer")).containsExactly("raw", "curated", "archive");
    assertThat(endpoint.lakeFormation().filters()).singleElement()
        .satisfies(f -> assertThat(f.rowFilter().expression()).contains("2024"));
    assertThat(endpoint.glue.getJob(r -> r.jobName("air-quality-train")).job().timeout()).isEqualTo(90);
    assertThat(endpoint.glue.getWorkflow(r -> r.name("air-quality")).workflow().maxConcurrentRuns()).isEqualTo(2);
    assertThat(endpoint.glue.getTrigger(r -> r.name("air-quality-after-crawl")).trigger().actions().get(0)
        .arguments()).containsEntry("--city", "Lindholm");
    assertThat(endpoint.glue.listTriggers(r -> { }).triggerNames()).doesNotContain("air-quality-on-failure");
    try (Deployer deployer = endpoint.deployer(repository)) {
      assertThat(deployer.plan().changeCount()).isZero();
      assertThat(deployer.destroy().succeeded()).isTrue();
    }

    JsonNode policy = new ObjectMapper().readTree(DeployEndpoint.REPOSITORY.resolve("deploy/iam/deployer-policy.json")
        .toFile());
    Set<String> allowed = new TreeSet<>();
    policy.get("Statement").forEach(statement -> statement.get("Action").forEach(a -> allowed.add(a.asText())));
    Set<String> needed = new TreeSet<>(endpoint.calledActions);
    assertThat(needed).as("recorded calls").contains("glue:UpdateJob", "glue:DeleteTrigger", "glue:TagResource",
        "lakeformation:UpdateLFTag", "lakeformation:RevokePermissions", "lakeformation:DeleteLFTag",
        "glue:UpdateDataQualityRuleset", "glue:DeleteDataQualityRuleset");
    needed.addAll(AWS_ONLY);
    assertThat(allowed).isEqualTo(needed);
  }
}
