package org.gluesuite.runtime.job;

/**
 * A Glue job: one method that does the work. The launcher parses the arguments, builds the context,
 * calls {@link #run}, and commits (bookmarks, run record) only if it returns normally.
 *
 * <pre>{@code
 * public final class CleanJob implements GlueJob {
 *   public static void main(String[] args) { JobMain.run("clean", new CleanJob(), args); }
 *   public void run(JobRunContext context) { ... }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface GlueJob {
  /** Does the job's work. Throw to fail the run: nothing is committed and the failure is recorded. */
  void run(JobRunContext context) throws Exception;
}
