package org.gluesuite.workflow.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.common.store.RecordFolder;
import org.gluesuite.common.store.SealedJson;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.WorkflowException;

/**
 * Workflow run history in the workspace: {@code <root>/<workflow>/<runId>.json}, replaced atomically on
 * every change, next to {@code <runId>.html} (the report) and {@code <runId>.stop} (a stop request). Each record is
 * sealed ({@code {"FormatVersion":2, "Checksum":…, "WorkflowRun":{…}}}, see {@link SealedJson}): a damaged one is
 * reported with the repair, never guessed at. Records older builds wrote unsealed are still read.
 *
 * <p>Reading never trusts a RUNNING status blindly: a run whose owner process is gone, or whose heartbeat
 * is older than {@code staleAfter}, is shown as ERROR (interrupted; resumable), never as running forever
 * and never as a success.
 */
public final class WorkflowRunStore {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final SealedJson FORMAT = SealedJson.readingUnsealed("WorkflowRun");

  private final Path root;
  private final Duration staleAfter;

  public WorkflowRunStore(Path root, Duration staleAfter) {
    this.root = root;
    this.staleAfter = staleAfter;
  }

  public WorkflowRunStore(Path root) {
    this(root, Duration.ofSeconds(30));
  }

  public Path root() {
    return root;
  }

  public void save(WorkflowRun run) {
    Path folder = root.resolve(run.name());
    Path target = folder.resolve(run.workflowRunId() + ".json");
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "." + run.workflowRunId(), ".tmp");
      Files.write(temp, FORMAT.seal(JSON.valueToTree(run)));
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save workflow run " + target + ": " + e.getMessage(), e);
    }
  }

  public Path reportPath(String workflow, String runId) {
    return root.resolve(workflow).resolve(runId + ".html");
  }

  /** A run by id, from any workflow, as it really stands (see the class comment). */
  public Optional<WorkflowRun> find(String runId) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> folders = Files.list(root)) {
      return folders.map(f -> f.resolve(runId + ".json")).filter(Files::isRegularFile).findFirst()
          .map(f -> read(f.getParent().getFileName().toString(), f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workflow's runs, newest first. */
  public List<WorkflowRun> list(String workflow) {
    RecordFolder folder = records(workflow);
    List<WorkflowRun> runs = new ArrayList<>(folder.files().stream()
        .map(f -> asItStands(parse(workflow, f, folder.bytesOf(f)))).toList());
    runs.sort(Comparator.comparing(WorkflowRun::startedOn).reversed());
    return runs;
  }

  /**
   * The repair for corrupt run records: renames each record of the workflow that fails its checks to
   * {@code <file>.corrupt-<epoch millis>} (kept for inspection, no longer read). Returns the files moved.
   */
  public List<Path> quarantineCorrupt(String workflow) {
    return records(workflow).quarantineCorrupt(WorkflowException.CorruptRunRecordException.class,
        (file, bytes) -> parse(workflow, file, bytes));
  }

  private RecordFolder records(String workflow) {
    return new RecordFolder(root.resolve(workflow), "workflow run record");
  }

  /** Asks the process running {@code run} to stop it (it polls for this file). */
  public void requestStop(WorkflowRun run) {
    try {
      Files.writeString(root.resolve(run.name()).resolve(run.workflowRunId() + ".stop"), Instant.now().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean stopRequested(String workflow, String runId) {
    return Files.exists(root.resolve(workflow).resolve(runId + ".stop"));
  }

  public void clearStopRequest(String workflow, String runId) {
    try {
      Files.deleteIfExists(root.resolve(workflow).resolve(runId + ".stop"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WorkflowRun read(String workflow, Path file) {
    return asItStands(parse(workflow, file, records(workflow).bytesOf(file)));
  }

  private static WorkflowRun parse(String workflow, Path file, byte[] bytes) {
    JsonNode body = FORMAT.open(bytes, (why, cause) -> WorkflowErrors.corruptRunRecord(workflow, file, why));
    WorkflowRun run;
    try {
      run = JSON.treeToValue(body, WorkflowRun.class);
    } catch (IOException e) {
      throw WorkflowErrors.corruptRunRecord(workflow, file, "its content does not fit the workflow run format ("
          + e.getMessage() + ")");
    }
    String name = file.getFileName().toString();
    if (!workflow.equals(run.name()) || !name.equals(run.workflowRunId() + ".json")) {
      throw WorkflowErrors.corruptRunRecord(workflow, file, "it holds run " + run.workflowRunId() + " of workflow "
          + run.name());
    }
    return run;
  }

  /** A RUNNING/STOPPING run whose owner is gone becomes ERROR, and its unfinished nodes ERROR too. */
  WorkflowRun asItStands(WorkflowRun run) {
    if (!run.status().active()) {
      return run;
    }
    boolean ownerAlive = run.ownerPid() != null && ProcessHandle.of(run.ownerPid()).map(ProcessHandle::isAlive)
        .orElse(false);
    Instant heartbeat = run.heartbeatOn() == null ? Instant.parse(run.startedOn()) : Instant.parse(run.heartbeatOn());
    boolean fresh = heartbeat.plus(staleAfter).isAfter(Instant.now());
    if (ownerAlive && fresh) {
      return run;
    }
    String why = !ownerAlive ? "the process that ran it (pid " + run.ownerPid() + ") is gone"
        : "its heartbeat stopped at " + heartbeat;
    List<NodeRun> nodes = run.nodes().stream().map(n -> n.state() != null && !n.state().finished()
        ? n.withState(JobRunState.ERROR, "interrupted: " + why) : n).toList();
    return run.withStatus(WorkflowRunStatus.ERROR, "Interrupted: " + why + " before the run finished. Nothing "
        + "after its last heartbeat is known; resume run " + run.workflowRunId() + " from the nodes that did not "
        + "finish (Glue's ResumeWorkflowRun).", nodes);
  }
}
