/**
 * The Glue context: our counterpart of Glue's {@code GlueContext} and what job code reads and writes through.
 *
 * <ul>
 *   <li>{@link org.gluesuite.runtime.context.GlueSuiteContext}: sources and sinks over one SparkSession and one Data
 *       Catalog; job code gets it from the launcher ({@code JobRunContext.glue()}).</li>
 *   <li>Sources: {@link org.gluesuite.runtime.context.CatalogSource} ({@code getCatalogSource}: push-down and
 *       catalog partition predicates, transformation context, bookmark band) and
 *       {@link org.gluesuite.runtime.context.FileSource} ({@code getSourceWithFormat}); both immutable, both give a
 *       {@code GlueFrame} with error records, or a DataFrame.</li>
 *   <li>Sinks: {@link org.gluesuite.runtime.context.DataSink} with typed
 *       {@link org.gluesuite.runtime.context.SinkOptions} ({@link org.gluesuite.runtime.context.WriteMode},
 *       {@link org.gluesuite.runtime.context.PartitionLayout}, {@link org.gluesuite.runtime.context.UpdateBehavior});
 *       a write returns a {@link org.gluesuite.runtime.context.WriteSummary}. Inside a job run, sinks stage and the
 *       launcher publishes at commit; outside one, data is in place when the write returns.</li>
 *   <li>Failures of sources and sinks come from {@link org.gluesuite.runtime.context.ContextErrors}.</li>
 * </ul>
 *
 * <p>{@code context.internal} is implementation (staged writing, publishing and recovery, the run transaction,
 * catalog updates, partition pruning, table readers, option parsing): its classes are public only so that this
 * package and the launcher can use them, and may change at any time.
 */
package org.gluesuite.runtime.context;
