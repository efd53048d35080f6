package org.gluesuite.jobs.shipping;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lands a user's two files of the seed's format into the lake's raw layout, where the {@code shipping-raw} crawler
 * finds them: {@code raw/shipping_logs/ShippingLogs.csv} and {@code raw/product_descriptions/ProductDescriptions.csv}.
 *
 * <p>The input folder must hold the orders file and the products file: found by their seed names
 * ({@code ShippingLogs.csv}, {@code ProductDescriptions.csv}, any case), else by their headers. Both are checked
 * completely before anything is written ({@link InputFileCheck}: header, fields per line, each cell's value; product
 * ids once each; two distinct order dates at least, for the split). Any problem fails the landing with every problem
 * found (file, line, column, fix) and leaves the lake as it was; a good landing replaces {@code raw/} as a whole.
 */
public final class ShippingInputLander {
  private ShippingInputLander() {
  }

  /**
   * @throws ShippingInputException when the folder is missing or empty, does not hold both files, or a file has a
   *     problem; nothing is written then
   */
  public static LandingSummary land(Path input, Path pipelineRoot) {
    List<Path> files = files(input);
    Map<ShippingSource, Path> found = identify(input, files);
    Path logsFile = found.get(ShippingSource.SHIPPING_LOGS);
    Path productsFile = found.get(ShippingSource.PRODUCT_DESCRIPTIONS);

    Map<String, Integer> productLines = new HashMap<>();
    List<String> productIdsOnOrders = new ArrayList<>();
    Set<LocalDate> dates = new TreeSet<>();
    InputFileCheck products;
    InputFileCheck logs;
    try {
      List<int[]> repeats = new ArrayList<>();
      List<String> repeatedIds = new ArrayList<>();
      products = InputFileCheck.run(productsFile, ShippingSource.PRODUCT_DESCRIPTIONS, (line, cells) -> {
        Integer first = productLines.putIfAbsent(cells.get(ShippingSource.PRODUCT_ID), line);
        if (first != null) {
          repeats.add(new int[] {line, first});
          repeatedIds.add(cells.get(ShippingSource.PRODUCT_ID));
        }
      });
      for (int i = 0; i < repeats.size(); i++) {
        products.problem(repeats.get(i)[0], ShippingSource.PRODUCT_ID, "product " + repeatedIds.get(i)
            + " is described again (first on line " + repeats.get(i)[1] + ")", "keep one line per ProductId");
      }
      logs = InputFileCheck.run(logsFile, ShippingSource.SHIPPING_LOGS, (line, cells) -> {
        dates.add(LocalDate.parse(cells.get("OrderDate")));
        productIdsOnOrders.add(cells.get(ShippingSource.PRODUCT_ID));
      });
    } catch (IOException e) {
      throw ShippingErrors.inputUnreadable(input, e);
    }

    List<InputProblem> problems = new ArrayList<>(logs.problems());
    problems.addAll(products.problems());
    int count = logs.problemCount() + products.problemCount();
    if (count == 0 && dates.size() < 2) {
      problems.add(new InputProblem(logsFile.getFileName().toString(), 0, "OrderDate", "every order has the date "
          + dates.iterator().next() + ", but the split by a date cutoff needs at least two dates",
          "give orders of more than one day"));
      count++;
    }
    if (count > 0) {
      throw ShippingErrors.invalidInputFiles(input, problems, count);
    }

    RawFolder.replace(pipelineRoot, staging -> {
      copy(logsFile, staging, ShippingSource.SHIPPING_LOGS);
      copy(productsFile, staging, ShippingSource.PRODUCT_DESCRIPTIONS);
    });
    int withoutProduct = (int) productIdsOnOrders.stream().filter(id -> !productLines.containsKey(id)).count();
    return new LandingSummary(logsFile, productsFile, logs.rows(), products.rows(), dates.size(),
        ((TreeSet<LocalDate>) dates).first(), ((TreeSet<LocalDate>) dates).last(), withoutProduct);
  }

  private static List<Path> files(Path input) {
    if (!Files.isDirectory(input)) {
      throw ShippingErrors.inputNotAFolder(input);
    }
    try (Stream<Path> listed = Files.list(input)) {
      List<Path> files = listed.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
      if (files.isEmpty()) {
        throw ShippingErrors.emptyInput(input);
      }
      return files;
    } catch (IOException e) {
      throw ShippingErrors.inputUnreadable(input, e);
    }
  }

  /** Each source's file: by its seed name, else the one CSV file whose header names the source's columns. */
  private static Map<ShippingSource, Path> identify(Path input, List<Path> files) {
    Map<ShippingSource, Path> found = new EnumMap<>(ShippingSource.class);
    Map<Path, List<String>> headers = new HashMap<>();
    for (Path file : files) {
      try {
        headers.put(file, InputFileCheck.header(file));
      } catch (CharacterCodingException e) {
        headers.put(file, null);  // not text: a compressed or binary file
      } catch (IOException e) {
        throw ShippingErrors.inputUnreadable(file, e);
      }
    }
    for (ShippingSource source : ShippingSource.values()) {
      files.stream().filter(f -> f.getFileName().toString().equalsIgnoreCase(source.fileName())).findFirst()
          .or(() -> files.stream().filter(f -> sameColumns(headers.get(f), source.headers())).findFirst())
          .ifPresent(f -> found.put(source, f));
    }
    if (found.size() < ShippingSource.values().length) {
      List<ShippingSource> missing = new ArrayList<>();
      for (ShippingSource source : ShippingSource.values()) {
        if (!found.containsKey(source)) {
          missing.add(source);
        }
      }
      List<String> seen = new ArrayList<>();
      for (Path file : files) {
        List<String> header = headers.get(file);
        seen.add(file.getFileName() + (header == null ? " (not a text file with a header line)"
            : " (header: " + String.join(",", header.subList(0, Math.min(header.size(), 12)))
                + (header.size() > 12 ? ",…" : "") + ")"));
      }
      throw ShippingErrors.missingInputFiles(input, missing, seen);
    }
    return found;
  }

  /** Whether {@code header} (null for none) names exactly the {@code expected} columns, in any order and case. */
  static boolean sameColumns(List<String> header, List<String> expected) {
    if (header == null) {
      return false;
    }
    Set<String> names = new HashSet<>();
    header.forEach(h -> names.add(h.trim().toLowerCase(Locale.ROOT)));
    Set<String> wanted = new HashSet<>();
    expected.forEach(h -> wanted.add(h.toLowerCase(Locale.ROOT)));
    return names.equals(wanted);
  }

  private static void copy(Path file, Path staging, ShippingSource source) throws IOException {
    Path target = staging.resolve(source.folder()).resolve(source.fileName());
    Files.createDirectories(target.getParent());
    Files.copy(file, target);
  }
}
