package org.gluesuite.deploy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.Failures;

/** Every user-facing message of the deployer: what went wrong, why, and what to set or change. */
public final class DeployErrors {
  private DeployErrors() {
  }

  public static DeployConfigurationException badProject(String project) {
    return new DeployConfigurationException("'" + project + "' is not a project name: the deployer tags what it"
        + " creates with " + DeploySettings.OWNER_TAG + "=NAME, so NAME is 1-128 letters, digits, '_', '.' or '-',"
        + " starting with a letter or digit.", null);
  }

  public static DeployConfigurationException credentialsMissing(Throwable cause) {
    return new DeployConfigurationException("No AWS credentials were found (" + Failures.reason(cause) + "). Set"
        + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), or AWS_PROFILE"
        + " to a profile of ~/.aws/config, or run where a role provides them. Nothing was changed.", cause);
  }

  public static DeployConfigurationException credentialsRejected(String code, Throwable cause) {
    return new DeployConfigurationException("AWS refused the credentials (" + code + ": " + Failures.reason(cause)
        + "). Check the access key and secret, or the profile's, and that a session token has not expired. Nothing"
        + " was changed.", cause);
  }

  public static DeployConfigurationException endpointUnreachable(URI endpoint, Throwable cause) {
    return new DeployConfigurationException("The AWS endpoint " + (endpoint == null ? "of the region" : endpoint)
        + " did not answer (" + Failures.reason(cause) + "). Check the endpoint URL, that the service listens there"
        + " (for a local endpoint: that glue-suite serve runs on that port), and the network. Nothing was changed.",
        cause);
  }

  public static DeployConfigurationException bucketMissing() {
    return new DeployConfigurationException("No artifact bucket is set: the deployable jar and the jobs' scripts are"
        + " uploaded to S3 before the jobs are created. Name a bucket your account owns. Nothing was changed.", null);
  }

  public static DeployConfigurationException bucketUnavailable(String bucket, int status, Throwable cause) {
    String why = status == 404 ? "it does not exist" : status == 403 ? "it is not yours, or you may not use it"
        : "S3 answered " + status;
    return new DeployConfigurationException("The artifact bucket " + bucket + " cannot be used: " + why + " ("
        + Failures.reason(cause) + "). Create it in the target account or name another bucket. Nothing was changed.",
        cause);
  }

  public static DeployConfigurationException jarMissing(Path jar) {
    return new DeployConfigurationException("Jobs name a --class, so the deployable jar is uploaded with them, but "
        + (jar == null ? "no jar was given" : jar + " does not exist") + ". Build it (mvn -B package -DskipTests makes"
        + " glue-jobs/target/glue-jobs-<version>-glue.jar). Nothing was changed.", null);
  }

  public static ArtifactUploadException uploadFailed(String where, Throwable cause) {
    return new ArtifactUploadException("Could not store " + where + " (" + Failures.reason(cause) + "); no resource"
        + " was changed after it. Fix the cause and apply again.", cause);
  }

  public static StateReadException stateUnreadable(String code, String message, Throwable cause) {
    return new StateReadException("Could not read what the endpoint holds (" + code + ": " + message + "); nothing"
        + " was changed. AccessDeniedException means the caller lacks a permission of deploy/iam/deployer-policy.json;"
        + " anything else: try again.", cause);
  }

  public static ChangeRefusedException lakeFormationRefused(String operation, List<String> failures) {
    return new ChangeRefusedException("Lake Formation's " + operation + " refused " + failures.size() + " LF-Tag(s): "
        + String.join("; ", failures) + ". Create the tag and its values first (CreateLFTag), or fix the"
        + " definition's tag key or value.", null);
  }

  /** Why a kind is left out: the endpoint does not answer its operations (a local endpoint that serves less). */
  public static String notServed(String operation, Throwable cause) {
    return "the endpoint does not serve " + operation + " (" + Failures.reason(cause) + "); nothing of this kind is"
        + " read or changed there";
  }
}
