package org.gluesuite.crawler.definition;

import java.util.List;
import org.gluesuite.common.Immutable;

/** Glue's {@code S3Target}: a path, exclusion globs, and how many files per leaf folder to sample (null: all). */
public record S3Target(String path, List<ExclusionGlob> exclusions, Integer sampleSize) {
  public S3Target {
    exclusions = Immutable.list(exclusions);
  }

  public static S3Target of(String path) {
    return new S3Target(path, List.of(), null);
  }

  public boolean excludesFile(String relativeKey) {
    return exclusions.stream().anyMatch(g -> g.matchesFile(relativeKey));
  }

  public boolean excludesFolder(String relativeFolder) {
    return exclusions.stream().anyMatch(g -> g.matchesFolder(relativeFolder));
  }
}
