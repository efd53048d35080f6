package org.gluesuite.runtime.job;

import org.gluesuite.common.run.JobRunState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.aws.catalog.GlueDataCatalog;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.InvalidCatalogLocationException;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** JobMain chooses the catalog through CatalogLocation and DataCatalogs, before the job or Spark starts. */
class JobMainTest {

  @Test
  void run_whenEmbedded_runsTheJobOnThatCatalog_andRecordsTheRunInItsWorkspace() {
    Path workspace = TestSpark.newFolder("jobmain");
    TestSpark.session();
    List<DataCatalog> seen = new ArrayList<>();

    JobMain.run("main-job", context -> {
      seen.add(context.glue().catalog());
      context.glue().catalog().createDatabase(DatabaseInput.named("made_by_job"));
    }, new String[] {"--glue_suite_catalog", "embedded:" + workspace.resolve("catalog"), "--JOB_RUN_ID", "jr_main"});

    assertThat(seen).singleElement().isInstanceOf(EmbeddedCatalog.class);
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      assertThat(catalog.getDatabase("made_by_job").name()).isEqualTo("made_by_job");
    }
    JobRunRecord record = new FileJobRunStore(workspace.resolve("runs").resolve("jobs")).find("main-job", "jr_main")
        .orElseThrow();
    assertThat(record.state()).isEqualTo(JobRunState.SUCCEEDED);
  }

  @Test
  void run_whenTheCatalogIsAGlueEndpoint_runsTheJobOnTheGlueDataCatalog_andKeepsNoLocalRunRecords() {
    TestSpark.session();
    List<DataCatalog> seen = new ArrayList<>();

    JobMain.run("main-job", context -> seen.add(context.glue().catalog()),
        new String[] {"--glue_suite_catalog", "glue:http://127.0.0.1:1", "--JOB_RUN_ID", "jr_glue"});

    assertThat(seen).singleElement().isInstanceOf(GlueDataCatalog.class)
        .hasToString("GlueDataCatalog[http://127.0.0.1:1]");
  }

  @Test
  void run_whenTheCatalogIsMissingOrMalformed_failsNamingTheOptionAndItsForms_andTheJobDoesNotRun() {
    boolean[] ran = {false};
    assertThatThrownBy(() -> JobMain.run("main-job", context -> ran[0] = true, new String[] {"--city", "Madrid"}))
        .isInstanceOf(InvalidCatalogLocationException.class)
        .hasMessageStartingWith("--glue_suite_catalog is required")
        .hasMessageContaining("embedded:DIR");
    assertThatThrownBy(() -> JobMain.run("main-job", context -> ran[0] = true,
        new String[] {"--glue_suite_catalog", "/data/catalog"}))
        .isInstanceOf(InvalidCatalogLocationException.class)
        .hasMessageStartingWith("--glue_suite_catalog '/data/catalog' is not a catalog location")
        .hasMessageContaining("glue:https://ENDPOINT");
    assertThat(ran[0]).isFalse();
  }
}
