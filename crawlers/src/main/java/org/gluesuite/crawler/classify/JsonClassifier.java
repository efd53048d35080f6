package org.gluesuite.crawler.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;

/**
 * The built-in JSON classifier: JSON lines or whole documents, nested structs and arrays merged across
 * records. Reads the first 1 MB and, while no complete record is found, grows 1 MB at a time up to 10 MB.
 * Broken lines among good ones are tolerated and reported as warnings (a reader keeps them as error
 * records); a file with no valid record is not JSON.
 */
public final class JsonClassifier implements FileClassifier {
  static final String SERDE = "org.openx.data.jsonserde.JsonSerDe";

  @Override
  public String name() {
    return "json";
  }

  @Override
  public Optional<Classification> classify(FileSample sample) throws SkippedFileException {
    for (int mb = 1; mb <= 10; mb++) {
      String text = sample.text(mb * FileSample.MB);
      if (!JsonRecords.looksLikeJson(text)) {
        return Optional.empty();
      }
      JsonRecords.Parsed parsed = JsonRecords.parse(text);
      if (!parsed.records().isEmpty()) {
        return Optional.of(classification(name(), parsed.records(), parsed, sample, Map.of()));
      }
      if (sample.complete()) {
        break;
      }
    }
    throw new SkippedFileException("broken JSON: no complete, valid JSON record in the first 10 MB");
  }

  static Classification classification(String classifier, List<JsonNode> records, JsonRecords.Parsed parsed,
      FileSample sample, Map<String, String> extraParameters) {
    GlueType merged = PrimitiveType.NULL;
    for (JsonNode record : records) {
      merged = TypeMerger.CATALOG.merge(merged, JsonTypes.of(record));
    }
    List<String> warnings = new ArrayList<>();
    if (parsed.brokenLines() > 0) {
      warnings.add(String.format("%d malformed JSON line(s) ignored while inferring the schema (first at line %d)",
          parsed.brokenLines(), parsed.firstBrokenLine()));
    }
    StorageLayout layout = StorageLayout.text(SERDE, extraParameters.containsKey("jsonPath")
        ? Map.of("paths", "", "jsonPath", extraParameters.get("jsonPath")) : Map.of("paths", ""));
    long count = RecordCounts.estimate(records.size() + parsed.brokenLines(), sample);
    return new Classification("json", 1.0, JsonTypes.columns(merged), layout, extraParameters, count,
        classifier, warnings);
  }
}
