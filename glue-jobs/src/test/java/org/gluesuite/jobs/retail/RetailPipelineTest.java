package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.gluesuite.jobs.pipeline.PipelineRegistry;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** The retail pipeline as {@code glue-suite run retail} sees it: which files it takes, sample data and landing. */
class RetailPipelineTest {
  private static final String HEADER = String.join(",", OrderLogFormat.COLUMNS);
  private final RetailPipeline pipeline = new RetailPipeline();
  private final Path base = TestSpark.newFolder("retail-pipeline");

  @Test
  void registry_knowsRetailWithItsWorkflowAndDatabase() {
    assertThat(PipelineRegistry.require("retail")).isInstanceOf(RetailPipeline.class);
    assertThat(pipeline.workflowName()).isEqualTo("retail");
    assertThat(pipeline.database()).isEqualTo(RetailJobs.DATABASE);
    assertThat(pipeline.lakeFolder()).isEqualTo(RetailJobs.ROOT);
  }

  @Test
  void recognizes_orderLogsPlainOrGzipped_notOtherFiles() throws IOException {
    Path plain = write("a.csv", HEADER + "\n");
    Path gz = base.resolve("b.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(("\uFEFF" + HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path missingAColumn = write("c.csv", "InvoiceNo,StockCode,Quantity\n");

    assertThat(pipeline.recognizes(plain)).isTrue();
    assertThat(pipeline.recognizes(gz)).isTrue();
    assertThat(pipeline.recognizes(missingAColumn)).as("the lander then names the missing columns").isTrue();
    assertThat(pipeline.recognizes(write("d.csv", "No,year,month,day,hour,PM2.5\n"))).isFalse();
    assertThat(pipeline.recognizes(write("e.json", "{\"InvoiceNo\": 1}\n"))).isFalse();
  }

  @Test
  void generate_writesHourFoldersAndSaysWhatTheyHold() {
    PreparedData prepared = pipeline.generate(base.resolve("gen"), new SampleRequest(7L, 45));

    RetailDataGenerator.Summary summary = (RetailDataGenerator.Summary) prepared.details();
    assertThat(summary.seed()).isEqualTo(7L);
    assertThat(summary.lines()).isPositive();
    assertThat(base.resolve("gen").resolve(OrderLogFormat.ORDERS_FOLDER)
        .resolve(summary.firstHour())).isDirectory();
    assertThat(prepared.description()).startsWith("sample order logs " + summary.firstHour() + " .. ")
        .contains(String.format("%,d lines", summary.lines()));
  }

  @Test
  void generate_tooFewDaysToHoldOutAMonth_failsSayingHowMany() {
    assertThatThrownBy(() -> pipeline.generate(base.resolve("short"), new SampleRequest(7L, 3)))
        .isInstanceOf(RetailSettingException.class).hasMessageContaining("days = 3")
        .hasMessageContaining("give at least 45 days");
    assertThat(base.resolve("short")).doesNotExist();
  }

  @Test
  void land_takesEveryOrderLogBelowTheFolder_skippingNotes() throws IOException {
    write("in/2010/dec.csv", HEADER + "\n536365,85123A,LANTERN,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n");
    write("in/jan.csv", HEADER + "\n540001,22041,FRAME,2,2011-01-04 10:05:00,2.1,17850,United Kingdom\n");
    write("in/PROVENANCE.txt", "UCI Online Retail\n");

    PreparedData prepared = pipeline.land(base.resolve("in"), base.resolve("lake/retail"));

    assertThat(prepared.description()).isEqualTo("landed 2 order lines of 2 files into 2 hour folders "
        + "2010/12/01/08 .. 2011/01/04/10 under raw/orders");
    assertThat(base.resolve("lake/retail/raw/orders/2011/01/04/10")).isDirectory();
  }

  @Test
  void land_badHeader_failsNamingTheFileAndColumns() throws IOException {
    write("bad/orders.csv", "InvoiceNo,StockCode,Quantity\n536365,85123A,6\n");

    assertThatThrownBy(() -> pipeline.land(base.resolve("bad"), base.resolve("lake/retail")))
        .isInstanceOf(RetailInputException.class).hasMessageContaining(base.resolve("bad/orders.csv").toString())
        .hasMessageContaining("Description");
    assertThat(base.resolve("lake/retail/raw")).doesNotExist();
  }

  private Path write(String relative, String text) throws IOException {
    Path file = base.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
