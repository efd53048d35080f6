package org.gluesuite.jobs.shipping;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Sample data in the seed's two files, deterministic from a seed: {@code raw/shipping_logs/ShippingLogs.csv} (orders)
 * and {@code raw/product_descriptions/ProductDescriptions.csv} (products) under a pipeline folder, replacing what
 * is there.
 *
 * <p>It follows the shared real files' distributions (see the pipeline's README): four carriers, eight origins, four
 * priorities and bulk/single orders drawn evenly; 120 products (4 brands × 3 models × 10 screen sizes) with weights
 * growing with the screen; dates spread evenly over two years from 2020-01-01; shipping distances on a plane with a
 * radius that depends on the priority (Express short, Ground long) and origin (Salt Lake City short); the expected
 * days from a base of 15.5 shifted by carrier, origin (Salt Lake City −2.75), priority and bulk orders (−2), plus
 * noise; and the delay (actual − expected) mostly 0 or 1 with a long tail up to 10, driven by distance (little under
 * 100, saturating past 250), priority (Express and Air rarely late), origin (Salt Lake City never late) and carrier
 * (MicroCarrier least late). About 7 % arrive a day early. The planted structure is what the model should find.
 */
public final class ShippingDataGenerator {
  public static final long DEFAULT_SEED = 20210101L;
  public static final int DEFAULT_DAYS = 730;
  public static final int DEFAULT_ORDERS = 10_000;
  static final List<String> CARRIERS = List.of("GlobalFreight", "MicroCarrier", "Shipper", "BigBird");
  static final List<String> ORIGINS = List.of("Atlanta", "Seattle", "Chicago", "San Francisco", "Las Vegas",
      "Salt Lake City", "New York City", "Houston");
  static final List<String> PRIORITIES = List.of("Express", "Standard", "Ground", "Air");
  static final List<String> BRANDS = List.of("Bell", "Howell", "MicroChip", "Orange");
  static final List<String> MODELS = List.of("Base", "Performance", "Standard");
  static final double[] SCREEN_SIZES = {10.1, 11.6, 12.3, 12.5, 13.3, 13.5, 14, 15.6, 17.3, 18.4};
  private static final double[] BASE_WEIGHTS = {4.2, 4.5, 4.8, 5.1, 5.4, 5.7, 6.0, 6.5, 6.8, 7.8};
  private static final double[] BRAND_WEIGHT = {0, -0.2, 0.3, 0.2};

  // Expected days: shift per carrier / origin / priority; delay: factor per carrier / origin / priority.
  private static final Map<String, double[]> CARRIER_EFFECTS = Map.of("BigBird", new double[] {0, 1.05},
      "GlobalFreight", new double[] {-0.77, 1.0}, "MicroCarrier", new double[] {-0.56, 0.8},
      "Shipper", new double[] {-0.33, 1.0});
  private static final Map<String, double[]> ORIGIN_EFFECTS = Map.of("Atlanta", new double[] {-0.45, 1.1},
      "Chicago", new double[] {-0.01, 1.1}, "Houston", new double[] {-0.11, 1.0},
      "Las Vegas", new double[] {-0.22, 1.0}, "New York City", new double[] {-0.96, 0.8},
      "Salt Lake City", new double[] {-2.75, 0.04}, "San Francisco", new double[] {0.59, 1.0},
      "Seattle", new double[] {0, 1.2});
  // priority: median distance, expected-days shift, delay factor
  private static final Map<String, double[]> PRIORITY_EFFECTS = Map.of("Air", new double[] {140, -0.81, 0.45},
      "Express", new double[] {125, -1.52, 0.03}, "Ground", new double[] {195, 0.93, 1.25},
      "Standard", new double[] {175, 0, 1.05});

  private static final DateTimeFormatter MDYY = DateTimeFormatter.ofPattern("M/d/yy");

  private final long seed;
  private final int orders;
  private final LocalDate start;
  private final int days;

  private ShippingDataGenerator(Builder builder) {
    this.seed = builder.seed;
    this.orders = builder.orders;
    this.start = builder.start;
    this.days = builder.days;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The defaults: the shared files' size (10,000 orders over 730 days from 2020-01-01), seed 20210101. */
  public static ShippingDataGenerator create() {
    return builder().build();
  }

  /** Writes both files under {@code pipelineRoot/raw/}, replacing the folder as a whole. */
  public ShippingGenerationSummary generate(Path pipelineRoot) {
    Random random = new Random(seed);
    List<Product> products = products(random);
    List<String> lines = new ArrayList<>(orders);
    int late = 0;
    for (int i = 0; i < orders; i++) {
      Order order = order(random, products);
      late += order.late ? 1 : 0;
      lines.add(order.line);
    }
    RawFolder.replace(pipelineRoot, staging -> {
      write(staging, ShippingSource.SHIPPING_LOGS, lines);
      write(staging, ShippingSource.PRODUCT_DESCRIPTIONS, products.stream().map(Product::line).toList());
    });
    return new ShippingGenerationSummary(seed, orders, products.size(), start, start.plusDays(days - 1L), late);
  }

  private record Product(String id, String line) {
  }

  private record Order(String line, boolean late) {
  }

  private static List<Product> products(Random random) {
    List<Product> products = new ArrayList<>();
    for (int b = 0; b < BRANDS.size(); b++) {
      for (int m = 0; m < MODELS.size(); m++) {
        for (int s = 0; s < SCREEN_SIZES.length; s++) {
          String id = uuid(random);
          double weight = BASE_WEIGHTS[s] + 0.1 * m + BRAND_WEIGHT[b];
          products.add(new Product(id, String.join(",", BRANDS.get(b), MODELS.get(m), number(SCREEN_SIZES[s]),
              number(weight), id)));
        }
      }
    }
    return products;
  }

  private Order order(Random random, List<Product> products) {
    String carrier = pick(random, CARRIERS);
    String origin = pick(random, ORIGINS);
    String priority = pick(random, PRIORITIES);
    boolean bulk = random.nextBoolean();
    LocalDate date = start.plusDays(random.nextInt(days));
    double[] c = CARRIER_EFFECTS.get(carrier);
    double[] o = ORIGIN_EFFECTS.get(origin);
    double[] p = PRIORITY_EFFECTS.get(priority);

    double median = p[0] * (origin.equals("Salt Lake City") ? 0.8 : 1.0);
    double radius = Math.min(560, median * Math.exp(0.35 * random.nextGaussian()));
    double angle = random.nextDouble() * 2 * Math.PI;
    long x = Math.round(radius * Math.cos(angle));
    long y = Math.round(radius * Math.sin(angle));
    double distance = Math.hypot(x, y);

    long expected = Math.round(15.5 + c[0] + o[0] + p[1] + (bulk ? -2.03 : 0) + 0.004 * (distance - 165)
        + 1.1 * random.nextGaussian());
    expected = Math.max(1, Math.min(22, expected));
    int delay = delay(random, 2.9 / (1 + Math.exp(-(distance - 150) / 28)) * c[1] * o[1] * p[2]);
    long actual = Math.max(0, expected + delay);
    boolean late = late(random, delay);

    String line = String.join(",", String.valueOf(actual), String.valueOf(expected), carrier, String.valueOf(y),
        String.valueOf(x), bulk ? "Bulk Order" : "Single Order", origin, MDYY.format(date), uuid(random), priority,
        late ? "Late" : "On Time", products.get(random.nextInt(products.size())).id());
    return new Order(line, late);
  }

  /** Days late for a lateness level {@code mu}: −1 now and then, else a geometric count plus, rarely, a long delay. */
  private static int delay(Random random, double mu) {
    if (random.nextDouble() < 0.07) {
      return -1;
    }
    double mean = 0.4 * Math.min(1.0, 2 * mu) + 0.6 * mu;
    double more = mean / (1 + mean);
    int delay = 0;
    while (random.nextDouble() < more) {
      delay++;
    }
    if (random.nextDouble() < 0.075 * mu / (1 + 0.075 * mu)) {
      delay += 3 + random.nextInt(5);
    }
    return Math.min(delay, 10);
  }

  /** The files' OnTimeDelivery is not simply actual ≤ expected: late from 2 days on, mostly; sometimes early. */
  private static boolean late(Random random, int delay) {
    double chance = switch (delay) {
      case -1 -> 0.11;
      case 0, 1 -> 0.0;
      case 2 -> 0.46;
      case 3 -> 0.82;
      default -> 0.99;
    };
    return random.nextDouble() < chance;
  }

  private static void write(Path staging, ShippingSource source, List<String> lines) throws IOException {
    Path file = staging.resolve(source.folder()).resolve(source.fileName());
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", source.headers()));
      for (String line : lines) {
        out.write('\n');
        out.write(line);
      }
      out.write('\n');
    }
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String uuid(Random random) {
    return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & ~(3L << 62)) | (1L << 63))
        .toString();
  }

  /** 14 for 14.0, 15.6 for 15.6: as the shared files write numbers. */
  private static String number(double value) {
    return BigDecimal.valueOf(Math.round(value * 10) / 10.0).stripTrailingZeros().toPlainString();
  }

  /** Settings of the generator; every one has the shared files' value as its default. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private int orders = DEFAULT_ORDERS;
    private LocalDate start = LocalDate.of(2020, 1, 1);
    private int days = DEFAULT_DAYS;

    private Builder() {
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public Builder orders(int value) {
      if (value < 2) {
        throw ShippingErrors.invalidArgument("orders", String.valueOf(value), "generate at least 2 orders");
      }
      this.orders = value;
      return this;
    }

    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    public Builder days(int value) {
      if (value < 2) {
        throw ShippingErrors.invalidArgument("days", String.valueOf(value), "spread the orders over at least 2 "
            + "days: the split needs a training date and a later validation date");
      }
      this.days = value;
      return this;
    }

    public ShippingGenerationSummary generate(Path pipelineRoot) {
      return build().generate(pipelineRoot);
    }

    public ShippingDataGenerator build() {
      return new ShippingDataGenerator(this);
    }
  }
}
