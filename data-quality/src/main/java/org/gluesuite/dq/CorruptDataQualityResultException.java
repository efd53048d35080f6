package org.gluesuite.dq;

import org.gluesuite.common.GlueSuiteUserException;

/** A stored data quality result that fails its checks (format version, checksum, content). */
public final class CorruptDataQualityResultException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  CorruptDataQualityResultException(String message, Throwable cause) {
    super(message, cause);
  }
}
