package org.gluesuite.jobs.shipping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.testing.TestSpark;

/** Fixtures: the shared real files (read in place), small hand-written files, and frames read from either. */
final class ShippingTestData {
  static final String LOGS_HEADER = String.join(",", ShippingSource.SHIPPING_LOGS.headers());
  static final String PRODUCTS_HEADER = String.join(",", ShippingSource.PRODUCT_DESCRIPTIONS.headers());
  private static DataCatalog catalog;

  private ShippingTestData() {
  }

  /** {@code ../shared/data/shipping_logs} next to the repository (the folder holding {@code .git}). */
  static Path sharedFolder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    Path root = dir != null ? dir : Path.of("").toAbsolutePath();
    return root.resolve("..").resolve("shared").resolve("data").resolve("shipping_logs").normalize();
  }

  static boolean sharedDataPresent() {
    return Files.isRegularFile(sharedFolder().resolve(ShippingSource.SHIPPING_LOGS.fileName()));
  }

  /** A CSV file read record by record (file source, header on), as a frame. */
  static synchronized GlueFrame frame(Path file) {
    if (catalog == null) {
      catalog = EmbeddedCatalog.open(TestSpark.newFolder("shipping-catalog"));
    }
    return GlueSuiteContext.create(TestSpark.session(), catalog).getSourceWithFormat("csv",
        Map.of("paths", "[\"" + file + "\"]"), Map.of("withHeader", "true")).getFrame();
  }

  /** A folder holding the two files with these data lines (headers added). */
  static Path folder(String prefix, List<String> logLines, List<String> productLines) {
    Path folder = TestSpark.newFolder(prefix);
    write(folder.resolve(ShippingSource.SHIPPING_LOGS.fileName()), LOGS_HEADER, logLines);
    write(folder.resolve(ShippingSource.PRODUCT_DESCRIPTIONS.fileName()), PRODUCTS_HEADER, productLines);
    return folder;
  }

  static void write(Path file, String header, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, header + "\n" + String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An order line: actual, expected, carrier, y, x, bulk, origin, date, id, priority, on time, product. */
  static String order(int actual, int expected, String carrier, String origin, String date, String id,
      String product) {
    return String.join(",", String.valueOf(actual), String.valueOf(expected), carrier, "30", "-40", "Bulk Order",
        origin, date, id, "Express", "On Time", product);
  }

  static String product(String id, double screen) {
    return String.join(",", "Bell", "Base", String.valueOf(screen), "4.5", id);
  }
}
