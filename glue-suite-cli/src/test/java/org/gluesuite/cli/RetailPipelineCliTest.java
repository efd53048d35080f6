package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.jobs.retail.RetailDataGenerator;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStatus;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code run retail --input DIR} end to end on a small order log (generated, then written as one CSV file the way
 * a user hands one over), a broken input that is refused before anything changes, and the report's chart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetailPipelineCliTest {
  private Path workspace;
  private Path input;
  private RetailDataGenerator.Summary expected;
  private CliRun landed;

  @BeforeAll
  void runThePipelineOnAnInputFolder() throws IOException {
    Path base = Path.of("target", "cli-tests").toAbsolutePath();
    Files.createDirectories(base);
    workspace = Files.createTempDirectory(base, "retail-ws");
    Path generated = Files.createTempDirectory(base, "retail-generated");
    expected = RetailDataGenerator.builder().seed(11).days(60).customers(300).items(200).build().generate(generated);
    input = Files.createTempDirectory(base, "retail-input");
    Files.writeString(input.resolve("orders.csv"), String.join("\n", oneFile(generated)) + "\n");
    Files.writeString(input.resolve("PROVENANCE.txt"), "generated for the test\n");

    landed = CliRun.of("run", "retail", "--input", input.toString(), "--workspace", workspace.toString(),
        "--master", "local[2]");
  }

  @Test
  @Order(1)
  void runWithInput_landsCleansTrainsAndPrintsTheSummary() {
    assertThat(landed.exitCode()).as(landed.stderr()).isZero();
    assertThat(landed.stderr()).contains("landed " + String.format("%,d", expected.lines()) + " order lines of 1 file")
        .contains("retail-clean: SUCCEEDED").contains("retail-train: SUCCEEDED");
    assertThat(landed.stdout()).contains("retail pipeline SUCCEEDED")
        .containsPattern("lines written\\s+" + String.format("%,d", expected.purchaseLines())
            + " purchases to retail.purchases")
        .containsPattern("test\\s+P@10 0\\.\\d{3}, R@10 0\\.\\d{3}, MAP@10 0\\.\\d{3}, coverage 0\\.\\d{3} · baseline")
        .containsPattern("bought items allowed\\s+P@10 0\\.\\d{3} vs most popular 0\\.\\d{3}")
        .contains("retail.customer_recommendations, retail.item_recommendations (top 10)");

    JobRunRecord clean = new FileJobRunStore(workspace.resolve("runs/jobs")).list("retail-clean").get(0);
    assertThat(clean.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(clean.totalRowsRead()).isEqualTo(expected.lines());
    assertThat(clean.rowsWritten()).isEqualTo(expected.purchaseLines());
  }

  @Test
  @Order(2)
  void report_drawsPrecisionAtKOfAlsAgainstTheBaseline() throws IOException {
    WorkflowRun run = new WorkflowRunStore(workspace.resolve("runs/workflows")).list("retail").get(0);
    assertThat(run.status()).isEqualTo(WorkflowRunStatus.COMPLETED);
    assertThat(run.node("retail-record-failure").orElseThrow().started()).isFalse();
    String html = Files.readString(Path.of(run.report()));
    assertThat(html).contains("Retail recommendations: als_implicit")
        .containsPattern("<img class=\"chart\" data-kind=\"line\" alt=\"precision@k, ALS vs most popular[^\"]*\""
            + "[^>]*src=\"data:image/png;base64,")
        .contains("precision_at_10").doesNotContain("could not be drawn");
  }

  @Test
  @Order(3)
  void runWithABrokenInput_exitsTwoNamingFileAndLine_andKeepsTheLandedData() throws IOException {
    Path bad = Files.createTempDirectory(input.getParent(), "retail-bad");
    Files.writeString(bad.resolve("orders.csv"), "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
        + "CustomerID,Country\n536365,85123A,LANTERN,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n"
        + "536366,22633,\"HAND WARMER,2,2010-12-01 08:28:00,1.85,17850,United Kingdom\n");
    long before = filesUnder(workspace.resolve("lake/retail/raw"));

    CliRun refused = CliRun.of("run", "retail", "--input", bad.toString(), "--workspace", workspace.toString(),
        "--master", "local[2]");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.stderr()).contains(bad.resolve("orders.csv").toString()).contains("line 3")
        .contains("quoted field is not closed").contains("nothing was landed")
        .contains("hint: ./glue-suite run --help lists the pipelines");
    assertThat(filesUnder(workspace.resolve("lake/retail/raw"))).isEqualTo(before);

    Path other = Files.createTempDirectory(input.getParent(), "retail-other");
    Files.writeString(other.resolve("PRSA_Data_Dongsi_20130301-20170228.csv"), "No,year,month\n1,2013,3\n");
    CliRun wrong = CliRun.of("run", "retail", "--input", other.toString(), "--workspace", workspace.toString());
    assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(wrong.stderr()).contains("is not an input of pipeline retail").contains("InvoiceNo,StockCode");
  }

  /** The generated hour files as one order log: the header once, then every line. */
  private static List<String> oneFile(Path generated) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        List<String> content = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
          lines.add(content.get(0));
        }
        lines.addAll(content.subList(1, content.size()));
      }
    }
    return lines;
  }

  private static long filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
