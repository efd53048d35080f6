package org.gluesuite.deploy;

import org.gluesuite.common.GlueSuiteException;

/** An artifact (the jar, a script) could not be stored; no resource was changed after it. */
public class ArtifactUploadException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public ArtifactUploadException(String message, Throwable cause) {
    super(message, cause);
  }
}
