package org.gluesuite.crawler.classify;

import java.util.List;
import java.util.Optional;
import org.gluesuite.crawler.definition.ClassifierDefinition;
import org.gluesuite.crawler.definition.HeaderMode;

/**
 * A custom CSV classifier ({@code CsvClassifier}): its own delimiter and quote, and a header that is
 * PRESENT, ABSENT or UNKNOWN (UNKNOWN applies Glue's header rule). Certainty 1.0 when every row has the
 * same number of fields (at least 2, or 1 with {@code AllowSingleColumn}), else 0.
 */
public final class CustomCsvClassifier implements FileClassifier {
  private final ClassifierDefinition.Csv definition;

  public CustomCsvClassifier(ClassifierDefinition.Csv definition) {
    this.definition = definition;
  }

  @Override
  public String name() {
    return definition.name();
  }

  @Override
  public Optional<Classification> classify(FileSample sample) throws SkippedFileException {
    String text = sample.text(FileSample.MB);
    CsvText.Rows parsed = CsvText.parse(text, definition.delimiter(), definition.quoteSymbol(), CsvClassifier.MAX_ROWS + 1);
    List<List<String>> rows = parsed.rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int width = rows.get(0).size();
    int minWidth = definition.allowSingleColumn() ? 1 : 2;
    if (width < minWidth || rows.stream().anyMatch(r -> r.size() != width)) {
      return Optional.empty();
    }
    boolean header = switch (definition.containsHeader()) {
      case PRESENT -> true;
      case ABSENT -> false;
      case UNKNOWN -> rows.size() > 1 && CsvSchema.headerDetected(rows);
    };
    return Optional.of(CsvSchema.classification(name(), 1.0, rows, header, definition.header(),
        definition.delimiter(), definition.quoteSymbol(), parsed.quoted(), sample, List.of()));
  }

  HeaderMode headerMode() {
    return definition.containsHeader();
  }
}
