package org.gluesuite.runtime.frame;

import java.io.Serializable;

/** The function of {@link GlueFrame#map}. Serializable because it runs on executors. May throw. */
@FunctionalInterface
public interface RecordMapper extends Serializable {
  /** Returns the new record (it may be the same, modified, object). */
  GlueRecord apply(GlueRecord record) throws Exception;
}
