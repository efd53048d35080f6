package org.gluesuite.dq;

import org.gluesuite.common.GlueSuiteUserException;

/** A publishing or additional option of EvaluateDataQuality that Glue does not define, or a value it does not take. */
public final class InvalidDataQualityOptionException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  InvalidDataQualityOptionException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidInputException";
  }
}
