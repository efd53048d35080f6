package org.gluesuite.runtime.context;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.bookmark.ListedFile;
import org.gluesuite.runtime.bookmark.SourceKind;
import org.gluesuite.runtime.bookmark.internal.SourceTracker;
import org.gluesuite.runtime.context.internal.RunTransaction;
import org.gluesuite.runtime.frame.FrameReaders;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.TransformOptions;
import org.gluesuite.runtime.frame.read.SourceFiles;

/**
 * A read of files by path, like Glue's {@code getSourceWithFormat(connectionType="s3", …)}: each path is a file (an
 * object key) or a folder (a prefix), and one list may mix both. Immutable. With a
 * {@link #transformationContext} inside a bookmarked job run, only the files the bookmark has not processed are read
 * (tracked by last-modified time, with Glue's {@code maxBand}/{@code maxFilesInBand}).
 */
public final class FileSource {
  private final SparkSession spark;
  private final AccessPolicy access;
  private final FileSourceOptions options;
  private final String transformationContext;
  private final RunTransaction run;

  FileSource(SparkSession spark, AccessPolicy access, FileSourceOptions options, String transformationContext,
      RunTransaction run) {
    this.spark = spark;
    this.access = access;
    this.options = options;
    this.transformationContext = transformationContext;
    this.run = run;
  }

  /** The bookmark key of this read (Glue's {@code transformation_ctx}). */
  public FileSource transformationContext(String context) {
    return new FileSource(spark, access, options, context, run);
  }

  public String transformationContext() {
    return transformationContext;
  }

  /**
   * The files this source reads: each path that names a file, and those directly under each path that names a folder
   * (all below it with {@code recurse=true}), minus exclusions (globs relative to the folder, or a file's name).
   */
  public List<String> files() {
    return listed().stream().map(ListedFile::path).toList();
  }

  private List<ListedFile> listed() {
    List<ListedFile> kept = new ArrayList<>();
    for (String root : options.paths()) {
      String rootUri = new Path(root).toUri().getPath().replaceAll("/+$", "");
      List<PathMatcher> exclusions = options.exclusions().stream()
          .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
      SourceFiles.listWithTimes(List.of(root), spark.sparkContext().hadoopConfiguration()).forEach((file, time) -> {
        String filePath = new Path(file).toUri().getPath();
        // A path naming one file (an object key) lists that file; exclusions then see its name.
        String relative = filePath.equals(rootUri) ? new Path(file).getName()
            : filePath.startsWith(rootUri + "/") ? filePath.substring(rootUri.length() + 1) : filePath;
        if (!options.recurse() && relative.contains("/")) {
          return;
        }
        java.nio.file.Path relativePath = java.nio.file.Path.of(relative);
        if (exclusions.stream().noneMatch(m -> m.matches(relativePath))) {
          kept.add(new ListedFile(file, time, null));
        }
      });
    }
    return kept;
  }

  /** Glue's {@code getDynamicFrame()}; the options' transformation context, if set, wins over this source's. */
  public GlueFrame getFrame(TransformOptions transformOptions) {
    access.authorizePathRead(options.paths());
    long listedAt = System.currentTimeMillis();
    List<ListedFile> listed = listed();
    if (listed.isEmpty()) {
      throw new ContextErrors.InvalidOptionException("No files to read under " + options.paths()
          + (options.exclusions().isEmpty() ? "" : " after exclusions " + options.exclusions())
          + ". Check the paths (and exclusions), or that the data has landed.");
    }
    String context = transformOptions.transformationContext().isEmpty() ? transformationContext
        : transformOptions.transformationContext();
    TransformOptions readOptions = context == null || !transformOptions.transformationContext().isEmpty()
        ? transformOptions : transformOptions.withContext(context);
    List<String> files = (run == null ? listed : run.sources().select(context, new SourceTracker.Listing(
        SourceKind.S3, String.join(",", options.paths()), listed, List.of(), listedAt, options.band())))
        .stream().map(ListedFile::path).toList();
    GlueFrame frame = switch (options.format()) {
      case JSON -> FrameReaders.json(spark, files, options.json(), readOptions);
      case CSV -> FrameReaders.csv(spark, files, options.csv(), readOptions);
      default -> GlueFrame.fromDF(files.isEmpty() ? spark.emptyDataFrame()
          : spark.read().format(options.format().classification()).load(files.toArray(new String[0])),
          String.join(",", options.paths()));
    };
    if (run != null) {
      run.sourceRead(context != null && !context.isBlank() ? context : String.join(",", options.paths()), frame);
    }
    return frame;
  }

  public GlueFrame getFrame() {
    return getFrame(TransformOptions.DEFAULT);
  }

  StorageFormat format() {
    return options.format();
  }
}
