package org.gluesuite.runtime.job;

import org.gluesuite.common.GlueSuiteUserException;

/** The job's arguments ask for something this launcher was not set up for; nothing ran. See {@link JobErrors}. */
public final class JobSetupException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  JobSetupException(String message) {
    super(message);
  }
}
