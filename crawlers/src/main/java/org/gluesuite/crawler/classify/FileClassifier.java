package org.gluesuite.crawler.classify;

import java.util.Optional;

/** One classifier: recognises a file's format and infers its schema, or declines (empty / certainty 0). */
public interface FileClassifier {
  String name();

  /**
   * @return the classification, or empty if this classifier does not recognise the file
   * @throws SkippedFileException if the file is of this classifier's format but unusable (say a ragged CSV)
   */
  Optional<Classification> classify(FileSample sample) throws SkippedFileException;
}
