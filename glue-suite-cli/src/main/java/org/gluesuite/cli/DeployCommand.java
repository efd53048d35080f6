package org.gluesuite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsService;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.deploy.ArtifactStore;
import org.gluesuite.deploy.Change;
import org.gluesuite.deploy.DeployPlan;
import org.gluesuite.deploy.DeployReport;
import org.gluesuite.deploy.DeploySettings;
import org.gluesuite.deploy.DeployTarget;
import org.gluesuite.deploy.Deployer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code deploy plan|apply|destroy}: the repository's definitions to AWS Glue or a local glue-suite serve. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
    description = "Deploy the repository's definitions (catalog-schemas, Lake Formation grants, crawlers, workflows: "
        + "jobs, workflows, triggers; data quality rulesets) through the AWS SDK: plan shows each resource's change, "
        + "apply uploads the job jar and scripts and makes the changes in dependency order, destroy deletes what the project deployed "
        + "(tag glue-suite:project=NAME).")
final class DeployCommand implements Callable<Integer> {
  /** What the command does. */
  enum Operation { plan, apply, destroy }

  /** Where {@code --target local} deploys when no --endpoint is given: a default {@code glue-suite serve}. */
  static final URI LOCAL_ENDPOINT = URI.create("http://127.0.0.1:" + ServeCommand.DEFAULT_PORT);
  /** Where {@code --target local} uploads when no --s3-endpoint is given: a default {@code glue-suite serve}'s S3. */
  static final URI LOCAL_S3_ENDPOINT = URI.create("http://127.0.0.1:" + ServeCommand.DEFAULT_S3_PORT);
  static final String LOCAL_BUCKET = "glue-suite-artifacts";

  @ParentCommand
  GlueSuiteCli root;

  @Parameters(index = "0", paramLabel = "plan|apply|destroy", description = "plan, apply or destroy.")
  Operation operation;

  @Option(names = "--target", required = true, paramLabel = "aws|local",
      description = "aws: the account and region of your credentials; local: a glue-suite serve endpoint.")
  String target;

  @Option(names = "--profile", paramLabel = "P", description = "AWS profile for credentials and region (default: "
      + "AWS_PROFILE, else the SDK's default chain).")
  String profile;

  @Option(names = "--region", paramLabel = "R", description = "AWS region (default: AWS_REGION or the profile's; "
      + "us-east-1 for local).")
  String region;

  @Option(names = "--bucket", paramLabel = "B", description = "S3 bucket for the job jar and scripts (required for"
      + " aws; local default: " + LOCAL_BUCKET + ", made on serve's S3 server when missing).")
  String bucket;

  @Option(names = "--endpoint", paramLabel = "URL", description = "Endpoint of every service (local default: "
      + "http://127.0.0.1:" + ServeCommand.DEFAULT_PORT + "; aws: a VPC endpoint, say).")
  URI endpoint;

  @Option(names = "--s3-endpoint", paramLabel = "URL", description = "Endpoint of S3, where the jar and scripts go "
      + "(local default: http://127.0.0.1:" + ServeCommand.DEFAULT_S3_PORT + ", serve's S3 server).")
  URI s3Endpoint;

  @Option(names = "--project", paramLabel = "NAME", defaultValue = DeploySettings.DEFAULT_PROJECT,
      description = "Project whose tag glue-suite:project=NAME marks what is deployed (default: ${DEFAULT-VALUE}).")
  String project;

  @Option(names = "--definitions", paramLabel = "DIR", defaultValue = ".",
      description = "Repository root holding catalog-schemas/, lakeformation/, crawlers/ and workflows/ (default: .).")
  Path repository;

  @Option(names = "--jar", paramLabel = "FILE", description = "The deployable jar (default: "
      + "glue-jobs/target/glue-jobs-*-glue.jar of the repository).")
  Path jar;

  @Override
  public Integer call() {
    Console console = root.console();
    DeployTarget chosen = target();
    AwsSettings aws = awsSettings(chosen);
    AwsClientFactory clients = AwsClientFactory.create(aws);
    ArtifactStore artifacts = artifacts(chosen, clients);
    DeploySettings settings = new DeploySettings(chosen, project, repository.toAbsolutePath().normalize(),
        jar != null ? jar.toAbsolutePath() : defaultJar());
    try (Deployer deployer = Deployer.create(settings, clients, artifacts)) {
      return switch (operation) {
        case plan -> print(console, deployer.plan());
        case apply -> print(console, deployer.apply());
        case destroy -> print(console, deployer.destroy());
      };
    }
  }

  private DeployTarget target() {
    return switch (target) {
      case "aws" -> DeployTarget.AWS;
      case "local" -> DeployTarget.LOCAL;
      default -> throw new UsageException("--target is aws or local, not '" + target + "'.");
    };
  }

  private AwsSettings awsSettings(DeployTarget chosen) {
    AwsSettings.Builder builder = AwsSettings.builder();
    if (profile != null) {
      builder.profile(profile);
    }
    if (region != null) {
      builder.region(region);
    }
    if (chosen == DeployTarget.LOCAL) {
      builder.endpoint(endpoint != null ? endpoint : LOCAL_ENDPOINT);
      builder.endpoint(AwsService.S3, s3Endpoint != null ? s3Endpoint : LOCAL_S3_ENDPOINT);
      if (profile == null) {
        builder.staticCredentials("local", "local");   // serve accepts any keys unless --strict-auth
      }
      if (region == null) {
        builder.region("us-east-1");
      }
    } else {
      if (endpoint != null) {
        builder.endpoint(endpoint);
      }
      if (s3Endpoint != null) {
        builder.endpoint(AwsService.S3, s3Endpoint);
      }
    }
    return builder.build();
  }

  private ArtifactStore artifacts(DeployTarget chosen, AwsClientFactory clients) {
    if (chosen == DeployTarget.LOCAL) {
      // serve's S3 server writes s3://BUCKET/KEY to WORKSPACE/lake/BUCKET/KEY, where its jobs read it.
      return ArtifactStore.localS3(clients.s3(), bucket != null ? bucket : LOCAL_BUCKET);
    }
    return bucket == null ? ArtifactStore.none() : ArtifactStore.s3(clients.s3(), bucket);
  }

  private Path defaultJar() {
    Path target = repository.resolve("glue-jobs").resolve("target");
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("glue-jobs-.*-glue\\.jar")).findFirst()
          .map(Path::toAbsolutePath).orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int print(Console console, DeployPlan plan) {
    plan.lines().forEach(line -> console.line("%s", line));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("changes", plan.changes().stream().map(DeployCommand::json).toList());
    json.put("summary", plan.summary());
    console.json(json);
    return ExitCode.OK;
  }

  private static int print(Console console, DeployReport report) {
    report.lines().forEach(line -> console.line("%s", line));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("uploaded", report.uploaded());
    json.put("applied", report.applied().stream().filter(Change::changes).map(DeployCommand::json).toList());
    json.put("failed", report.failed() == null ? null : json(report.failed()));
    json.put("failure", report.failure());
    json.put("notApplied", report.notApplied().stream().map(DeployCommand::json).toList());
    console.json(json);
    if (!report.succeeded()) {
      console.error("deploy stopped at the failed change; fix its cause and run apply again: what was applied is"
          + " then unchanged and the rest is applied");
      return ExitCode.JOB_FAILED;
    }
    return ExitCode.OK;
  }

  private static Map<String, Object> json(Change change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", change.kind().label());
    json.put("name", change.name());
    json.put("action", change.action().name().toLowerCase(java.util.Locale.ROOT));
    json.put("details", change.details());
    json.put("source", change.source());
    return json;
  }
}
