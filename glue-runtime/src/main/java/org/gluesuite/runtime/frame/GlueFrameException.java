package org.gluesuite.runtime.frame;

/** Base of every error a GlueFrame raises. Unchecked: callers fix their job, they do not recover. */
public class GlueFrameException extends RuntimeException {
  public GlueFrameException(String message) {
    super(message);
  }

  public GlueFrameException(String message, Throwable cause) {
    super(message, cause);
  }
}
