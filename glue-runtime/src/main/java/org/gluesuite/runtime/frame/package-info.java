/**
 * GlueFrame: the DynamicFrame model of AWS Glue on open Spark.
 *
 * <ul>
 *   <li>{@link org.gluesuite.runtime.frame.GlueFrame} is the frame; {@link org.gluesuite.runtime.frame.FrameReaders}
 *       reads JSON and CSV into frames; {@link org.gluesuite.runtime.frame.GlueTransforms} offers the same transforms
 *       on plain DataFrames.</li>
 *   <li>Column order of read frames is the order of first appearance: files sorted by URI, then line order. Choice
 *       alternatives are sorted by type name, so the same input always gives the same frame.</li>
 *   <li>Every transform records its {@link org.gluesuite.runtime.frame.TransformOptions} as a step of the frame it
 *       returns. Thresholds have Glue's meaning: 0 (the default) is no limit; a step fails once its own error
 *       records reach {@code stageThreshold}, or those up to and including it reach {@code totalThreshold}. As in
 *       Glue they are checked by the frame's actions (count, show, assertErrorThreshold, a sink's writeFrame,
 *       spigot), which throw {@link org.gluesuite.runtime.frame.ErrorThresholdExceededException}.</li>
 *   <li>Glue's {@code errorsAsDynamicFrame} keeps its name; its rows have the columns of
 *       {@link org.gluesuite.runtime.frame.ErrorRecords}.</li>
 * </ul>
 *
 * <p>A frame's schema is a {@link org.gluesuite.catalog.types.GlueType.StructType} of the one Glue type model
 * ({@code org.gluesuite.catalog.types}); {@link org.gluesuite.runtime.types.SparkTypes} binds it to Spark.
 *
 * <p>{@code internal} and {@code read} internals are implementation: their public classes
 * serve this package only and may change.
 */
package org.gluesuite.runtime.frame;
