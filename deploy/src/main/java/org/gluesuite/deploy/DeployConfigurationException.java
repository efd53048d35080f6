package org.gluesuite.deploy;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * The deployment cannot start as configured: no credentials or region, credentials AWS refuses, an endpoint that
 * does not answer, a bucket that is missing or not the caller's, no jar to upload. Nothing was changed.
 */
public class DeployConfigurationException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public DeployConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
