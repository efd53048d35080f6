package org.gluesuite.runtime.frame;

import java.io.Serializable;

/** The predicate of {@link GlueFrame#filter}. Serializable because it runs on executors. May throw. */
@FunctionalInterface
public interface RecordPredicate extends Serializable {
  boolean test(GlueRecord record) throws Exception;
}
