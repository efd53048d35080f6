package org.gluesuite.crawler.classify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.common.Immutable;

/**
 * What a classifier made of one file: the classification string, its certainty in [0, 1], the columns,
 * how the data is stored (SerDe and formats) and the table parameters that describe the format
 * ({@code delimiter}, {@code skip.header.line.count}, …). {@code recordCount} is exact when the whole file
 * was read, else extrapolated from the sample.
 */
public record Classification(String classification, double certainty, List<Field> columns, StorageLayout layout,
    Map<String, String> formatParameters, long recordCount, String classifier, List<String> warnings) {

  public Classification {
    columns = List.copyOf(columns);
    formatParameters = Map.copyOf(formatParameters);
    warnings = Immutable.list(warnings);
  }

  /**
   * The format fingerprint: files with different fingerprints never share a table (classification,
   * SerDe and its parameters, delimiter and header).
   */
  public String fingerprint(Compression compression) {
    return classification + "|" + compression.parameter() + "|" + layout.serializationLibrary() + "|"
        + new TreeMap<>(layout.serdeParameters()) + "|" + new TreeMap<>(formatParameters);
  }
}
