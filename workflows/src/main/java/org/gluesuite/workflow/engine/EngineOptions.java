package org.gluesuite.workflow.engine;

import java.time.Duration;
import org.gluesuite.workflow.WorkflowErrors;

/**
 * How the engine runs: how many actions run at once across independent branches, how often a live run
 * writes its heartbeat and checks for stop requests, and how long one "minute" of a {@code Timeout} is
 * (one real minute, except in tests that need timeouts in milliseconds).
 */
public record EngineOptions(int maxParallelActions, Duration heartbeat, Duration timeoutMinute) {
  public static final EngineOptions DEFAULT = new EngineOptions(4, Duration.ofSeconds(1), Duration.ofMinutes(1));

  public EngineOptions {
    if (maxParallelActions < 1) {
      throw WorkflowErrors.invalidEngineOption("maxParallelActions", maxParallelActions, "at least 1");
    }
  }

  public EngineOptions withMaxParallelActions(int max) {
    return new EngineOptions(max, heartbeat, timeoutMinute);
  }

  public EngineOptions withTimeoutMinute(Duration minute) {
    return new EngineOptions(maxParallelActions, heartbeat, minute);
  }

  public EngineOptions withHeartbeat(Duration every) {
    return new EngineOptions(maxParallelActions, every, timeoutMinute);
  }
}
