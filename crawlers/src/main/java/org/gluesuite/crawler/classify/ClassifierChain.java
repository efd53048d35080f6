package org.gluesuite.crawler.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluesuite.crawler.definition.ClassifierDefinition;

/**
 * Glue's classification procedure: custom classifiers first, in the order given, then the built-ins
 * (avro, orc, parquet, json, csv). The first result with certainty 1.0 wins; otherwise the highest
 * certainty wins (earlier on ties); none above 0 means UNKNOWN, which the crawler reports as a skipped file.
 */
public final class ClassifierChain {
  private final List<FileClassifier> classifiers;

  private ClassifierChain(List<FileClassifier> classifiers) {
    this.classifiers = List.copyOf(classifiers);
  }

  public static ClassifierChain of(List<ClassifierDefinition> custom) {
    List<FileClassifier> chain = new ArrayList<>();
    for (ClassifierDefinition definition : custom) {
      if (definition instanceof ClassifierDefinition.Csv csv) {
        chain.add(new CustomCsvClassifier(csv));
      } else if (definition instanceof ClassifierDefinition.Grok grok) {
        chain.add(new GrokClassifier(grok));
      } else if (definition instanceof ClassifierDefinition.Json json) {
        chain.add(new JsonPathClassifier(json));
      }
    }
    chain.add(new BinaryFormatClassifier(BinaryFormatClassifier.Kind.AVRO));
    chain.add(new BinaryFormatClassifier(BinaryFormatClassifier.Kind.ORC));
    chain.add(new BinaryFormatClassifier(BinaryFormatClassifier.Kind.PARQUET));
    chain.add(new JsonClassifier());
    chain.add(new CsvClassifier());
    return new ClassifierChain(chain);
  }

  /**
   * @throws SkippedFileException when no classifier recognises the file, or the best candidate format
   *     found it unusable (the first such reason is reported)
   */
  public Classification classify(FileSample sample) throws SkippedFileException {
    Classification best = null;
    SkippedFileException firstProblem = null;
    for (FileClassifier classifier : classifiers) {
      Optional<Classification> result;
      try {
        result = classifier.classify(sample);
      } catch (SkippedFileException e) {
        if (firstProblem == null) {
          firstProblem = e;
        }
        if (isFileLevel(e)) {
          throw e;
        }
        continue;
      }
      if (result.isEmpty() || result.get().certainty() <= 0) {
        continue;
      }
      if (result.get().certainty() >= 1.0) {
        return result.get();
      }
      if (best == null || result.get().certainty() > best.certainty()) {
        best = result.get();
      }
    }
    if (best != null) {
      return best;
    }
    if (firstProblem != null) {
      throw firstProblem;
    }
    throw new SkippedFileException("UNKNOWN: no classifier recognised the format (tried "
        + classifiers.stream().map(FileClassifier::name).toList() + ")");
  }

  /** Problems of the file itself (not of one format's reading of it): no other classifier can do better. */
  private static boolean isFileLevel(SkippedFileException e) {
    String m = e.getMessage();
    return m.startsWith("binary content") || m.startsWith("not valid UTF-8") || m.startsWith("empty file")
        || m.startsWith("corrupt gzip") || m.startsWith("corrupt bzip2") || m.startsWith("unreadable");
  }
}
