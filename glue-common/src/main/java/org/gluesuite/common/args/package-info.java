/**
 * Glue job arguments without Spark, parsed once at the edge into an immutable
 * {@link org.gluesuite.common.args.JobArguments}: a command line with
 * {@link org.gluesuite.common.args.JobArgumentParser#parse}, or Glue's argument maps (a job's
 * {@code DefaultArguments} and {@code NonOverridableArguments} and a run's {@code Arguments}, merged by
 * {@link org.gluesuite.common.args.ArgumentPrecedence}) with
 * {@link org.gluesuite.common.args.JobArgumentParser#resolve}.
 * Launchers pass the typed value on; {@link org.gluesuite.common.args.JobArguments#getResolvedOptions} is Glue's
 * {@code GlueArgParser.getResolvedOptions} over it. Also here: {@link org.gluesuite.common.args.BookmarkSettings},
 * {@link org.gluesuite.common.args.CommonArguments} and {@link org.gluesuite.common.args.SecretMasking} for run records
 * and logs.
 *
 * <p>Every failure is a {@link org.gluesuite.common.args.JobArgumentException} (a user error) whose
 * message comes from one factory. Nothing here may import Spark: a CLI parses arguments before any
 * session starts. The rules and our deliberate differences from Glue are in {@code docs/job-arguments.md}.
 */
package org.gluesuite.common.args;
