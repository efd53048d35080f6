package org.gluesuite.workflow.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluesuite.workflow.definition.EventBatchingCondition;

/**
 * Glue's event batching for an EVENT trigger: the trigger fires when {@code BatchSize} events have arrived,
 * or when {@code BatchWindow} seconds have passed since the first event of the batch, whichever is first.
 * Not thread-safe; the scheduler owns it.
 */
public final class EventBatcher {
  private final EventBatchingCondition condition;
  private final List<String> pending = new ArrayList<>();
  private Instant windowStart;

  public EventBatcher(EventBatchingCondition condition) {
    this.condition = condition;
  }

  /** Adds an event; returns the batch if it is now full. */
  public Optional<List<String>> offer(String eventId, Instant now) {
    if (pending.isEmpty()) {
      windowStart = now;
    }
    pending.add(eventId);
    return pending.size() >= condition.batchSize() ? Optional.of(drain()) : Optional.empty();
  }

  /** Returns the pending batch if its window has closed. */
  public Optional<List<String>> poll(Instant now) {
    return deadline().filter(d -> !now.isBefore(d)).map(d -> drain());
  }

  /** When the current batch's window closes, if events are pending. */
  public Optional<Instant> deadline() {
    return pending.isEmpty() ? Optional.empty()
        : Optional.of(windowStart.plus(Duration.ofSeconds(condition.batchWindowSeconds())));
  }

  private List<String> drain() {
    List<String> batch = List.copyOf(pending);
    pending.clear();
    windowStart = null;
    return batch;
  }
}
