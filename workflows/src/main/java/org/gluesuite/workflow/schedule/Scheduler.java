package org.gluesuite.workflow.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.workflow.definition.TriggerConfig;
import org.gluesuite.workflow.definition.TriggerType;
import org.gluesuite.workflow.definition.WorkflowDefinition;

/**
 * Fires activated ({@code StartOnCreation}) SCHEDULED and EVENT start triggers: a SCHEDULED trigger at each
 * cron time (UTC; missed times while the scheduler was down are not replayed), an EVENT trigger when its
 * batch is full or its window closes. Runs until {@code until} or {@code maxFires} fires; the clock and the
 * sleeper are injectable so tests run in no time.
 */
public final class Scheduler {
  private final List<WorkflowDefinition> workflows;
  private final Starter starter;
  private final EventSource events;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration pollEvery;

  /** Starts a run for a fired trigger; {@code properties} carry {@code aws:eventIds} for EVENT triggers. */
  @FunctionalInterface
  public interface Starter {
    void start(WorkflowDefinition workflow, TriggerConfig trigger, Map<String, String> properties);
  }

  /** One fire: which trigger, when (by the scheduler's clock), and the events it batched. */
  public record Fire(String workflow, String trigger, Instant at, List<String> eventIds) {
  }

  public Scheduler(List<WorkflowDefinition> workflows, Starter starter, EventSource events, Clock clock,
      Sleeper sleeper, Duration pollEvery) {
    this.workflows = List.copyOf(workflows);
    this.starter = starter;
    this.events = events;
    this.clock = clock;
    this.sleeper = sleeper;
    this.pollEvery = pollEvery;
  }

  /** Triggers the scheduler watches: activated SCHEDULED and EVENT start triggers. */
  public List<String> watched() {
    List<String> names = new ArrayList<>();
    for (WorkflowDefinition w : workflows) {
      TriggerConfig t = w.startTrigger();
      if (t.startOnCreation() && (t.type() == TriggerType.SCHEDULED || t.type() == TriggerType.EVENT)) {
        names.add(w.name() + "/" + t.name() + " (" + t.type() + (t.schedule() != null ? " " + t.schedule() : "")
            + ")");
      }
    }
    return names;
  }

  public List<Fire> run(Instant until, int maxFires) throws InterruptedException {
    List<Fire> fires = new ArrayList<>();
    Map<WorkflowDefinition, Instant> nextCron = new LinkedHashMap<>();
    Map<WorkflowDefinition, EventBatcher> batchers = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (WorkflowDefinition w : workflows) {
      TriggerConfig t = w.startTrigger();
      if (!t.startOnCreation()) {
        continue;
      }
      if (t.type() == TriggerType.SCHEDULED) {
        t.schedule().nextFireAfter(now).ifPresent(next -> nextCron.put(w, next));
      } else if (t.type() == TriggerType.EVENT) {
        batchers.put(w, new EventBatcher(t.eventBatching()));
      }
    }
    while (fires.size() < maxFires && now.isBefore(until)) {
      for (Map.Entry<WorkflowDefinition, Instant> e : new ArrayList<>(nextCron.entrySet())) {
        if (!now.isBefore(e.getValue()) && fires.size() < maxFires) {
          WorkflowDefinition w = e.getKey();
          fires.add(fire(w, e.getValue(), List.of()));
          Optional<Instant> next = w.startTrigger().schedule().nextFireAfter(now);
          if (next.isPresent()) {
            nextCron.put(w, next.get());
          } else {
            nextCron.remove(w);
          }
        }
      }
      for (Map.Entry<WorkflowDefinition, EventBatcher> e : batchers.entrySet()) {
        for (String id : events.take(e.getKey().name())) {
          e.getValue().offer(id, now).ifPresent(batch -> fires.add(fire(e.getKey(), clock.instant(), batch)));
        }
        e.getValue().poll(now).ifPresent(batch -> fires.add(fire(e.getKey(), clock.instant(), batch)));
      }
      if (fires.size() >= maxFires) {
        break;
      }
      Instant wake = now.plus(pollEvery);
      for (Instant t : nextCron.values()) {
        wake = t.isBefore(wake) ? t : wake;
      }
      for (EventBatcher b : batchers.values()) {
        Instant d = b.deadline().orElse(wake);
        wake = d.isBefore(wake) ? d : wake;
      }
      wake = wake.isAfter(until) ? until : wake;
      sleeper.sleep(Duration.between(now, wake));
      now = clock.instant();
    }
    return fires;
  }

  private Fire fire(WorkflowDefinition workflow, Instant at, List<String> eventIds) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (!eventIds.isEmpty()) {
      properties.put("aws:eventIds", String.join(",", eventIds));
    }
    starter.start(workflow, workflow.startTrigger(), properties);
    return new Fire(workflow.name(), workflow.startTrigger().name(), at, eventIds);
  }
}
