package org.gluesuite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.aws.AwsClientFactory;
import org.gluesuite.aws.AwsService;
import org.gluesuite.aws.catalog.GlueDataCatalog;
import org.gluesuite.aws.catalog.RemoteCatalogException;
import org.gluesuite.common.Failures;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.deploy.internal.DesiredState;
import org.gluesuite.deploy.internal.LfItem;
import org.gluesuite.deploy.internal.Planner;
import org.gluesuite.deploy.internal.RepositoryDefinitions;
import org.gluesuite.deploy.internal.Step;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * {@code plan}, {@code apply} and {@code destroy} of the repository's definitions on AWS Glue or a local
 * {@code glue-suite serve}, through the SDK v2 clients of one {@link AwsClientFactory}. The definitions are read and
 * checked before any call; then the credentials and the endpoint are checked (STS on AWS), then the state is read.
 * {@code apply} stores the artifacts, then makes the planned changes in dependency order and stops at the first
 * failure, reporting what was applied and what was not; a re-run converges. Everything created is tagged
 * {@code glue-suite:project=NAME}; {@code destroy} deletes only what carries the project's tag.
 */
public final class Deployer implements AutoCloseable {
  /** The account {@code glue-suite serve} answers for: any account works there, this one is the convention. */
  static final String LOCAL_ACCOUNT = "000000000000";

  private final DeploySettings settings;
  private final AwsClientFactory clients;
  private final ArtifactStore artifacts;
  private final GlueClient glue;
  private final LakeFormationClient lakeFormation;
  private final GlueDataCatalog catalog;

  private Deployer(DeploySettings settings, AwsClientFactory clients, ArtifactStore artifacts) {
    this.settings = settings;
    this.clients = clients;
    this.artifacts = artifacts;
    this.glue = clients.glue();
    this.lakeFormation = clients.lakeFormation();
    this.catalog = GlueDataCatalog.create(clients.glue());
  }

  /** A deployer of {@code settings} whose clients come from {@code clients} and artifacts go to {@code artifacts}. */
  public static Deployer create(DeploySettings settings, AwsClientFactory clients, ArtifactStore artifacts) {
    return new Deployer(settings, clients, artifacts);
  }

  /** What {@link #apply} would do. Reads only. */
  public DeployPlan plan() {
    DesiredState desired = desired();
    return new DeployPlan(read(() -> planner().plan(desired)).stream().map(Step::change).toList());
  }

  /** Stores the artifacts, then makes the plan's changes in order; stops at the first failure. */
  public DeployReport apply() {
    DesiredState desired = desired();
    List<Step> steps = read(() -> planner().plan(desired));
    List<String> uploaded = upload(desired);
    return execute(uploaded, steps);
  }

  /** What {@link #destroy} would delete. Reads only. */
  public DeployPlan destroyPlan() {
    List<LfItem> lakeFormationItems = lakeFormationItems();
    return new DeployPlan(read(() -> planner().destroy(lakeFormationItems)).stream().map(Step::change).toList());
  }

  /**
   * Deletes every resource tagged as the project's: triggers first, databases last; Lake Formation's items of the
   * owned databases before them (Lake Formation keeps no tags: the definitions say which items are the project's).
   */
  public DeployReport destroy() {
    List<LfItem> lakeFormationItems = lakeFormationItems();
    return execute(List.of(), read(() -> planner().destroy(lakeFormationItems)));
  }

  private List<LfItem> lakeFormationItems() {
    if (settings.target() == DeployTarget.AWS) {
      credentials();
    }
    return RepositoryDefinitions.lakeFormation(settings.repository());
  }

  /** Planning reads only; a service error while reading is reported as such, with what it means. */
  private static List<Step> read(java.util.function.Supplier<List<Step>> planning) {
    try {
      return planning.get();
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? String.valueOf(e.statusCode()) : e.awsErrorDetails().errorCode();
      throw DeployErrors.stateUnreadable(code, e.awsErrorDetails() == null ? e.getMessage()
          : e.awsErrorDetails().errorMessage(), e);
    } catch (RemoteCatalogException e) {
      throw DeployErrors.stateUnreadable(e.errorCode(), e.getMessage(), e);
    }
  }

  /** The definitions, checked before any call; on AWS the credentials are found first (no call needed). */
  private DesiredState desired() {
    if (settings.target() == DeployTarget.AWS) {
      credentials();
    }
    return RepositoryDefinitions.read(settings.repository(), artifacts, settings.jar());
  }

  private void credentials() {
    try {
      clients.credentialsProvider().resolveCredentials();
    } catch (SdkClientException e) {
      throw DeployErrors.credentialsMissing(e);
    }
  }

  /** Checks the credentials and the endpoint, then plans against what the endpoint has. */
  private Planner planner() {
    String account = settings.target() == DeployTarget.AWS ? awsAccount() : localAccount();
    String region = glue.serviceClientConfiguration().region().id();
    return new Planner(catalog, glue, lakeFormation, region, account, settings.project());
  }

  private String awsAccount() {
    credentials();
    try (StsClient sts = clients.sts()) {
      return sts.getCallerIdentity().account();
    } catch (AwsServiceException e) {
      throw DeployErrors.credentialsRejected(e.awsErrorDetails() == null ? String.valueOf(e.statusCode())
          : e.awsErrorDetails().errorCode(), e);
    } catch (SdkClientException e) {
      throw DeployErrors.endpointUnreachable(clients.settings().endpoint(AwsService.STS).orElse(null), e);
    }
  }

  private String localAccount() {
    try {
      glue.getDatabases(r -> r.maxResults(1));
      return LOCAL_ACCOUNT;
    } catch (SdkClientException e) {
      URI endpoint = clients.settings().endpoint(AwsService.GLUE).orElse(null);
      throw DeployErrors.endpointUnreachable(endpoint, e);
    }
  }

  private List<String> upload(DesiredState desired) {
    if (desired.artifacts().isEmpty()) {
      return List.of();
    }
    for (DesiredState.Artifact artifact : desired.artifacts()) {
      if (!RepositoryDefinitions.PLACEHOLDER_KEY.equals(artifact.key())
          && (artifact.file() == null || !Files.isRegularFile(artifact.file()))) {
        throw DeployErrors.jarMissing(artifact.file());
      }
    }
    artifacts.check();
    List<String> uploaded = new ArrayList<>();
    for (DesiredState.Artifact artifact : desired.artifacts()) {
      Path file = artifact.file() == null ? placeholderScript() : artifact.file();
      artifacts.put(artifact.key(), file);
      uploaded.add(artifacts.uri(artifact.key()));
    }
    return uploaded;
  }

  /** Glue runs a Scala job's {@code --class} from {@code --extra-jars}, but its ScriptLocation must exist. */
  private static Path placeholderScript() {
    try {
      Path file = Files.createTempFile("glue-suite-placeholder", ".scala");
      file.toFile().deleteOnExit();
      Files.writeString(file, "// Glue Suite jobs run the class named by --class from the jar in --extra-jars;\n"
          + "// AWS Glue requires a script location, and this file is it.\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DeployReport execute(List<String> uploaded, List<Step> steps) {
    List<Change> applied = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      try {
        step.action().run();
      } catch (SdkException | GlueSuiteException e) {
        List<Change> rest = steps.subList(i + 1, steps.size()).stream().map(Step::change).filter(Change::changes)
            .toList();
        return new DeployReport(uploaded, applied, step.change(), reason(e), rest);
      }
      applied.add(step.change());
    }
    return new DeployReport(uploaded, applied, null, null, List.of());
  }

  private static String reason(Exception e) {
    if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
    }
    return Failures.reason(e);
  }

  @Override
  public void close() {
    glue.close();
    lakeFormation.close();
    catalog.close();
    artifacts.close();
  }
}
