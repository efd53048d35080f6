package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.workflow.definition.NodeType;
import org.gluesuite.workflow.run.NodeRun;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatistics;
import org.gluesuite.workflow.run.WorkflowRunStatus;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose process was killed: it reads as ERROR with its unfinished nodes ERROR, never as RUNNING or success. */
class InterruptedRunTest {
  @TempDir
  Path dir;

  private static WorkflowRun running(long pid, Instant heartbeat) {
    List<NodeRun> nodes = List.of(
        new NodeRun(NodeType.JOB, "done", JobRunState.SUCCEEDED, "start", null, heartbeat.toString(),
            heartbeat.toString(), 1L, null, List.of()),
        new NodeRun(NodeType.JOB, "busy", JobRunState.RUNNING, "start", null, heartbeat.toString(), null, null, null,
            List.of()));
    return new WorkflowRun("wf", "wr_killed", null, Map.of(), heartbeat.minusSeconds(5).toString(), null,
        WorkflowRunStatus.RUNNING, null, WorkflowRunStatistics.of(nodes), nodes, List.of(), pid,
        heartbeat.toString(), null);
  }

  @Test
  void find_whenTheOwnerProcessIsGone_showsError() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    WorkflowRunStore store = new WorkflowRunStore(dir);
    store.save(running(gone.pid(), Instant.now()));

    WorkflowRun run = store.find("wr_killed").orElseThrow();

    assertThat(run.status()).isEqualTo(WorkflowRunStatus.ERROR);
    assertThat(run.errorMessage()).contains("pid " + gone.pid()).contains("resume run wr_killed")
        .doesNotContain("./glue-suite");
    assertThat(run.node("busy").orElseThrow().state()).isEqualTo(JobRunState.ERROR);
    assertThat(run.node("done").orElseThrow().state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.statistics().succeededActions()).isEqualTo(1);
    assertThat(run.statistics().erroredActions()).isEqualTo(1);
    assertThat(run.statistics().allSucceeded()).isFalse();
  }

  @Test
  void find_whenTheHeartbeatIsStale_showsError_evenIfThePidWasReused() {
    WorkflowRunStore store = new WorkflowRunStore(dir, Duration.ofSeconds(30));
    store.save(running(ProcessHandle.current().pid(), Instant.now().minusSeconds(120)));
    assertThat(store.list("wf").get(0).status()).isEqualTo(WorkflowRunStatus.ERROR);
  }

  @Test
  void find_whenTheOwnerIsAliveAndBeating_showsRunning() {
    WorkflowRunStore store = new WorkflowRunStore(dir);
    store.save(running(ProcessHandle.current().pid(), Instant.now()));
    assertThat(store.find("wr_killed").orElseThrow().status()).isEqualTo(WorkflowRunStatus.RUNNING);
  }

  @Test
  void aRecordEditedOutsideGlueSuite_isReportedWithTheRepair_andQuarantineMovesOnlyIt() throws Exception {
    WorkflowRunStore store = new WorkflowRunStore(dir);
    store.save(running(ProcessHandle.current().pid(), Instant.now()));
    Path file = dir.resolve("wf").resolve("wr_killed.json");
    assertThat(java.nio.file.Files.readString(file)).contains("\"FormatVersion\"").contains("\"WorkflowRun\"");
    // Claiming the busy node succeeded would make resume skip it: the checksum refuses the edit.
    java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("RUNNING", "SUCCEEDED"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.find("wr_killed"))
        .isInstanceOf(WorkflowException.CorruptRunRecordException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("checksum does not match")
        .hasMessageContaining("WorkflowRunStore.quarantineCorrupt(\"wf\")").hasMessageNotContaining("./glue-suite");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.list("wf"))
        .isInstanceOf(WorkflowException.CorruptRunRecordException.class);

    assertThat(store.quarantineCorrupt("wf")).singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("wr_killed.json.corrupt-"));
    assertThat(store.list("wf")).isEmpty();
    assertThat(store.quarantineCorrupt("wf")).isEmpty();
  }
}
