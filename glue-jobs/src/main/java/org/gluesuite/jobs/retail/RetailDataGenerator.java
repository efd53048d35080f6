package org.gluesuite.jobs.retail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes deterministic order logs in the UCI Online Retail schema into the hourly raw layout, with the shape of
 * the real file: a few thousand customers (mostly UK), products whose popularity is heavily skewed, customers who
 * come back for the same products, invoices in business hours on working days, and the lines a recommender must
 * not learn from. Plain Java, no Spark; the same settings always give byte-identical files.
 *
 * <h2>Shape</h2>
 * Products belong to one of {@value #THEMES} themes and have a Zipf-like popularity. Each customer prefers two
 * themes and keeps a repertoire of products bought again and again; invoices mix the repertoire, popular products
 * of the favourite themes and popular products overall. Activity per customer is log-normal (a few wholesalers
 * buy very often and in bulk); new customers keep arriving. A November peak raises the number of invoices.
 *
 * <h2>Lines that are not purchases by a known customer (counted in {@link Summary})</h2>
 * Guest invoices with no customer (with a {@code DOT} dotcom postage line), cancellation invoices
 * ({@code C} + number, negative quantities, sometimes a {@code D} discount line), postage lines on foreign orders
 * ({@code POST}, {@code C2} carriage for EIRE), {@code M} manual lines and {@code BANK CHARGES}, stock adjustments
 * with no customer, a zero or negative quantity and often no description, and a few zero-quantity lines of known
 * customers. Descriptions include quotes and commas ({@code PHOTO FRAME 7" SINGLE}), which the files quote as
 * RFC 4180 does.
 */
public final class RetailDataGenerator {
  public static final long DEFAULT_SEED = 20101201L;
  public static final LocalDate DEFAULT_START = LocalDate.of(2010, 12, 1);
  public static final int DEFAULT_DAYS = 120;
  public static final int DEFAULT_CUSTOMERS = 1200;
  public static final int DEFAULT_ITEMS = 1000;
  static final int THEMES = 24;
  private static final int FIRST_INVOICE = 536365;
  private static final int FIRST_CUSTOMER = 12346;
  private static final double GUEST_SHARE = 0.12;
  private static final double CANCEL_SHARE = 0.03;
  private static final double[] HOUR_WEIGHTS = {0, 0, 0, 0, 0, 0, 0, 0.01, 0.05, 0.09, 0.13, 0.13, 0.15, 0.13, 0.12,
      0.10, 0.05, 0.02, 0.007, 0.005, 0.001, 0, 0, 0};
  private static final int[] QUANTITIES = {1, 2, 3, 4, 6, 8, 10, 12, 12, 12, 24, 24, 25, 36, 48};
  private static final String[] COUNTRIES = {"Germany", "France", "EIRE", "Spain", "Netherlands", "Belgium",
      "Switzerland", "Portugal", "Australia", "Norway"};
  private static final String[] ADJECTIVES = {"VINTAGE", "RETRO", "REGENCY", "JUMBO", "SMALL", "LARGE", "PAPER",
      "WOODEN", "GLASS", "ENAMEL", "HANGING", "SCANDINAVIAN", "ANTIQUE", "FRENCH", "PARTY", "CHRISTMAS",
      "GARDEN", "KITCHEN", "CERAMIC", "METAL", "LACE", "FLORAL", "SPOTTY", "STRIPED"};
  private static final String[] COLOURS = {"RED", "PINK", "BLUE", "WHITE", "IVORY", "GREEN", "CREAM", "BLACK",
      "SILVER", "GOLD", "PASTEL", "RETROSPOT"};
  private static final String[] NOUNS = {"HEART T-LIGHT HOLDER", "LANTERN", "CAKE STAND", "TEA CUP AND SAUCER",
      "LUNCH BAG", "BUNTING", "DOORSTOP", "PHOTO FRAME", "CANDLE", "JAM JAR", "WATER BOTTLE", "TISSUES",
      "BAKING SET", "NAPKINS", "ALARM CLOCK", "DOOR MAT", "SHOPPER BAG", "PURSE", "STORAGE TIN", "PLATE",
      "CUSHION COVER", "NOTEBOOK", "WALL SIGN", "KEY RING"};

  private final long seed;
  private final LocalDate start;
  private final int days;
  private final int customers;
  private final int items;

  private RetailDataGenerator(Builder b) {
    this.seed = b.seed;
    this.start = b.start;
    this.days = b.days;
    this.customers = b.customers;
    this.items = b.items;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The default shape: 120 days from 2010-12-01, 1,200 customers, 1,000 products. */
  public static RetailDataGenerator create() {
    return builder().build();
  }

  /**
   * What was generated, by kind of line. Every line is exactly one kind; {@code purchaseLines} are the lines the
   * clean job keeps (a product bought in a positive quantity by a known customer, not cancelled).
   */
  public record Summary(long lines, long invoices, long purchaseLines, long guestLines, long cancellationLines,
      long adjustmentLines, long zeroQuantityLines, long nonProductLines, int customersWithPurchases,
      int productsBought, int hourFolders, String firstHour, String lastHour, long seed) {
  }

  /** Writes the order logs under {@code pipelineRoot}'s {@code raw/orders} and says what they hold. */
  public Summary generate(Path pipelineRoot) {
    Counts counts = new Counts();
    List<OrderLine> lines = lines(counts);
    try (OrderLogWriter writer = OrderLogWriter.create(pipelineRoot)) {
      lines.forEach(writer::write);
      OrderLogWriter.Published published = writer.publish(fileName());
      return new Summary(lines.size(), counts.invoices, counts.purchase, counts.guest, counts.cancellation,
          counts.adjustment, counts.zeroQuantity, counts.nonProduct, counts.buyers.size(), counts.bought.size(),
          published.hours().size(), published.hours().first(), published.hours().last(), seed);
    }
  }

  /** The landed file's name in each hour folder: the settings, so other settings never overwrite it. */
  String fileName() {
    return String.format("generated-s%d-%s-d%d-c%d-i%d.csv", seed, start, days, customers, items);
  }

  private static final class Counts {
    long invoices;
    long purchase;
    long guest;
    long cancellation;
    long adjustment;
    long zeroQuantity;
    long nonProduct;
    final Set<Integer> buyers = new HashSet<>();
    final Set<String> bought = new HashSet<>();
  }

  private record Product(String code, String description, BigDecimal price, int theme, double weight) {
  }

  private record Customer(int id, String country, int[] themes, double activity, int multiplier, int firstDay,
      List<Integer> repertoire) {
  }

  /** An invoice before it has a number: when, who, and its lines' products and quantities. */
  private record Draft(LocalDateTime time, Customer customer, List<Integer> products, List<Integer> quantities) {
  }

  private List<OrderLine> lines(Counts counts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Product> products = products(random);
    double[] global = weights(products, -1);
    double[][] byTheme = new double[THEMES][];
    for (int t = 0; t < THEMES; t++) {
      byTheme[t] = weights(products, t);
    }
    List<Customer> people = customers(random, products, byTheme);
    List<Draft> drafts = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      LocalDate date = start.plusDays(day);
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
        continue;   // the real shop ships nothing on Saturdays
      }
      double season = date.getMonthValue() == 11 ? 1.6 : date.getMonthValue() == 12 ? 1.1 : 1.0;
      double perDay = people.size() * 0.045 * season * (date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.5 : 1.0);
      int invoices = poisson(random, perDay);
      List<Customer> active = people.stream().filter(c -> c.firstDay() <= (int) (date.toEpochDay()
          - start.toEpochDay())).toList();
      double[] activity = active.stream().mapToDouble(Customer::activity).toArray();
      for (int i = 0; i < invoices; i++) {
        Customer customer = random.nextDouble() < GUEST_SHARE || active.isEmpty() ? null
            : active.get(pick(random, activity));
        drafts.add(draft(random, date, customer, products, global, byTheme));
      }
    }
    drafts.sort(Comparator.comparing(Draft::time));
    List<OrderLine> lines = new ArrayList<>();
    int number = FIRST_INVOICE;
    List<OrderLine> cancellations = new ArrayList<>();
    for (Draft draft : drafts) {
      String invoice = String.valueOf(number++);
      counts.invoices++;
      List<OrderLine> invoiceLines = invoiceLines(random, draft, invoice, products, counts);
      lines.addAll(invoiceLines);
      if (draft.customer() != null && random.nextDouble() < CANCEL_SHARE) {
        cancellations.addAll(cancellation(random, draft, invoiceLines, counts));
      }
    }
    // cancellations and then stock adjustments are numbered after the invoices, each in time order
    cancellations.sort(Comparator.comparing(OrderLine::invoiceDate));
    String lastCancelled = null;
    String lastNumber = null;
    for (OrderLine c : cancellations) {
      if (!c.invoiceNo().equals(lastCancelled)) {
        lastCancelled = c.invoiceNo();
        lastNumber = "C" + number++;
        counts.invoices++;
      }
      lines.add(new OrderLine(lastNumber, c.stockCode(), c.description(), c.quantity(), c.invoiceDate(),
          c.unitPrice(), c.customerId(), c.country()));
    }
    lines.addAll(adjustments(random, products, number, counts));
    lines.sort(Comparator.comparing(OrderLine::invoiceDate));
    return lines;
  }

  private Draft draft(SplittableRandom random, LocalDate date, Customer customer, List<Product> products,
      double[] global, double[][] byTheme) {
    int hour = pick(random, HOUR_WEIGHTS);
    LocalDateTime time = date.atTime(hour, random.nextInt(60));
    int size = customer == null ? 20 + random.nextInt(60) : Math.max(1, (int) Math.round(Math.exp(
        2.5 + 0.8 * random.nextGaussian())));
    size = Math.min(size, 120);
    Set<Integer> chosen = new LinkedHashSet<>();
    for (int attempt = 0; chosen.size() < size && attempt < size * 3; attempt++) {
      double u = random.nextDouble();
      int product;
      if (customer != null && u < 0.55) {
        product = customer.repertoire().get(random.nextInt(customer.repertoire().size()));
      } else if (customer != null && u < 0.85) {
        int theme = customer.themes()[random.nextDouble() < 0.7 ? 0 : 1];
        product = pick(random, byTheme[theme]);
      } else {
        product = pick(random, global);
      }
      chosen.add(product);
    }
    List<Integer> quantities = new ArrayList<>();
    for (int ignored : chosen) {
      int q = QUANTITIES[(int) Math.min(QUANTITIES.length - 1, Math.abs(random.nextGaussian()) * 5)];
      quantities.add(q * (customer == null ? 1 : customer.multiplier()));
    }
    return new Draft(time, customer, List.copyOf(chosen), quantities);
  }

  private List<OrderLine> invoiceLines(SplittableRandom random, Draft draft, String invoice, List<Product> products,
      Counts counts) {
    Customer c = draft.customer();
    Integer id = c == null ? null : c.id();
    String country = c == null ? "United Kingdom" : c.country();
    List<OrderLine> out = new ArrayList<>();
    for (int i = 0; i < draft.products().size(); i++) {
      Product p = products.get(draft.products().get(i));
      int quantity = draft.quantities().get(i);
      if (c != null && random.nextDouble() < 0.0005) {
        quantity = 0;   // a data-entry slip: a known customer, a product, nothing bought
        counts.zeroQuantity++;
      } else if (c == null) {
        counts.guest++;
      } else {
        counts.purchase++;
        counts.buyers.add(c.id());
        counts.bought.add(p.code());
      }
      out.add(new OrderLine(invoice, p.code(), p.description(), quantity, draft.time(), p.price(), id, country));
    }
    if (c == null) {
      out.add(new OrderLine(invoice, "DOT", "DOTCOM POSTAGE", 1, draft.time(), money(random, 3.0, 0.8), null,
          country));
      counts.guest++;
      return out;
    }
    if (!"United Kingdom".equals(country) && random.nextDouble() < 0.7) {
      boolean carriage = "EIRE".equals(country) && random.nextBoolean();
      out.add(new OrderLine(invoice, carriage ? "C2" : "POST", carriage ? "CARRIAGE" : "POSTAGE",
          1 + random.nextInt(3), draft.time(), new BigDecimal(carriage ? "50.00" : "18.00"), id, country));
      counts.nonProduct++;
    }
    if (random.nextDouble() < 0.006) {
      out.add(new OrderLine(invoice, "M", "Manual", 1, draft.time(), money(random, 1.5, 1.0), id, country));
      counts.nonProduct++;
    }
    if (random.nextDouble() < 0.002) {
      out.add(new OrderLine(invoice, "BANK CHARGES", "Bank Charges", 1, draft.time(), new BigDecimal("15.00"), id,
          country));
      counts.nonProduct++;
    }
    return out;
  }

  /** Some lines of an invoice taken back a few days later (business hours), sometimes with a discount line. */
  private List<OrderLine> cancellation(SplittableRandom random, Draft draft, List<OrderLine> invoice, Counts counts) {
    LocalDate day = draft.time().toLocalDate().plusDays(random.nextInt(6));
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      day = day.plusDays(1);
    }
    LocalDateTime time = day.atTime(9 + random.nextInt(8), random.nextInt(60));
    if (!time.isAfter(draft.time()) || day.isAfter(start.plusDays(days - 1L))) {
      return List.of();
    }
    List<OrderLine> products = invoice.stream().filter(l -> l.quantity() > 0).toList();
    List<OrderLine> out = new ArrayList<>();
    int taken = Math.min(products.size(), 1 + random.nextInt(3));
    for (int i = 0; i < taken; i++) {
      OrderLine l = products.get(random.nextInt(products.size()));
      out.add(new OrderLine(l.invoiceNo(), l.stockCode(), l.description(), -Math.max(1, l.quantity()
          / (1 + random.nextInt(2))), time, l.unitPrice(), l.customerId(), l.country()));
    }
    if (random.nextDouble() < 0.08) {
      OrderLine l = invoice.get(0);
      out.add(new OrderLine(l.invoiceNo(), "D", "Discount", -1, time, money(random, 2.5, 0.7), l.customerId(),
          l.country()));
    }
    counts.cancellation += out.size();
    return out;
  }

  /** Stock adjustments: no customer, a product, nothing sold, often no description. */
  private List<OrderLine> adjustments(SplittableRandom random, List<Product> products, int firstNumber,
      Counts counts) {
    List<OrderLine> out = new ArrayList<>();
    int number = firstNumber;
    for (int day = 0; day < days; day++) {
      LocalDate date = start.plusDays(day);
      if (date.getDayOfWeek() == DayOfWeek.SATURDAY || random.nextDouble() > 0.3) {
        continue;
      }
      Product p = products.get(random.nextInt(products.size()));
      String description = switch (random.nextInt(4)) {
        case 0 -> "damaged";
        case 1 -> "?";
        default -> null;
      };
      out.add(new OrderLine(String.valueOf(number++), p.code(), description, -(1 + random.nextInt(50)),
          date.atTime(10 + random.nextInt(7), random.nextInt(60)), BigDecimal.ZERO.setScale(0), null,
          "United Kingdom"));
      counts.adjustment++;
      counts.invoices++;
    }
    return out;
  }

  private List<Product> products(SplittableRandom random) {
    List<Product> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    int[] rank = permutation(random, items);
    for (int i = 0; i < items; i++) {
      String code;
      do {
        code = String.valueOf(10000 + random.nextInt(90000));
        double v = random.nextDouble();
        if (v < 0.13) {
          code += (char) ('A' + random.nextInt(6));
        } else if (v < 0.15) {
          code += random.nextBoolean() ? "BL" : "L";
        }
      } while (!codes.add(code));
      int theme = i % THEMES;
      String name;
      int tries = 0;
      do {
        name = description(random, theme, tries++);
      } while (!names.add(name));
      BigDecimal price = money(random, 0.8, 0.8).max(new BigDecimal("0.19"));
      out.add(new Product(code, name, price, theme, 1.0 / Math.pow(rank[i] + 1, 0.9)));
    }
    return out;
  }

  private static String description(SplittableRandom random, int theme, int tries) {
    String noun = NOUNS[(theme + random.nextInt(3)) % NOUNS.length];
    String base = ADJECTIVES[theme % ADJECTIVES.length] + " " + COLOURS[random.nextInt(COLOURS.length)] + " " + noun;
    double quirk = random.nextDouble();
    if (noun.equals("PHOTO FRAME") && quirk < 0.5) {
      base += " " + (5 + random.nextInt(6)) + "\" SINGLE";   // inches, as the shop writes them
    } else if (quirk < 0.04) {
      base = "SET/3 \"" + base + "\" SIGNS";
    } else if (quirk < 0.07) {
      base += ", SET OF " + (2 + random.nextInt(5));
    }
    return tries == 0 ? base : base + " " + (char) ('A' + tries % 26) + (tries / 26 == 0 ? "" : tries / 26);
  }

  private List<Customer> customers(SplittableRandom random, List<Product> products, double[][] byTheme) {
    List<Customer> out = new ArrayList<>();
    int id = FIRST_CUSTOMER;
    for (int i = 0; i < customers; i++) {
      id += 1 + random.nextInt(3);
      String country = random.nextDouble() < 0.88 ? "United Kingdom" : COUNTRIES[random.nextInt(COUNTRIES.length)];
      int first = random.nextInt(THEMES);
      int second = (first + 1 + random.nextInt(THEMES - 1)) % THEMES;
      double activity = Math.exp(1.1 * random.nextGaussian());
      int multiplier = random.nextDouble() < 0.12 ? 6 + random.nextInt(7) : 1;
      int firstDay = random.nextDouble() < 0.6 ? 0 : random.nextInt(Math.max(1, (int) (days * 0.85)));
      int size = 8 + random.nextInt(33);
      List<Integer> repertoire = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        int theme = random.nextDouble() < 0.65 ? first : random.nextDouble() < 0.7 ? second : random.nextInt(THEMES);
        repertoire.add(pick(random, byTheme[theme]));
      }
      out.add(new Customer(id, country, new int[] {first, second}, activity, multiplier, firstDay, repertoire));
    }
    return out;
  }

  /** Cumulative popularity weights over every product ({@code theme} -1) or the products of one theme. */
  private static double[] weights(List<Product> products, int theme) {
    double[] w = new double[products.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = theme < 0 || products.get(i).theme() == theme ? products.get(i).weight() : 0;
    }
    return w;
  }

  /** An index drawn with probability proportional to its weight. */
  static int pick(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i;
      }
    }
    return 0;
  }

  private static int[] permutation(SplittableRandom random, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static int poisson(SplittableRandom random, double mean) {
    // normal approximation: means here are in the tens
    return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
  }

  private static BigDecimal money(SplittableRandom random, double logMedian, double sigma) {
    return BigDecimal.valueOf(Math.exp(logMedian + sigma * random.nextGaussian())).setScale(2, RoundingMode.HALF_UP);
  }

  /** Settings; every one has a default. */
  public static final class Builder {
    private long seed = DEFAULT_SEED;
    private LocalDate start = DEFAULT_START;
    private int days = DEFAULT_DAYS;
    private int customers = DEFAULT_CUSTOMERS;
    private int items = DEFAULT_ITEMS;

    private Builder() {
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public Builder start(LocalDate value) {
      this.start = value;
      return this;
    }

    /** Days of orders; at least 45, so that a month can be held out after two weeks of history. */
    public Builder days(int value) {
      this.days = value;
      return this;
    }

    public Builder customers(int value) {
      this.customers = value;
      return this;
    }

    public Builder items(int value) {
      this.items = value;
      return this;
    }

    public RetailDataGenerator build() {
      if (days < 45) {
        throw RetailErrors.invalidSetting("days", days, "give at least 45 days: the last month is held out to "
            + "evaluate the recommendations, and the model needs history before it");
      }
      if (customers < 20) {
        throw RetailErrors.invalidSetting("customers", customers, "give at least 20 customers");
      }
      if (items < THEMES * 5) {
        throw RetailErrors.invalidSetting("items", items, "give at least " + THEMES * 5 + " products ("
            + THEMES + " themes of 5 or more)");
      }
      return new RetailDataGenerator(this);
    }
  }
}
