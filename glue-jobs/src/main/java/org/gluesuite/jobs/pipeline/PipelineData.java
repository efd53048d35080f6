package org.gluesuite.jobs.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.bookmark.BookmarkStore;

/**
 * Puts a pipeline's data in place: sample data or the user's files are written into a staging folder next to the
 * pipeline's lake folder and swapped in only when complete. The data derived from the old data goes with it: the
 * pipeline's lake folder (raw, curated, models), the tables of its database and the bookmarks of its jobs, so the
 * next workflow run starts from the new data alone. A failure leaves everything as it was.
 */
public final class PipelineData {
  private final Pipeline pipeline;
  private final Path lake;
  private final DataCatalog catalog;
  private final BookmarkStore bookmarks;

  /** {@code bookmarks} holds the bookmarks of the pipeline's jobs. */
  public PipelineData(Pipeline pipeline, Path lake, DataCatalog catalog, BookmarkStore bookmarks) {
    this.pipeline = pipeline;
    this.lake = lake;
    this.catalog = catalog;
    this.bookmarks = bookmarks;
  }

  /** The pipeline's folder in the lake. */
  public Path root() {
    return lake.resolve(pipeline.lakeFolder());
  }

  /** Whether the pipeline has raw data in the lake ({@code <root>/raw}). */
  public boolean present() {
    return Files.isDirectory(root().resolve("raw"));
  }

  /** Generates sample data and makes it the pipeline's data; {@code jobs} are the jobs whose bookmarks reset. */
  public PreparedData generate(SampleRequest request, Collection<String> jobs) {
    Path staging = staging();
    try {
      PreparedData prepared = pipeline.generate(staging, request);
      replace(staging, jobs);
      return prepared;
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * Checks that {@code input} is a folder of this pipeline's files, lands them and makes them the pipeline's data.
   * Every check runs before anything in the lake or catalog changes.
   */
  public PreparedData land(Path input, Collection<String> jobs) {
    checkInput(input);
    Path staging = staging();
    try {
      PreparedData prepared = pipeline.land(input.toAbsolutePath().normalize(), staging);
      replace(staging, jobs);
      return prepared;
    } finally {
      deleteTree(staging);
    }
  }

  /** Notes that travel with data (README, PROVENANCE.txt, …): never data, so landing skips them. */
  static final List<String> NOTE_EXTENSIONS = List.of(".txt", ".md", ".rst", ".pdf", ".html");

  /**
   * The data files under {@code input}, sorted: hidden files and notes ({@link #NOTE_EXTENSIONS}, e.g. a
   * PROVENANCE.txt next to the data) skipped. None is an error.
   */
  public static List<Path> inputFiles(Pipeline pipeline, Path input, String expected) {
    if (!Files.isDirectory(input)) {
      throw PipelineErrors.noSuchFolder(pipeline.name(), input);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(Files::isRegularFile)
          .filter(f -> !input.relativize(f).toString().startsWith(".") && !f.getFileName().toString().startsWith("."))
          .filter(f -> !isNote(f)).sorted().toList();
    } catch (IOException e) {
      throw PipelineErrors.unreadable(input, e);
    }
    if (files.isEmpty()) {
      throw PipelineErrors.emptyInput(pipeline.name(), input, expected);
    }
    return files;
  }

  private static boolean isNote(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return NOTE_EXTENSIONS.stream().anyMatch(name::endsWith) || name.equals("license") || name.equals("readme");
  }

  private void checkInput(Path input) {
    for (Path file : inputFiles(pipeline, input, pipeline.description())) {
      if (!pipeline.recognizes(file)) {
        List<String> owners = PipelineRegistry.all().stream().filter(p -> p != pipeline && p.recognizes(file))
            .map(Pipeline::name).toList();
        throw PipelineErrors.notThisPipeline(pipeline.name(), file, pipeline.description(), owners);
      }
    }
  }

  private Path staging() {
    try {
      Files.createDirectories(lake);
      return Files.createTempDirectory(lake, ".staging-" + pipeline.lakeFolder() + "-");
    } catch (IOException e) {
      throw PipelineErrors.writeFailed(lake, e);
    }
  }

  private void replace(Path staging, Collection<String> jobs) {
    Path root = root();
    Path old = root.resolveSibling(".replaced-" + pipeline.lakeFolder() + "-" + System.nanoTime());
    try {
      if (Files.exists(root)) {
        Files.move(root, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw PipelineErrors.writeFailed(root, e);
    } finally {
      deleteTree(old);
    }
    if (catalog.getDatabases().stream().anyMatch(d -> d.name().equals(pipeline.database()))) {
      for (Table table : new ArrayList<>(catalog.getTables(pipeline.database()))) {
        catalog.deleteTable(pipeline.database(), table.name());
      }
    }
    for (String job : jobs) {
      if (bookmarks.exists(job)) {
        bookmarks.reset(job, null);
      }
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + folder + ": " + e.getMessage(), e);
    }
  }
}
