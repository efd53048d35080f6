package org.gluesuite.workflow.engine;

/**
 * Runs job nodes for the engine, which knows nothing of Spark. Returning normally is SUCCEEDED; throwing is
 * FAILED with the exception's message. The engine interrupts the calling thread on timeout or stop, and
 * calls {@link #cancel} so an implementation can also cancel work running on other threads.
 */
public interface JobLauncher {
  JobOutcome run(JobLaunch launch) throws Exception;

  /** Best effort: stop the work of {@code launch} (timeout or stop). The default does nothing more. */
  default void cancel(JobLaunch launch) {
  }

  /** Problems that make {@code job} impossible to run here (e.g. no implementation), checked before a run. */
  default java.util.Optional<String> unsupportedReason(org.gluesuite.workflow.definition.JobConfig job) {
    return java.util.Optional.empty();
  }
}
