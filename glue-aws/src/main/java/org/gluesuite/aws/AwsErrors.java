package org.gluesuite.aws;

import org.gluesuite.common.Failures;

/** Every user-facing message of the AWS module: what went wrong, why, and how to fix it. */
public final class AwsErrors {
  private AwsErrors() {
  }

  public static AwsConfigurationException regionMissing(AwsService service, Throwable cause) {
    return new AwsConfigurationException(String.format(
        "No AWS region is configured for the %s client (%s). Set AWS_REGION (or the profile's region), or give the"
            + " service an endpoint (%s or an endpoint in the catalog option).", service, Failures.reason(cause),
        service.endpointVariable()), cause);
  }
}
