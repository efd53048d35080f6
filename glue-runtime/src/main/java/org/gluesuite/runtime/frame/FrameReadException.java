package org.gluesuite.runtime.frame;

/** A source that cannot be read at all (missing path, I/O failure). Bad records become error records instead. */
public final class FrameReadException extends GlueFrameException {
  public FrameReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
