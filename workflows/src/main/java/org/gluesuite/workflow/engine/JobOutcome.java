package org.gluesuite.workflow.engine;

import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;

/** What a finished job attempt reports: row counts, outputs and named results (e.g. a model's metrics). */
public record JobOutcome(long rowsRead, long rowsWritten, long errorRecords, int partitionsWritten,
    List<String> outputs, Map<String, Object> results) {
  public JobOutcome {
    outputs = Immutable.list(outputs);
    results = Immutable.map(results);
  }

  public static JobOutcome empty() {
    return new JobOutcome(0, 0, 0, 0, List.of(), Map.of());
  }
}
