package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.read.CsvRecordReader;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated order logs, read back as plain CSV: deterministic, and shaped like the real file. */
class RetailDataGeneratorTest {
  private static final RetailDataGenerator GENERATOR = RetailDataGenerator.builder().seed(7).days(60)
      .customers(400).items(300).build();
  private static Path root;
  private static RetailDataGenerator.Summary summary;
  private static List<List<String>> lines;

  @BeforeAll
  static void generate() throws IOException {
    root = TestSpark.newFolder("retail-gen");
    summary = GENERATOR.generate(root);
    lines = readAll(root);
  }

  @Test
  void generate_isByteIdenticalForTheSameSeedAndDiffersForAnother() throws IOException {
    Path again = TestSpark.newFolder("retail-gen-again");
    GENERATOR.generate(again);
    Path other = TestSpark.newFolder("retail-gen-other");
    RetailDataGenerator.builder().seed(8).days(60).customers(400).items(300).build().generate(other);

    assertThat(contents(again)).isEqualTo(contents(root));
    assertThat(contents(other)).isNotEqualTo(contents(root));
  }

  @Test
  void summary_countsEveryLineAsExactlyOneKind() {
    assertThat(lines).hasSize((int) summary.lines());
    assertThat(summary.purchaseLines() + summary.guestLines() + summary.cancellationLines()
        + summary.adjustmentLines() + summary.zeroQuantityLines() + summary.nonProductLines())
        .isEqualTo(summary.lines());
    assertThat(lines.stream().filter(l -> l.get(6) == null).count())
        .isEqualTo(summary.guestLines() + summary.adjustmentLines());
    assertThat(lines.stream().filter(l -> l.get(0).startsWith("C")).count()).isEqualTo(summary.cancellationLines());
    assertThat(lines.stream().filter(l -> l.get(0).startsWith("C")).allMatch(l -> Integer.parseInt(l.get(3)) < 0))
        .isTrue();
    assertThat(summary.cancellationLines()).isPositive();
    assertThat(summary.nonProductLines()).isPositive();
    assertThat(summary.adjustmentLines()).isPositive();
    assertThat(summary.guestLines()).isGreaterThan(summary.lines() / 20);
  }

  @Test
  void invoices_fallInBusinessHoursOnWorkingDays() {
    for (List<String> line : lines) {
      LocalDate day = LocalDate.parse(line.get(4).substring(0, 10));
      int hour = Integer.parseInt(line.get(4).substring(11, 13));
      assertThat(day.getDayOfWeek()).isNotEqualTo(DayOfWeek.SATURDAY);
      assertThat(hour).isBetween(7, 20);
    }
    assertThat(summary.firstHour()).startsWith("2010/12/01");
  }

  @Test
  void popularity_isSkewedAndCustomersComeBack() {
    Map<String, Integer> linesPerProduct = new HashMap<>();
    Map<String, Set<String>> invoicesPerPair = new HashMap<>();
    long purchases = 0;
    for (List<String> l : lines) {
      boolean purchase = l.get(6) != null && !l.get(0).startsWith("C") && Integer.parseInt(l.get(3)) > 0
          && OrderLineRules.PRODUCT_CODE.matcher(l.get(1)).matches();
      if (purchase) {
        purchases++;
        linesPerProduct.merge(l.get(1), 1, Integer::sum);
        invoicesPerPair.computeIfAbsent(l.get(6) + "/" + l.get(1), k -> new HashSet<>()).add(l.get(0));
      }
    }
    assertThat(purchases).isEqualTo(summary.purchaseLines());
    List<Integer> counts = new ArrayList<>(linesPerProduct.values());
    counts.sort((a, b) -> b - a);
    long top10Percent = counts.subList(0, counts.size() / 10).stream().mapToLong(Integer::longValue).sum();
    // uniform popularity would give 10 %; the real file gives 45 % over 3,659 products, this small sample 32 %
    assertThat(top10Percent).as("lines of the 10%% most bought products").isGreaterThan(purchases * 30 / 100);
    long repeated = invoicesPerPair.values().stream().filter(s -> s.size() >= 2).count();
    assertThat(repeated).as("customer-product pairs bought on two invoices or more")
        .isGreaterThan(invoicesPerPair.size() / 5L);
    assertThat(summary.customersWithPurchases()).isBetween(200, 400);
  }

  @Test
  void descriptions_holdQuotesAndCommas() {
    assertThat(lines).anyMatch(l -> l.get(2) != null && l.get(2).contains("\""));
    assertThat(lines).anyMatch(l -> l.get(2) != null && l.get(2).contains(","));
    assertThat(lines).anyMatch(l -> l.get(2) == null);
  }

  @Test
  void builder_rejectsTooFewDays() {
    assertThatThrownBy(() -> RetailDataGenerator.builder().days(30).build())
        .isInstanceOf(RetailSettingException.class).hasMessageContaining("days = 30")
        .hasMessageContaining("at least 45 days");
  }

  private static List<List<String>> readAll(Path pipelineRoot) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (Path file : files(pipelineRoot)) {
      List<String> text = Files.readAllLines(file);
      assertThat(text.get(0)).isEqualTo(OrderLogFormat.header());
      for (String line : text.subList(1, text.size())) {
        List<String> cells = CsvRecordReader.parseLine(line, CsvReadOptions.DEFAULT);
        assertThat(cells).as(line).hasSize(8);
        out.add(cells);
      }
    }
    return out;
  }

  private static List<Path> files(Path pipelineRoot) throws IOException {
    try (Stream<Path> walk = Files.walk(pipelineRoot.resolve(OrderLogFormat.ORDERS_FOLDER))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Map<String, String> contents(Path pipelineRoot) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (Path file : files(pipelineRoot)) {
      out.put(pipelineRoot.relativize(file).toString(), Files.readString(file));
    }
    return out;
  }
}
