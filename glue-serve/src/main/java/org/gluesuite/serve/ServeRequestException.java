package org.gluesuite.serve;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * A request {@code glue-suite serve} refuses before or instead of running it, with AWS's error code (the
 * {@code __type} and {@code x-amzn-ErrorType} clients see) and HTTP status: a body that is not JSON or not the
 * operation's shape, an unknown operation, a missing or wrong signature, a body over the size limit.
 */
public class ServeRequestException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final int httpStatus;

  public ServeRequestException(String errorCode, int httpStatus, String message) {
    super(message);
    this.errorCode = errorCode;
    this.httpStatus = httpStatus;
  }

  @Override
  public String errorCode() {
    return errorCode;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
