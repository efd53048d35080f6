package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.common.run.JobRunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs JOB [--quarantine-corrupt]}, in this JVM (no Spark is started). */
class RunsCommandTest {
  @TempDir
  Path workspace;

  @Test
  void runs_ofAJobWithADamagedRecord_failsWithTheRepair_andQuarantineRepairs() throws Exception {
    FileJobRunStore store = new FileJobRunStore(workspace.resolve("runs").resolve("jobs"));
    JobRunRecord good = new JobRunRecord("jr_1", "clean", 0, JobRunState.SUCCEEDED, Map.of(),
        "2026-11-01T00:00:00Z", "2026-11-01T00:01:00Z", 60_000L, null, null, null, null, null, null, null, null);
    store.save(good);
    store.save(new JobRunRecord("jr_2", "clean", 0, JobRunState.FAILED, Map.of(), "2026-11-02T00:00:00Z",
        null, null, "boom", null, null, null, null, null, null, null));
    Path damaged = workspace.resolve("runs/jobs/clean/jr_2.json");
    Files.writeString(damaged, Files.readString(damaged).replace("boom", "fine"));
    String ws = workspace.toString();

    String failure = stderrOf(() -> assertThat(GlueSuiteCli.execute("--workspace", ws, "runs", "clean"))
        .isEqualTo(ExitCode.USAGE));
    assertThat(failure).contains(damaged.toString()).contains("checksum does not match")
        .contains("hint: ./glue-suite runs clean --quarantine-corrupt moves damaged records aside.");

    assertThat(GlueSuiteCli.execute("--workspace", ws, "runs", "clean", "--quarantine-corrupt")).isZero();
    assertThat(store.list("clean")).containsExactly(good);
    try (var files = Files.list(damaged.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .anyMatch(n -> n.startsWith("jr_2.json.corrupt-")).doesNotContain("jr_2.json");
    }
    assertThat(GlueSuiteCli.execute("--workspace", ws, "runs", "clean")).isZero();
  }

  private static String stderrOf(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
