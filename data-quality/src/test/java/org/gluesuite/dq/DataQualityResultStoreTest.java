package org.gluesuite.dq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** The result history: sealed files per table, newest first, damage reported. */
class DataQualityResultStoreTest {
  private static DataQualityResult result(String id, String started, Outcome outcome) {
    return new DataQualityResult(id, "rules", "ctx", "sales", "orders", null, null, started, started,
        List.of(new RuleOutcome("RowCount > 0", Outcome.PASSED, null, Map.of("Dataset.*.RowCount", 3.0)),
            new RuleOutcome("IsComplete \"a\"", outcome, outcome == Outcome.FAILED ? "Value: 0.5 …" : null,
                Map.of())));
  }

  @Test
  void save_thenForTable_readsBackNewestFirst() {
    DataQualityResultStore store = new DataQualityResultStore(TestSpark.newFolder("dq-store"));
    store.save(result("dqresult-a", "2026-01-01T00:00:00Z", Outcome.FAILED));
    store.save(result("dqresult-b", "2026-01-02T00:00:00Z", Outcome.PASSED));
    List<DataQualityResult> results = store.forTable("sales", "orders");
    assertThat(results).extracting(DataQualityResult::resultId).containsExactly("dqresult-b", "dqresult-a");
    assertThat(results.get(1)).isEqualTo(result("dqresult-a", "2026-01-01T00:00:00Z", Outcome.FAILED));
    assertThat(results.get(1).score()).isEqualTo(0.5);
    assertThat(store.forTable("sales", "other")).isEmpty();
  }

  @Test
  void forTable_whenAFileWasEdited_reportsItInsteadOfGuessing() throws Exception {
    DataQualityResultStore store = new DataQualityResultStore(TestSpark.newFolder("dq-store-bad"));
    Path file = store.save(result("dqresult-c", "2026-01-03T00:00:00Z", Outcome.PASSED));
    Files.writeString(file, Files.readString(file).replace("\"PASS\"", "\"FAIL\""));
    assertThatThrownBy(() -> store.forTable("sales", "orders"))
        .isInstanceOf(CorruptDataQualityResultException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("checksum");
  }
}
