package org.gluesuite.aws;

/**
 * The AWS services the suite talks to, with the suffix of the environment variable that overrides one service's
 * endpoint ({@code AWS_ENDPOINT_URL_GLUE} …), which the SDK reads itself when no override is configured here.
 */
public enum AwsService {
  GLUE("GLUE"),
  LAKE_FORMATION("LAKEFORMATION"),
  ATHENA("ATHENA"),
  S3("S3"),
  STS("STS");

  private final String endpointVariableSuffix;

  AwsService(String endpointVariableSuffix) {
    this.endpointVariableSuffix = endpointVariableSuffix;
  }

  /** The environment variable that sets this service's endpoint, e.g. {@code AWS_ENDPOINT_URL_GLUE}. */
  public String endpointVariable() {
    return "AWS_ENDPOINT_URL_" + endpointVariableSuffix;
  }
}
