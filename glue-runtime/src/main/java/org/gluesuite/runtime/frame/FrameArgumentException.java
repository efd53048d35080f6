package org.gluesuite.runtime.frame;

import org.gluesuite.common.GlueSuiteUserException;

/** A transform argument that cannot work: an unknown action, type or operator, or a key missing in a frame. */
public final class FrameArgumentException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  public FrameArgumentException(String message) {
    super(message);
  }
}
