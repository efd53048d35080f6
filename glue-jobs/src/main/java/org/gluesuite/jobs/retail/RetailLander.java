package org.gluesuite.jobs.retail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lands a user's order logs (a folder of {@code .csv} / {@code .csv.gz} files in the UCI Online Retail schema, or
 * one such file) into the pipeline's raw layout, one folder per invoice hour ({@link OrderLogFormat}). All or
 * nothing: every header is checked before any line is read, every line of every file is checked before anything
 * is published, and a failure leaves the lake as it was. Each input file lands as {@code <name>-<digest>.csv} in
 * each of its hours, named after its content, so landing the same file again changes nothing.
 */
public final class RetailLander {
  private RetailLander() {
  }

  /**
   * What a landing did.
   *
   * @param inputs the files read
   * @param lines order lines landed
   * @param hourFolders hour folders holding them
   * @param filesWritten files moved into place
   * @param filesUnchanged files already there with the same bytes
   * @param firstHour the first hour ({@code yyyy/mm/dd/hh})
   * @param lastHour the last hour
   */
  public record LandingSummary(List<Path> inputs, long lines, int hourFolders, int filesWritten, int filesUnchanged,
      String firstHour, String lastHour) {
  }

  /** Lands {@code input} (a folder or one file) under {@code pipelineRoot}'s {@code raw/orders}. */
  public static LandingSummary land(Path input, Path pipelineRoot) {
    return land(inputFiles(input), pipelineRoot);
  }

  /** Lands the order-log {@code files} under {@code pipelineRoot}'s {@code raw/orders}. */
  public static LandingSummary land(List<Path> files, Path pipelineRoot) {
    files.forEach(OrderLogReader::header);
    List<OrderLogWriter> writers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      for (Path file : files) {
        OrderLogWriter writer = OrderLogWriter.create(pipelineRoot);
        writers.add(writer);
        OrderLogReader.Result read = OrderLogReader.read(file, writer::write);
        if (read.badLines() > 0) {
          throw RetailErrors.badLines(file, read.problems(), read.badLines(), read.problemCount());
        }
        names.add(stem(file) + "-" + read.sha256().substring(0, 12) + ".csv");
      }
      long lines = 0;
      int written = 0;
      int unchanged = 0;
      TreeSet<String> hours = new TreeSet<>();
      for (int i = 0; i < writers.size(); i++) {
        OrderLogWriter.Published published = writers.get(i).publish(names.get(i));
        lines += published.lines();
        written += published.filesWritten();
        unchanged += published.filesUnchanged();
        hours.addAll(published.hours());
      }
      return new LandingSummary(files, lines, hours.size(), written, unchanged,
          hours.isEmpty() ? null : hours.first(), hours.isEmpty() ? null : hours.last());
    } finally {
      writers.forEach(OrderLogWriter::close);
    }
  }

  /** The order-log files of a folder (not its subfolders), by name; or the one file given. */
  static List<Path> inputFiles(Path input) {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    if (!Files.isDirectory(input)) {
      throw RetailErrors.inputNotFound(input);
    }
    List<Path> files = new ArrayList<>();
    List<String> others = new ArrayList<>();
    try (Stream<Path> children = Files.list(input)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(child) && (lower.endsWith(".csv") || lower.endsWith(".csv.gz"))) {
          files.add(child);
        } else {
          others.add(Files.isDirectory(child) ? name + "/" : name);
        }
      }
    } catch (IOException e) {
      throw RetailErrors.unreadable(input, e);
    }
    if (files.isEmpty()) {
      throw RetailErrors.noOrderFiles(input, others);
    }
    return files;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String stem = lower.endsWith(".csv.gz") ? name.substring(0, name.length() - 7)
        : lower.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return stem.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
