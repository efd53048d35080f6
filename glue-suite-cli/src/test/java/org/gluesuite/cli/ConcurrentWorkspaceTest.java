package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.runtime.job.FileJobRunStore;
import org.gluesuite.runtime.job.JobRunRecord;
import org.gluesuite.common.run.JobRunState;
import org.junit.jupiter.api.Test;

/**
 * Two {@code glue-suite} processes on one workspace: a query and a catalog listing run while a job writes
 * partitions, and the catalog is consistent afterwards.
 */
class ConcurrentWorkspaceTest {
  private static final int DAYS = 120;

  @Test
  void aQueryAndACatalogListing_runWhileAJobWrites() throws Exception {
    Path base = Path.of("target", "cli-tests").toAbsolutePath();
    Files.createDirectories(base);
    Path workspace = Files.createTempDirectory(base, "concurrent");
    Path pipelineRoot = workspace.resolve("lake").resolve(AirQualityJobs.ROOT);
    AirQualityDataGenerator.builder().days(DAYS).build().generate(pipelineRoot);
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      RawCrawl.run(catalog, workspace);
    }
    Path logs = workspace.resolve("logs");

    CliProcess job = CliProcess.start(logs, "run-job", "air-quality-clean", "--workspace", workspace.toString(),
        "--master", "local[1]");
    FileJobRunStore runs = new FileJobRunStore(workspace.resolve("runs/jobs"));
    long deadline = System.currentTimeMillis() + 120_000;
    while (runs.list("air-quality-clean").isEmpty() && job.isAlive() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(runs.list("air-quality-clean")).as("the job's RUNNING record; stderr: %s", job.stderr())
        .singleElement().extracting(JobRunRecord::state).isEqualTo(JobRunState.RUNNING);

    CliProcess query = CliProcess.start(logs, "--json", "query", "--workspace", workspace.toString(),
        "--master", "local[1]", "SELECT count(*) AS n FROM airquality.raw_gsod");
    CliProcess listing = CliProcess.start(logs, "catalog", "tables", "airquality", "--workspace", workspace.toString());

    assertThat(listing.waitFor(120)).as(listing.stderr()).isZero();
    assertThat(job.isAlive()).as("the job is still writing while the catalog was listed").isTrue();
    assertThat(listing.stdout()).contains("raw_openaq").contains("raw_gsod");
    assertThat(query.waitFor(180)).as(query.stderr()).isZero();
    assertThat(query.stdout()).contains("\"n\" : " + (3 * DAYS));
    assertThat(job.waitFor(300)).as(job.stderr()).isZero();

    List<JobRunRecord> records = runs.list("air-quality-clean");
    assertThat(records).singleElement().extracting(JobRunRecord::state).isEqualTo(JobRunState.SUCCEEDED);
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      assertThat(catalog.getPartitions("airquality", "no2_weather_daily")).hasSize(DAYS);
      assertThat(catalog.getPartitions("airquality", "raw_openaq")).hasSize(DAYS);
      assertThat(catalog.getTables("airquality")).hasSize(3);
    }
  }
}
