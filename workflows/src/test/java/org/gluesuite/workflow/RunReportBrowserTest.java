package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.JobOutcome;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report rendered by a real headless browser (Debian's chromium; CI installs it). */
class RunReportBrowserTest {
  @TempDir
  Path dir;

  private WorkflowRun run;

  @BeforeEach
  void runAWorkflowWithAFailureBranch() {
    WorkflowDefinition d = Definitions.in(dir.resolve("defs")).workflow("{'Name': 'report-wf'}")
        .job("clean", "").job("train", "").job("notify", "")
        .start("clean")
        .when("then", "AND", new String[] {"clean=SUCCEEDED"}, "train")
        .when("on-failure", "ANY", new String[] {"train=FAILED", "clean=FAILED"}, "notify").load();
    FakeJobs jobs = new FakeJobs()
        .on("clean", l -> new JobOutcome(446_209, 1_095, 94, 1_095, List.of("/lake/curated/<daily>"), Map.of()))
        .on("train", l -> new JobOutcome(1_095, 0, 0, 0, List.of("/lake/models/no2"),
            Map.of("algorithm", "LINEAR_REGRESSION", "rmse", 7.59, "r2", 0.672)));
    try (WorkflowEngine engine = WorkflowEngine.builder().jobLauncher(jobs)
        .store(new WorkflowRunStore(dir.resolve("runs"))).build()) {
      run = engine.run(d, Map.of("city", "Valmora & <Co>"));
    }
  }

  @Test
  void html_isSelfContained_andEscapesValues() throws IOException {
    String html = Files.readString(Path.of(run.report()));
    assertThat(html).contains("<svg id=\"dag\"").contains("<table id=\"nodes\"").contains("<table id=\"metrics\"")
        .contains("Valmora &amp; &lt;Co&gt;").contains("/lake/curated/&lt;daily&gt;")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("url(http");
  }

  @Test
  void report_rendersInHeadlessChromium_withTheDagAndTables() throws Exception {
    Path chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(chromium != null, "chromium is not installed here (apt-get install -y chromium; .ci/run installs "
        + "it), so the report is not rendered in a browser in this run");
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Path screenshot = dir.resolve("report.png");
    String dom = chromium(chromium, profile, "--dump-dom", Path.of(run.report()).toUri().toString());

    assertThat(dom).contains("<svg id=\"dag\"");
    assertThat(dom).containsPattern("<g class=\"node\" data-name=\"clean\" data-state=\"SUCCEEDED\"")
        .containsPattern("<g class=\"node\" data-name=\"train\" data-state=\"SUCCEEDED\"")
        .containsPattern("<g class=\"node\" data-name=\"notify\" data-state=\"NOT_RUN\"")
        .contains("<g class=\"trigger\" data-name=\"on-failure\"");
    assertThat(dom.split("class=\"edge\"", -1)).hasSize(1 + 6);
    assertThat(dom).contains("<table id=\"statistics\"").contains("<table id=\"nodes\"")
        .contains("<td class=\"num\">446,209</td>").contains("<td class=\"num\">94</td>")
        .contains("<table id=\"metrics\"").contains("7.5900").contains("LINEAR_REGRESSION");

    chromium(chromium, profile, "--screenshot=" + screenshot, "--window-size=1200,900",
        Path.of(run.report()).toUri().toString());
    assertThat(screenshot).isRegularFile();
    assertThat(Files.size(screenshot)).isGreaterThan(5_000);
  }

  private static String chromium(Path chromium, Path profile, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(process.exitValue()).as("chromium exit code").isZero();
    return out;
  }
}
