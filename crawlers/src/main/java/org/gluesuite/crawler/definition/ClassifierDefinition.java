package org.gluesuite.crawler.definition;

import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;

/** A custom classifier in the shape of Glue's {@code CreateClassifier} request. */
public sealed interface ClassifierDefinition {
  String name();

  /** {@code CsvClassifier}: delimiter, quote symbol, header present/absent/unknown, optional header names. */
  record Csv(String name, char delimiter, char quoteSymbol, HeaderMode containsHeader, List<String> header,
      boolean allowSingleColumn) implements ClassifierDefinition {
    public Csv {
      header = Immutable.list(header);
    }
  }

  /** {@code GrokClassifier}: a classification name, a grok pattern and custom patterns (NAME pattern per line). */
  record Grok(String name, String classification, String grokPattern, Map<String, String> customPatterns)
      implements ClassifierDefinition {
    public Grok {
      customPatterns = Immutable.map(customPatterns);
    }
  }

  /** {@code JsonClassifier}: a JsonPath selecting the records, e.g. {@code $[*]} or {@code $.records[*]}. */
  record Json(String name, String jsonPath) implements ClassifierDefinition {
  }
}
