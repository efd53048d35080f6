package org.gluesuite.jobs.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one job of a pipeline's workflow run reported (its last attempt).
 *
 * @param rowsRead rows read over all its sources
 * @param rowsWritten rows written
 * @param errorRecords error records kept
 * @param partitionsWritten partitions written
 * @param outputs the folders or tables written
 * @param results the named results it reported ({@code context.metrics().put})
 */
public record JobResult(long rowsRead, long rowsWritten, long errorRecords, int partitionsWritten,
    List<String> outputs, Map<String, Object> results) {
  public JobResult {
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    results = results == null ? Map.of() : Map.copyOf(results);
  }

  /** A result as text, if the job reported it. */
  public Optional<String> result(String name) {
    return Optional.ofNullable(results.get(name)).map(String::valueOf);
  }
}
