/**
 * Glue job arguments without Spark: {@link org.gluesuite.common.args.JobArgumentParser#getResolvedOptions}
 * (Glue's {@code GlueArgParser.getResolvedOptions}) returning an immutable
 * {@link org.gluesuite.common.args.JobArguments} with typed access to Glue's well-known arguments,
 * {@link org.gluesuite.common.args.BookmarkSettings}, {@link org.gluesuite.common.args.CommonArguments},
 * {@link org.gluesuite.common.args.SecretMasking} for run records and logs, and
 * {@link org.gluesuite.common.args.ArgumentPrecedence} for merging job and run arguments.
 *
 * <p>Every failure is a {@link org.gluesuite.common.args.JobArgumentException} (a usage error) whose
 * message comes from one factory. Nothing here may import Spark: a CLI parses arguments before any
 * session starts. The rules and our deliberate differences from Glue are in {@code docs/job-arguments.md}.
 */
package org.gluesuite.common.args;
