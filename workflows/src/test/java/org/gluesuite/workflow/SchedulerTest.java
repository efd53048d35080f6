package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gluesuite.workflow.definition.EventBatchingCondition;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.schedule.EventBatcher;
import org.gluesuite.workflow.schedule.FileEventInbox;
import org.gluesuite.workflow.schedule.Scheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled and event triggers on a fake clock: hours pass in milliseconds. */
class SchedulerTest {
  private static final Instant T0 = Instant.parse("2024-03-01T10:07:00Z");

  @TempDir
  Path dir;

  /** A clock the sleeper moves forward. */
  private static final class FakeTime extends Clock {
    Instant now = T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void eventBatcher_firesWhenTheBatchIsFull() {
    EventBatcher batcher = new EventBatcher(new EventBatchingCondition(3, 60));
    assertThat(batcher.offer("e1", T0)).isEmpty();
    assertThat(batcher.offer("e2", T0.plusSeconds(1))).isEmpty();
    assertThat(batcher.offer("e3", T0.plusSeconds(2))).contains(List.of("e1", "e2", "e3"));
    assertThat(batcher.deadline()).isEmpty();
  }

  @Test
  void eventBatcher_firesWhenTheWindowCloses_countedFromTheFirstEvent() {
    EventBatcher batcher = new EventBatcher(new EventBatchingCondition(10, 60));
    batcher.offer("e1", T0);
    batcher.offer("e2", T0.plusSeconds(50));
    assertThat(batcher.poll(T0.plusSeconds(59))).isEmpty();
    assertThat(batcher.poll(T0.plusSeconds(60))).contains(List.of("e1", "e2"));
    assertThat(batcher.poll(T0.plusSeconds(500))).isEmpty();
  }

  @Test
  void scheduledTrigger_firesAtItsCronTimes_onAFakeClock() throws Exception {
    WorkflowDefinition d = Definitions.in(dir.resolve("s")).workflow("{'Name': 'nightly'}").job("a", "")
        .trigger("cron", "'Type': 'SCHEDULED', 'Schedule': 'cron(0/30 * * * ? *)', 'StartOnCreation': true, "
            + "'Actions': [{'JobName': 'a'}]").load();
    FakeTime time = new FakeTime();
    List<Instant> started = new ArrayList<>();
    Scheduler scheduler = new Scheduler(List.of(d), (w, t, p) -> started.add(time.instant()), workflow -> List.of(),
        time, sleep -> time.now = time.now.plus(sleep), Duration.ofMinutes(1));

    List<Scheduler.Fire> fires = scheduler.run(T0.plus(Duration.ofHours(2)), 100);

    assertThat(fires).extracting(f -> f.at().toString())
        .containsExactly("2024-03-01T10:30:00Z", "2024-03-01T11:00:00Z", "2024-03-01T11:30:00Z",
            "2024-03-01T12:00:00Z");
    assertThat(started).hasSize(4);
  }

  @Test
  void scheduledTrigger_notActivated_neverFires_andMaxFiresBoundsTheRun() throws Exception {
    WorkflowDefinition off = Definitions.in(dir.resolve("off")).workflow("{'Name': 'off'}").job("a", "")
        .trigger("cron", "'Type': 'SCHEDULED', 'Schedule': 'cron(0/5 * * * ? *)', 'Actions': [{'JobName': 'a'}]").load();
    WorkflowDefinition on = Definitions.in(dir.resolve("on")).workflow("{'Name': 'on'}").job("a", "")
        .trigger("cron", "'Type': 'SCHEDULED', 'Schedule': 'cron(0/5 * * * ? *)', 'StartOnCreation': true, "
            + "'Actions': [{'JobName': 'a'}]").load();
    FakeTime time = new FakeTime();
    Scheduler scheduler = new Scheduler(List.of(off, on), (w, t, p) -> { }, workflow -> List.of(), time,
        sleep -> time.now = time.now.plus(sleep), Duration.ofMinutes(1));

    List<Scheduler.Fire> fires = scheduler.run(T0.plus(Duration.ofDays(1)), 2);

    assertThat(fires).extracting(Scheduler.Fire::workflow).containsExactly("on", "on");
  }

  @Test
  void eventTrigger_batchesInboxEvents_bySize_thenByWindow() throws Exception {
    WorkflowDefinition d = Definitions.in(dir.resolve("e")).workflow("{'Name': 'ingest'}").job("a", "")
        .trigger("on-files", "'Type': 'EVENT', 'StartOnCreation': true, 'EventBatchingCondition': "
            + "{'BatchSize': 2, 'BatchWindow': 120}, 'Actions': [{'JobName': 'a'}]").load();
    FileEventInbox inbox = new FileEventInbox(dir.resolve("events"));
    String e1 = inbox.post("ingest", "s3://raw/1.json");
    String e2 = inbox.post("ingest", "s3://raw/2.json");
    String e3 = inbox.post("ingest", "s3://raw/3.json");
    FakeTime time = new FakeTime();
    List<Map<String, String>> properties = new ArrayList<>();
    Scheduler scheduler = new Scheduler(List.of(d), (w, t, p) -> properties.add(p), inbox, time,
        sleep -> time.now = time.now.plus(sleep), Duration.ofSeconds(10));

    List<Scheduler.Fire> fires = scheduler.run(T0.plus(Duration.ofMinutes(10)), 2);

    assertThat(fires).hasSize(2);
    assertThat(fires.get(0).eventIds()).containsExactly(e1, e2);
    assertThat(fires.get(0).at()).isEqualTo(T0);
    assertThat(fires.get(1).eventIds()).containsExactly(e3);
    assertThat(fires.get(1).at()).isEqualTo(T0.plusSeconds(120));
    assertThat(properties.get(0)).containsEntry("aws:eventIds", e1 + "," + e2);
  }
}
