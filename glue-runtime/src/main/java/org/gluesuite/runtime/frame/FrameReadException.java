package org.gluesuite.runtime.frame;

import org.gluesuite.common.GlueSuiteException;

/** A source that cannot be read at all (missing path, I/O failure). Bad records become error records instead. */
public final class FrameReadException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;

  public FrameReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
