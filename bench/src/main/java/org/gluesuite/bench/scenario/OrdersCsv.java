package org.gluesuite.bench.scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * The ETL input: order lines as CSV files with a header, deterministic from the seed, with what real extracts have:
 * exact duplicate lines (about 5 %, a re-sent line), missing values (amount 3 %, quantity 2 %, country 1 %),
 * cancelled orders (8 %) and skewed keys (customer ids drawn as {@code u^4}: a few customers own most lines;
 * countries Zipf-like). Timestamps spread over 2024, so the output has 366 day partitions.
 */
final class OrdersCsv {
  static final String HEADER = "order_id,customer_id,order_ts,amount,quantity,country,status";
  static final int FILES = 8;
  private static final String[] COUNTRIES = {"GB", "DE", "FR", "ES", "NL", "IE", "IT", "PT", "BE", "SE"};
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

  private OrdersCsv() {
  }

  /** Writes {@code rows} lines (duplicates included) into {@value #FILES} files under {@code folder}. */
  static void write(Path folder, int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int perFile = (rows + FILES - 1) / FILES;
    long nextId = 1;
    String last = null;
    int written = 0;
    try {
      for (int f = 0; f < FILES && written < rows; f++) {
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(String.format("orders-%02d.csv", f)),
            StandardCharsets.UTF_8)) {
          out.write(HEADER);
          out.write('\n');
          for (int i = 0; i < perFile && written < rows; i++, written++) {
            String line = last != null && random.nextDouble() < 0.05 ? last : line(random, nextId++);
            out.write(line);
            out.write('\n');
            last = line;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the ETL input under " + folder + ": " + e.getMessage(), e);
    }
  }

  private static String line(SplittableRandom random, long id) {
    long customer = (long) (50_000 * Math.pow(random.nextDouble(), 4));
    String ts = TS.format(START.plusSeconds(random.nextLong(366L * 24 * 3600)));
    String amount = random.nextDouble() < 0.03 ? "" : String.format(java.util.Locale.ROOT, "%.2f",
        Math.exp(3 + random.nextGaussian()));
    String quantity = random.nextDouble() < 0.02 ? "" : String.valueOf(1 + random.nextInt(12));
    String country = random.nextDouble() < 0.01 ? ""
        : COUNTRIES[(int) (COUNTRIES.length * Math.pow(random.nextDouble(), 2.5))];
    String status = random.nextDouble() < 0.08 ? "cancelled" : "shipped";
    return id + "," + customer + "," + ts + "," + amount + "," + quantity + "," + country + "," + status;
  }
}
