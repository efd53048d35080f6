package org.gluesuite.aws.catalog;

import org.gluesuite.common.Failures;
import org.gluesuite.common.GlueSuiteException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The AWS Glue Data Catalog could not answer: it refused the call with an error the catalog API has no type for
 * ({@code AccessDeniedException}, {@code InternalServiceException}, throttling after every retry …; that code is
 * {@link #errorCode()}), or it could not be reached at all.
 */
public class RemoteCatalogException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;

  private RemoteCatalogException(String message, String errorCode, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
  }

  public static RemoteCatalogException refused(String operation, AwsServiceException e) {
    String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "HTTP " + e.statusCode()
        : e.awsErrorDetails().errorCode();
    String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    return new RemoteCatalogException(String.format(
        "AWS Glue refused %s with %s: %s (request id %s). %s", operation, code, message, e.requestId(),
        code.contains("AccessDenied") ? "Grant the caller's role the Glue (and Lake Formation) permissions the call"
            + " needs, or run as a role that has them." : "Retry later; if it persists, check the Glue service"
            + " health and the request."), code, e);
  }

  public static RemoteCatalogException unreachable(String operation, SdkException e) {
    return new RemoteCatalogException(String.format(
        "AWS Glue could not be called for %s: %s. Check the endpoint (--glue_suite_catalog glue:URL,"
            + " AWS_ENDPOINT_URL_GLUE), the network and the credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
            + " AWS_PROFILE or the role).", operation, Failures.reason(e)), "SdkClientException", e);
  }

  public static RemoteCatalogException unprocessed(String operation, int keys) {
    return new RemoteCatalogException(String.format(
        "AWS Glue left %d partition(s) of %s unprocessed after every retry (it throttles the account's catalog"
            + " calls). Retry later, or read fewer partitions at once.", keys, operation), "ThrottlingException", null);
  }

  @Override
  public String errorCode() {
    return errorCode;
  }
}
