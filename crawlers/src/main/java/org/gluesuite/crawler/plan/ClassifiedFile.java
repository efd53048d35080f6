package org.gluesuite.crawler.plan;

import java.util.List;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.crawler.classify.Classification;
import org.gluesuite.crawler.classify.Compression;
import org.gluesuite.crawler.scan.DataFile;

/**
 * A data file with what the classifiers made of it. Files beyond a folder's {@code SampleSize} are not
 * read: they take the classification of the folder's sampled files ({@code sampled} false).
 */
public record ClassifiedFile(DataFile file, Classification classification, Compression compression, boolean sampled) {

  public String fingerprint() {
    return classification.fingerprint(compression);
  }

  public List<Field> columns() {
    return classification.columns();
  }

  /** The folder's path segments relative to the target ("" has none). */
  public String[] segments() {
    return file.folder().isEmpty() ? new String[0] : file.folder().split("/");
  }
}
