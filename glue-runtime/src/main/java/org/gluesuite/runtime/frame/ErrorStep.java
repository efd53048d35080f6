package org.gluesuite.runtime.frame;

/**
 * The error records one step added (a read, {@code map}, {@code filter}, {@code unbox}, ...), as a job run files
 * them: the step's name, its transformation context (empty if none), how many, and the records themselves.
 */
public record ErrorStep(String transformation, String transformationContext, long count, GlueFrame records) {
}
