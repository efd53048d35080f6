package org.gluesuite.runtime.frame;

import org.gluesuite.common.GlueSuiteUserException;

/** A field path that does not exist, is malformed, or crosses a structure the transform cannot cross. */
public final class FramePathException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public FramePathException(String message) {
    super(message);
  }
}
