package org.gluesuite.runtime.context;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.frame.FrameReaders;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.frame.read.SourceFiles;

/** A read of files by path, like Glue's {@code getSourceWithFormat(connectionType="s3", …)}. */
public final class FileSource {
  private final SparkSession spark;
  private final AccessPolicy access;
  private final FileSourceOptions options;

  FileSource(SparkSession spark, AccessPolicy access, FileSourceOptions options) {
    this.spark = spark;
    this.access = access;
    this.options = options;
  }

  /** The files this source reads: those directly under each path (all below it with {@code recurse=true}), minus exclusions. */
  public List<String> files() {
    List<String> kept = new ArrayList<>();
    for (String root : options.paths()) {
      String rootUri = new Path(root).toUri().getPath().replaceAll("/+$", "");
      List<PathMatcher> exclusions = options.exclusions().stream()
          .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
      for (String file : SourceFiles.list(List.of(root), spark.sparkContext().hadoopConfiguration())) {
        String filePath = new Path(file).toUri().getPath();
        String relative = filePath.startsWith(rootUri + "/") ? filePath.substring(rootUri.length() + 1) : filePath;
        if (!options.recurse() && relative.contains("/")) {
          continue;
        }
        java.nio.file.Path relativePath = java.nio.file.Path.of(relative);
        if (exclusions.stream().noneMatch(m -> m.matches(relativePath))) {
          kept.add(file);
        }
      }
    }
    return kept;
  }

  /** Glue's {@code getDynamicFrame()}. */
  public GlueFrame getFrame(TransformOptions transformOptions) {
    access.authorizePathRead(options.paths());
    List<String> files = files();
    if (files.isEmpty()) {
      throw new ContextErrors.InvalidOptionException("No files to read under " + options.paths()
          + (options.exclusions().isEmpty() ? "" : " after exclusions " + options.exclusions())
          + ". Check the paths (and exclusions), or that the data has landed.");
    }
    return switch (options.format()) {
      case JSON -> FrameReaders.json(spark, files, options.json(), transformOptions);
      case CSV -> FrameReaders.csv(spark, files, options.csv(), transformOptions);
      default -> GlueFrame.fromDF(spark.read().format(options.format().classification())
          .load(files.toArray(new String[0])), String.join(",", options.paths()));
    };
  }

  public GlueFrame getFrame() {
    return getFrame(TransformOptions.DEFAULT);
  }

  StorageFormat format() {
    return options.format();
  }
}
