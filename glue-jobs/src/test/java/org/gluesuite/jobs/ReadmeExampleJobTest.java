package org.gluesuite.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.args.JobArgumentParser;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.frame.ResolveChoiceSpec;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.runtime.job.JobRunner;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** The job shown in README.md ("A job"), compiled and run as written, so the README stays true. */
class ReadmeExampleJobTest {

  /** Copied from README.md; keep the two identical. */
  public static final class CleanJob implements GlueJob {
    public static void main(String[] args) { JobMain.run("clean", new CleanJob(), args); }

    @Override
    public void run(JobRunContext context) {
      JobArguments args = context.getResolvedOptions("database", "table", "target");
      GlueFrame raw = context.glue().getCatalogSource(args.get("database"), args.get("table"))
          .pushDownPredicate("year = '2024'").getFrame();
      GlueFrame clean = raw.resolveChoice(List.of(ResolveChoiceSpec.of("price", "cast:double")));
      context.glue().getSinkWithFormat(SinkOptions.of(args.get("target"), StorageFormat.PARQUET)
          .withPartitionKeys("year", "month", "day")).writeFrame(clean);
    }
  }

  @Test
  void readmeJob_castsTheChoiceAndWritesOnlyThePredicatesPartitions() throws Exception {
    Path lake = TestSpark.newFolder("readme");
    Path raw = lake.resolve("raw");
    Files.createDirectories(raw.resolve("2024/01/05"));
    Files.createDirectories(raw.resolve("2023/12/31"));
    Files.writeString(raw.resolve("2024/01/05/a.json"), "{\"item\":\"a\",\"price\":3}\n{\"item\":\"b\",\"price\":\"4.5\"}\n");
    Files.writeString(raw.resolve("2023/12/31/a.json"), "{\"item\":\"old\",\"price\":1}\n");
    try (DataCatalog catalog = EmbeddedCatalog.open(lake.resolve("catalog"))) {
      catalog.createDatabase(DatabaseInput.named("shop"));
      catalog.createTable("shop", TableInput.external("orders", List.of(Column.of("item", "string"),
          Column.of("price", "double")), List.of(Column.of("year", "string"), Column.of("month", "string"),
          Column.of("day", "string")), raw.toString(), StorageFormat.JSON));
      for (String day : List.of("2024/01/05", "2023/12/31")) {
        catalog.createPartition("shop", "orders", new PartitionInput(List.of(day.split("/")),
            StorageDescriptor.of(List.of(), raw.resolve(day).toString(), StorageFormat.JSON), Map.of()));
      }
      FileJobRunStore runs = new FileJobRunStore(lake.resolve("runs"));
      JobRunRecord record = new JobRunner(GlueSuiteContext.create(TestSpark.session(), catalog), runs)
          .run("clean", new CleanJob(), JobArgumentParser.parse(new String[] {"--database", "shop", "--table",
              "orders", "--target", lake.resolve("clean").toString()}));

      assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
      assertThat(record.rowsWritten()).isEqualTo(2);
      List<Row> rows = TestSpark.session().read().parquet(lake.resolve("clean").toString())
          .orderBy("item").collectAsList();
      assertThat(rows).extracting(Row::toString).containsExactly("[a,3.0,2024,01,05]", "[b,4.5,2024,01,05]");
    }
  }
}
