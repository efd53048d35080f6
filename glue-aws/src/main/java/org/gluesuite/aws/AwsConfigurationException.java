package org.gluesuite.aws;

import org.gluesuite.common.GlueSuiteUserException;

/** The AWS client settings cannot be completed: no region, say. Nothing was sent to AWS. */
public class AwsConfigurationException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public AwsConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
