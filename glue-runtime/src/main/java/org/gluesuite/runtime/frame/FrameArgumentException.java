package org.gluesuite.runtime.frame;

/** A transform argument that cannot work: an unknown action, type or operator, or a key missing in a frame. */
public final class FrameArgumentException extends GlueFrameException {
  public FrameArgumentException(String message) {
    super(message);
  }
}
