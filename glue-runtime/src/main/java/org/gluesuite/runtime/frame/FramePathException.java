package org.gluesuite.runtime.frame;

/** A field path that does not exist, is malformed, or crosses a structure the transform cannot cross. */
public final class FramePathException extends GlueFrameException {
  public FramePathException(String message) {
    super(message);
  }
}
