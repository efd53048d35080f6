package org.gluesuite.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.run.JobRunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run records on disk: sealed with a version and a checksum, damage reported with the repair, never guessed at. */
class FileJobRunStoreTest {
  @TempDir
  Path root;

  private static JobRunRecord record(String id, JobRunState state, String startedOn) {
    return new JobRunRecord(id, "clean", 0, state, Map.of("--city", "Madrid"), startedOn, null, 1200L, null,
        Map.of("landing", 10L), 9L, Map.of("read landing", 1L), 2, List.of("/lake/out"), Map.of(), Map.of());
  }

  private Path fileOf(String id) {
    return root.resolve("clean").resolve(id + ".json");
  }

  @Test
  void saveThenRead_roundTrips_inASealedDocumentShapedLikeGetJobRun() throws Exception {
    FileJobRunStore store = new FileJobRunStore(root);
    JobRunRecord first = record("jr_1", JobRunState.SUCCEEDED, "2026-11-01T00:00:00Z");
    JobRunRecord second = record("jr_2", JobRunState.FAILED, "2026-11-02T00:00:00Z");
    store.save(first);
    store.save(second);

    assertThat(store.find("clean", "jr_1")).contains(first);
    assertThat(store.list("clean")).containsExactly(second, first);
    String text = Files.readString(fileOf("jr_1"));
    assertThat(text).contains("\"FormatVersion\" : 2").contains("\"Checksum\" : \"sha256:").contains("\"JobRun\" : {");
  }

  @Test
  void aRecordEditedOutsideGlueSuite_isReportedWithItsFileAndTheRepair() throws Exception {
    FileJobRunStore store = new FileJobRunStore(root);
    store.save(record("jr_1", JobRunState.FAILED, "2026-11-01T00:00:00Z"));
    Path file = fileOf("jr_1");
    Files.writeString(file, Files.readString(file).replace("FAILED", "SUCCEEDED"));

    assertThatThrownBy(() -> store.find("clean", "jr_1"))
        .isInstanceOf(CorruptRunRecordException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("checksum does not match")
        .hasMessageContaining("FileJobRunStore.quarantineCorrupt(\"clean\")").hasMessageNotContaining("./glue-suite");
    assertThatThrownBy(() -> store.list("clean")).isInstanceOf(CorruptRunRecordException.class);
  }

  @Test
  void truncatedWrongVersionAndMisplacedRecords_areEachNamedForWhatIsWrong() throws Exception {
    FileJobRunStore store = new FileJobRunStore(root);
    store.save(record("jr_1", JobRunState.SUCCEEDED, "2026-11-01T00:00:00Z"));
    String good = Files.readString(fileOf("jr_1"));

    Files.writeString(fileOf("jr_1"), good.substring(0, good.length() / 2));
    assertThatThrownBy(() -> store.find("clean", "jr_1")).hasMessageContaining("it is not valid JSON");

    Files.writeString(fileOf("jr_1"), good.replace("\"FormatVersion\" : 2", "\"FormatVersion\" : 3"));
    assertThatThrownBy(() -> store.find("clean", "jr_1"))
        .hasMessageContaining("its FormatVersion is 3, and this build reads versions 1 and 2");

    Files.writeString(fileOf("jr_1"), good);
    Files.copy(fileOf("jr_1"), fileOf("jr_9"));
    assertThatThrownBy(() -> store.find("clean", "jr_9")).hasMessageContaining("it holds run jr_1 of job clean");
  }

  @Test
  void quarantineCorrupt_movesOnlyTheDamagedRecordsAside_andTheHistoryReadsAgain() throws Exception {
    FileJobRunStore store = new FileJobRunStore(root);
    JobRunRecord good = record("jr_1", JobRunState.SUCCEEDED, "2026-11-01T00:00:00Z");
    store.save(good);
    store.save(record("jr_2", JobRunState.FAILED, "2026-11-02T00:00:00Z"));
    Files.writeString(fileOf("jr_2"), "{\"FormatVersion\":1,");

    List<Path> moved = store.quarantineCorrupt("clean");

    assertThat(moved).singleElement().satisfies(p -> {
      assertThat(p.getFileName().toString()).startsWith("jr_2.json.corrupt-");
      assertThat(Files.readString(p)).isEqualTo("{\"FormatVersion\":1,");
    });
    assertThat(store.list("clean")).containsExactly(good);
    assertThat(store.quarantineCorrupt("clean")).isEmpty();
  }

  @Test
  void resultsWithDecimalsAndLargeDoubles_readBackAsWritten() {
    FileJobRunStore store = new FileJobRunStore(root);
    JobRunRecord record = new JobRunRecord("jr_1", "clean", 0, JobRunState.SUCCEEDED, Map.of(), "2026-11-01T00:00:00Z",
        null, null, null, null, null, null, null, null,
        Map.of("total", new java.math.BigDecimal("2500.00"), "big", 1e20, "rmse", 7.59), null);
    store.save(record);

    JobRunRecord back = store.find("clean", "jr_1").orElseThrow();
    assertThat(((Number) back.results().get("total")).doubleValue()).isEqualTo(2500.0);
    assertThat(back.results()).containsEntry("big", 1e20).containsEntry("rmse", 7.59);
  }

  @Test
  void aRecordAnOlderBuildWroteUnsealed_isStillRead_andSealedWhenSavedAgain() throws Exception {
    Path file = fileOf("jr_old");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\n  \"Id\" : \"jr_old\",\n  \"JobName\" : \"clean\",\n  \"Attempt\" : 0,\n"
        + "  \"JobRunState\" : \"SUCCEEDED\",\n  \"Arguments\" : { },\n  \"StartedOn\" : \"2026-10-01T00:00:00Z\"\n}");
    FileJobRunStore store = new FileJobRunStore(root);

    JobRunRecord old = store.find("clean", "jr_old").orElseThrow();
    assertThat(old.state()).isEqualTo(JobRunState.SUCCEEDED);
    store.save(old);
    assertThat(Files.readString(file)).contains("\"FormatVersion\" : 2");
    assertThat(store.find("clean", "jr_old")).contains(old);
    Files.writeString(file, "{\"Id\":\"jr_old\",\"JobName\":\"clean\",\"Mystery\":1}");
    assertThatThrownBy(() -> store.find("clean", "jr_old")).isInstanceOf(CorruptRunRecordException.class)
        .hasMessageContaining("does not fit the run record format");
  }
}
