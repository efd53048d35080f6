package org.gluesuite.jobs.shipping;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.common.Failures;

/** Every user-facing error of the shipping pipeline: the problem, why it happened, and how to fix it. */
public final class ShippingErrors {
  /** How many values a message lists before it shortens the list. */
  static final int MAX_LISTED = 10;

  private ShippingErrors() {
  }

  /** A job argument or setting cannot be used. */
  public static ShippingArgumentException invalidArgument(String name, String value, String rule) {
    return new ShippingArgumentException(String.format("Invalid --%s '%s': %s.", name, value, rule));
  }

  /** {@code --model_params} cannot be read. */
  static ShippingArgumentException invalidModelParams(String text, int position, String found, String expected) {
    return new ShippingArgumentException(String.format(
        "Invalid --model_params %s: at character %d, found %s where %s was expected. Write a JSON object or a "
            + "Python dict literal of MLlib parameters, e.g. {\"maxIter\": 32} or {'maxIter': 32, 'maxDepth': 5}.",
        text, position, found, expected));
  }

  /** A parameter MLlib's estimator does not have, or cannot take with that value. */
  static ShippingArgumentException invalidModelParam(String estimator, String name, Object value, String problem) {
    return new ShippingArgumentException(String.format(
        "Invalid --model_params: %s = %s for %s: %s.", name,
        value instanceof String ? "'" + value + "'" : value, estimator, problem));
  }

  /** {@code --input} is not a folder. */
  static ShippingInputException inputNotAFolder(java.nio.file.Path input) {
    return new ShippingInputException(String.format(
        "The input %s is not a folder: give the folder that holds the shipping pipeline's two files, %s and %s.",
        input, ShippingSource.SHIPPING_LOGS.fileName(), ShippingSource.PRODUCT_DESCRIPTIONS.fileName()));
  }

  /** The input folder holds no file. */
  static ShippingInputException emptyInput(java.nio.file.Path input) {
    return new ShippingInputException(String.format(
        "The input folder %s holds no files: the shipping pipeline needs %s (header %s) and %s (header %s) in it.",
        input, ShippingSource.SHIPPING_LOGS.fileName(), String.join(",", ShippingSource.SHIPPING_LOGS.headers()),
        ShippingSource.PRODUCT_DESCRIPTIONS.fileName(),
        String.join(",", ShippingSource.PRODUCT_DESCRIPTIONS.headers())));
  }

  /** The input folder lacks one of the two files (it may hold another pipeline's files). */
  static ShippingInputException missingInputFiles(java.nio.file.Path input, List<ShippingSource> missing,
      List<String> found) {
    String wanted = missing.stream().map(s -> s.fileName() + " (a CSV file with the header "
        + String.join(",", s.headers()) + ")").collect(Collectors.joining(" and "));
    return new ShippingInputException(String.format(
        "The input folder %s does not hold the shipping pipeline's %s. Files found: %s. These look like another "
            + "data set's files; put the shipping logs and product descriptions in the folder, named as above or "
            + "with those headers.", input, wanted, listed(found)));
  }

  /** Input files with problems: every problem found (the first ones of each file), and how many in all. */
  static ShippingInputException invalidInputFiles(java.nio.file.Path input, List<InputProblem> problems, int count) {
    String shown = problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    return new ShippingInputException(String.format(
        "The input files in %s cannot be landed: %d problem(s)%s:%n%s%nNothing was written; fix the files and "
            + "land them again.", input, count, count > problems.size() ? ", the first " + problems.size()
            + " shown" : "", shown));
  }

  /** An input file could not be read. */
  static ShippingInputException inputUnreadable(java.nio.file.Path path, Throwable cause) {
    return new ShippingInputException(String.format(
        "Could not read %s: %s. Check that it exists, is readable and is UTF-8 text.", path,
        Failures.reason(cause)), cause);
  }

  /** A source (a raw table or a file) lacks columns the seed's files have. */
  static ShippingDataException missingSourceColumns(String source, ShippingSource expected,
      Collection<String> missing, Collection<String> present) {
    return new ShippingDataException(String.format(
        "%s lacks the column(s) %s of %s: the preprocessing reads every column of the seed's file by name (any "
            + "case). Columns found: %s. Give the file the header %s (a crawler names the table's columns after "
            + "it) and crawl it again.",
        source, listed(missing), expected.fileName(), listed(present), String.join(",", expected.headers())));
  }

  /** The product descriptions hold a product id more than once, so the join would duplicate orders. */
  static ShippingDataException repeatedProductIds(String source, Collection<String> ids) {
    return new ShippingDataException(String.format(
        "%s holds product id(s) %s more than once: each order joins its product by ProductId, and a repeated "
            + "id would count its orders twice. Keep one row per ProductId.", source, listed(ids)));
  }

  /** The seed's split needs a training date and a validation date. */
  static ShippingDataException tooFewDates(int dates) {
    return new ShippingDataException(String.format(
        "The shipping logs have %d distinct order date(s) with valid rows, but the split by a date cutoff needs at "
            + "least 2: one to train on and a later one to validate on. Give orders of more than one day "
            + "(rows whose OrderDate is not M/D/YY are error records and do not count).", dates));
  }

  /** The curated table has no row of a split. */
  static ShippingDataException emptySplit(String table, String split) {
    return new ShippingDataException(String.format(
        "%s has no row with split = '%s': the feature engineering works on one split of the preprocessed table. "
            + "Run the preprocessing job (shipping-preprocess) first, over shipping logs of at least two dates.",
        table, split));
  }

  /** The validation pass found no fitted pipeline to load. */
  static ShippingDataException noFittedPipeline(String path) {
    return new ShippingDataException(String.format(
        "No fitted feature pipeline at %s: the validation pass loads the PipelineModel that the training pass "
            + "(--pass training) saved there, and never fits one itself. Run the training pass first with the same "
            + "--pipeline_model_path.", path));
  }

  /** A job's output could not be written. */
  static ShippingDataException writeFailed(String target, Throwable cause) {
    return new ShippingDataException(String.format(
        "Could not write %s: %s. Check that the folder is writable and the disk has space.",
        target, Failures.reason(cause)), cause);
  }

  static String listed(Collection<String> values) {
    List<String> all = List.copyOf(values);
    if (all.isEmpty()) {
      return "(none)";
    }
    if (all.size() <= MAX_LISTED) {
      return "[" + String.join(", ", all) + "]";
    }
    return "[" + all.subList(0, MAX_LISTED).stream().collect(Collectors.joining(", ")) + ", … and "
        + (all.size() - MAX_LISTED) + " more]";
  }
}
