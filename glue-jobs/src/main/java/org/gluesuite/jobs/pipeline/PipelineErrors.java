package org.gluesuite.jobs.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.gluesuite.common.Failures;

/** Every error of the pipeline framework and of the pipelines' landers: what, where, and how to fix it. */
public final class PipelineErrors {
  private PipelineErrors() {
  }

  static PipelineInputException noSuchFolder(String pipeline, Path input) {
    return new PipelineInputException(String.format("The input of pipeline %s, %s, is not a folder. Give the folder "
        + "that holds the data files.", pipeline, input));
  }

  static PipelineInputException emptyInput(String pipeline, Path input, String expected) {
    return new PipelineInputException(String.format("The input folder %s holds no data files (notes such as "
        + "README or *.txt are not data), so pipeline %s has nothing to land. It takes %s. Put the files in the "
        + "folder or point at the folder that has them.",
        input, pipeline, expected));
  }

  /**
   * {@code file} is not an input of {@code pipeline} (which takes {@code expected}); {@code owners} are the
   * pipelines that do recognise it (may be empty).
   */
  public static PipelineInputException notThisPipeline(String pipeline, Path file, String expected,
      Collection<String> owners) {
    return new PipelineInputException(String.format("%s is not an input of pipeline %s, which takes %s.%s "
        + "Remove the file from the input folder, or give the folder of %s's own data.", file, pipeline, expected,
        owners.isEmpty() ? "" : " It looks like the input of pipeline " + String.join(" or ", owners) + ".",
        pipeline));
  }

  /**
   * A problem at a place in a file: {@code line} 1-based (0 for the whole file), {@code column} a column name
   * (null for a whole line); {@code fix} says what to change.
   */
  public static PipelineInputException badFile(Path file, long line, String column, String problem, String fix) {
    StringBuilder where = new StringBuilder(file.toString());
    if (line > 0) {
      where.append(", line ").append(line);
    }
    if (column != null) {
      where.append(", column ").append(column);
    }
    return new PipelineInputException(String.format("%s: %s. %s", where, problem, fix));
  }

  /** Reading a file failed. */
  public static PipelineInputException unreadable(Path file, Throwable cause) {
    return new PipelineInputException(String.format("Cannot read %s: %s. Check that the file exists and is "
        + "readable.", file, Failures.reason(cause)), cause);
  }

  /** Writing the generated or landed data into the lake failed. */
  public static PipelineInputException writeFailed(Path target, Throwable cause) {
    return new PipelineInputException(String.format("Could not write %s: %s. Check that the workspace folder is "
        + "writable and the disk has space.", target, Failures.reason(cause)), cause);
  }

  static PipelineInputException noSuchPipeline(String name, List<String> known) {
    return new PipelineInputException(String.format("There is no pipeline named '%s'. Pipelines: %s.", name, known));
  }

  static PipelineInputException invalidSample(String name, Object value, String rule) {
    return new PipelineInputException(String.format("Invalid sample data setting %s = %s: %s.", name, value, rule));
  }
}
