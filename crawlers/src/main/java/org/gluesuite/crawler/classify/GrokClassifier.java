package org.gluesuite.crawler.classify;

import java.util.Map;
import java.util.Optional;
import org.gluesuite.crawler.definition.ClassifierDefinition;

/**
 * A custom grok classifier: each non-blank line of the sample (up to 1,000) is matched against the
 * pattern; the certainty is the share of lines that match, so 1.0 only when every line does. The columns
 * are the named captures with their declared types.
 */
public final class GrokClassifier implements FileClassifier {
  static final String SERDE = "com.amazonaws.glue.serde.GrokSerDe";
  private final ClassifierDefinition.Grok definition;
  private final GrokPattern pattern;

  public GrokClassifier(ClassifierDefinition.Grok definition) {
    this.definition = definition;
    this.pattern = GrokPattern.compile(definition.grokPattern(), definition.customPatterns());
  }

  @Override
  public String name() {
    return definition.name();
  }

  @Override
  public Optional<Classification> classify(FileSample sample) throws SkippedFileException {
    String text = sample.text(FileSample.MB);
    int lines = 0;
    int matched = 0;
    for (String line : text.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      if (pattern.matches(line)) {
        matched++;
      }
      if (lines == 1000) {
        break;
      }
    }
    if (matched == 0) {
      return Optional.empty();
    }
    double certainty = (double) matched / lines;
    StorageLayout layout = StorageLayout.text(SERDE, Map.of("input.format", definition.grokPattern()));
    Map<String, String> parameters = Map.of("grokPattern", definition.grokPattern());
    return Optional.of(new Classification(definition.classification(), certainty, pattern.fields(), layout,
        parameters, RecordCounts.estimate(lines, sample), name(), null));
  }
}
