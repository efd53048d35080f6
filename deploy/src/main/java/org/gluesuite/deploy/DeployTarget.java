package org.gluesuite.deploy;

/**
 * Where definitions go. {@code AWS}: the account and region of the credentials (checked with STS first).
 * {@code LOCAL}: a {@code glue-suite serve} endpoint, which answers any account; its artifacts go to the workspace's
 * lake folder unless an S3 endpoint serves them.
 */
public enum DeployTarget {
  AWS, LOCAL
}
