package org.gluesuite.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsSettings;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationModel;
import org.gluesuite.serve.AccessKeys;
import org.gluesuite.serve.Authenticators;
import org.gluesuite.serve.ServeSettings;
import org.gluesuite.serve.lakeformation.LakeFormationState;
import org.gluesuite.serve.testing.ServeFixture;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.engine.JobLaunch;
import org.gluesuite.workflow.engine.JobLauncher;
import org.gluesuite.workflow.engine.JobOutcome;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * A real {@code glue-suite serve} for the deployer's tests (glue-serve's {@link ServeFixture}, with job operations
 * whose runs do nothing: deploying never runs a job), a copy of the repository's definitions to change, and the
 * operations the deployer called, as IAM names them ({@code glue:CreateJob}).
 */
final class DeployEndpoint implements AutoCloseable {
  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  static final String BUCKET = "deploy-artifacts";
  static final String PROJECT = "seed-test";
  static final String DEPLOYER = DataLakePrincipal.LOCAL_ADMIN.identifier();
  /** Keys of a caller who may change the Glue catalog but is no data lake administrator. */
  static final String NOT_ADMIN_KEY = "AKIDNOTADMIN";
  static final String NOT_ADMIN = "arn:aws:iam::000000000000:role/GlueOnlyDeployer";
  private static final ObjectMapper JSON = new ObjectMapper();

  final ServeFixture serve;
  final GlueClient glue;
  final Set<String> calledActions = new ConcurrentSkipListSet<>();
  final Path jar;

  /** Accepts every job but those named {@code unsupported-…} (so a test can make CreateJob fail); runs nothing. */
  static final class IdleLauncher implements JobLauncher {
    @Override
    public JobOutcome run(JobLaunch launch) {
      return JobOutcome.empty();
    }

    @Override
    public Optional<String> unsupportedReason(JobConfig job) {
      return job.name().startsWith("unsupported") ? Optional.of("job '" + job.name() + "' has no local"
          + " implementation") : Optional.empty();
    }
  }

  DeployEndpoint() {
    // The deployer calls as the data lake administrator: Lake Formation's changes are for administrators.
    serve = ServeFixture.start(ServeSettings.anyPort(DEPLOYER).withAuthenticator(Authenticators.anySignature(DEPLOYER,
        AccessKeys.of(List.of(new AccessKeys.AccessKey(NOT_ADMIN_KEY, "s", NOT_ADMIN))))), new IdleLauncher());
    glue = serve.glue();
    try {
      jar = Files.createTempFile(serve.workspace(), "glue-jobs-0.1.0-SNAPSHOT", "-glue.jar");
      Files.write(jar, "stands in for the shaded job jar".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Client settings for the endpoint that record each call's IAM action. */
  AwsSettings aws() {
    return serve.aws().toBuilder().addInterceptor(new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        // IAM's service prefixes are the SDK's service names in lower case: Glue → glue, LakeFormation → lakeformation.
        calledActions.add(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME).toLowerCase(Locale.ROOT) + ":"
            + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
      }
    }).build();
  }

  /** The Lake Formation state serve keeps (the one its jobs and queries decide by). */
  LakeFormationModel lakeFormation() {
    return LakeFormationState.forWorkspace(serve.workspace()).store().load();
  }

  Path lake() {
    return serve.workspace().resolve("lake");
  }

  Deployer deployer(Path repository) {
    return deployer(repository, aws());
  }

  Deployer deployer(Path repository, AwsSettings settings) {
    return Deployer.create(new DeploySettings(DeployTarget.LOCAL, PROJECT, repository, jar),
        AwsClientFactory.create(settings), ArtifactStore.lakeFolder(lake(), BUCKET));
  }

  /** Deletes every trigger, workflow, job, crawler, ruleset, database and Lake Formation item of the endpoint. */
  void empty() {
    LakeFormationState.forWorkspace(serve.workspace()).store().save(LakeFormationModel.empty());
    glue.listTriggers(r -> { }).triggerNames().forEach(n -> glue.deleteTrigger(r -> r.name(n)));
    glue.listWorkflows(r -> { }).workflows().forEach(n -> glue.deleteWorkflow(r -> r.name(n)));
    glue.listJobs(r -> { }).jobNames().forEach(n -> glue.deleteJob(r -> r.jobName(n)));
    glue.listCrawlers(r -> { }).crawlerNames().forEach(n -> glue.deleteCrawler(r -> r.name(n)));
    glue.listDataQualityRulesets(r -> { }).rulesets()
        .forEach(d -> glue.deleteDataQualityRuleset(r -> r.name(d.name())));
    serve.reset();
  }

  /** The repository's definitions copied to {@code target}, to be changed by a test. */
  static Path copyOfDefinitions(Path target) {
    for (String folder : List.of("catalog-schemas/definitions", "catalog-schemas/rulesets", "crawlers/definitions",
        "workflows/definitions", "lakeformation/definitions")) {
      Path from = REPOSITORY.resolve(folder);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.toList()) {
          Path to = target.resolve(folder).resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.copy(file, to);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return target;
  }

  /** The names of the resources the repository defines, read straight from its files. */
  static Set<String> definedNames(Path repository, ResourceKind kind) {
    Set<String> names = new TreeSet<>();
    switch (kind) {
      case DATABASE -> files(repository.resolve("catalog-schemas/definitions"), "database.json")
          .forEach(f -> names.add(f.getParent().getFileName().toString()));
      case TABLE -> files(repository.resolve("catalog-schemas/definitions"), null).stream()
          .filter(f -> !f.getFileName().toString().equals("database.json"))
          .forEach(f -> names.add(f.getParent().getFileName() + "." + name(f, "TableInput")));
      case CRAWLER -> files(repository.resolve("crawlers/definitions"), null).forEach(f -> names.add(name(f, null)));
      case JOB -> files(repository.resolve("workflows/definitions"), null).stream()
          .filter(f -> f.getParent().getFileName().toString().equals("jobs")).forEach(f -> names.add(name(f, null)));
      case WORKFLOW -> files(repository.resolve("workflows/definitions"), "workflow.json")
          .forEach(f -> names.add(name(f, null)));
      case TRIGGER -> files(repository.resolve("workflows/definitions"), null).stream()
          .filter(f -> f.getParent().getFileName().toString().equals("triggers"))
          .forEach(f -> names.add(name(f, null)));
      case RULESET -> files(repository.resolve("catalog-schemas/rulesets"), null)
          .forEach(f -> names.add(name(f, null)));
      default -> throw new IllegalArgumentException(kind.toString());
    }
    return names;
  }

  private static List<Path> files(Path root, String named) {
    try (Stream<Path> files = Files.walk(root)) {
      return new ArrayList<>(files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("/classifiers/"))
          .filter(f -> named == null || f.getFileName().toString().equals(named)).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file, String inside) {
    try {
      var json = JSON.readTree(file.toFile());
      return (inside == null ? json : json.get(inside)).get("Name").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    serve.close();
  }
}
