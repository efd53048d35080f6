package org.gluesuite.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gluesuite.common.report.Chart;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.workflow.definition.WorkflowDefinition;
import org.gluesuite.workflow.engine.JobOutcome;
import org.gluesuite.workflow.engine.WorkflowEngine;
import org.gluesuite.workflow.run.WorkflowRun;
import org.gluesuite.workflow.run.WorkflowRunStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report rendered by a real headless browser (Debian's chromium; CI installs it): the graph of a workflow as
 * deep as air-quality's (8 triggers and nodes one after the other) fits a 1200 px page, every node and trigger shows
 * a visible type icon and state icon, and the model's charts are images the browser decodes.
 */
class RunReportBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VIEWPORT = 1200;

  @TempDir
  Path dir;

  private WorkflowRun run;
  private Path profilePage;

  @BeforeEach
  void runAWorkflowWithAFailureBranch() {
    Path model = dir.resolve("lake/models/no2");
    ModelMetrics.builder("air-quality", ModelMetrics.Task.REGRESSION).model("linear_regression", Map.of())
        .split("test", Map.of("rmse", 7.59, "mae", 6.1, "r2", 0.672), Map.of("rmse", 9.0, "mae", 7.0, "r2", 0.5))
        .rows("test", 365).baseline("linear regression on 4 weather columns").build()
        .write(model.resolve(ModelMetrics.FILE_NAME));
    List<Double> actual = new ArrayList<>();
    List<Double> predicted = new ArrayList<>();
    List<Double> days = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      actual.add(20 + (i * 37 % 50) * 1.0);
      predicted.add(22 + (i * 37 % 50) * 0.9);
      days.add(19_000.0 + i);
    }
    ReportSection.builder("NO2 model").paragraph("Tested on the last year.")
        .table("By station", List.of("station", "R²"), List.of(List.of("Valmora", "0.672")))
        .chart(Chart.scatter("Predicted vs actual", "actual", "predicted").withIdentityLine()
            .withSeries("Valmora", actual, predicted))
        .chart(Chart.scatter("Residuals over time", "day", "residual").withDates().withSeries("Valmora", days,
            predicted))
        .chart(Chart.bar("Feature importances", "feature", "importance", List.of("wind_speed", "temp_min"))
            .withBars("random forest", List.of(0.7, 0.3)))
        .build().write(model.resolve(ReportSection.FILE_NAME));

    // the clean job's insights profile of its curated table (the page itself is tested in data-quality)
    profilePage = dir.resolve("lake/profiles/daily/quality.html");
    try {
      Files.createDirectories(profilePage.getParent());
      Files.writeString(profilePage, "<!DOCTYPE html><html><head><title>Profile of airquality.daily</title></head>"
          + "<body><h1>Profile of airquality.daily</h1></body></html>");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    WorkflowDefinition d = Definitions.in(dir.resolve("defs")).workflow("{'Name': 'report-wf'}")
        .job("clean", "").job("train", "").job("monthly", "").job("notify", "")
        .start("clean")
        .when("then", "AND", new String[] {"clean=SUCCEEDED"}, "train")
        .when("after-train", "AND", new String[] {"train=SUCCEEDED"}, "monthly")
        .when("on-failure", "ANY", new String[] {"train=FAILED", "clean=FAILED", "monthly=FAILED"}, "notify").load();
    FakeJobs jobs = new FakeJobs()
        .on("clean", l -> new JobOutcome(446_209, 1_095, 94, 1_095, List.of("/lake/curated/<daily>"),
            Map.of(ReportSection.PROFILE_RESULT_KEY, profilePage.toString())))
        .on("train", l -> new JobOutcome(1_095, 0, 0, 0, List.of(model.toString()),
            Map.of("algorithm", "LINEAR_REGRESSION", "rmse", 7.59, "r2", 0.672,
                ModelMetrics.RESULT_KEY, model.resolve(ModelMetrics.FILE_NAME).toString(),
                ReportSection.RESULT_KEY, "file:" + model.resolve(ReportSection.FILE_NAME))));
    try (WorkflowEngine engine = WorkflowEngine.builder().jobLauncher(jobs)
        .store(new WorkflowRunStore(dir.resolve("runs"))).build()) {
      run = engine.run(d, Map.of("city", "Valmora & <Co>"));
    }
  }

  @Test
  void html_isSelfContained_andEscapesValues() throws IOException {
    String html = Files.readString(Path.of(run.report()));
    assertThat(html).contains("<svg id=\"dag\"").contains("<table id=\"nodes\"").contains("<table id=\"results\"")
        .contains("Valmora &amp; &lt;Co&gt;").contains("/lake/curated/&lt;daily&gt;")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("url(http").doesNotContain("src=\"http")
        .doesNotContain("src=\"file");
    // every image is inline
    assertThat(html.split("src=\"", -1).length - 1).isEqualTo(html.split("src=\"data:image/png;base64,", -1).length - 1)
        .isEqualTo(3);
  }

  @Test
  void html_linksTheInsightsProfileAJobWrote_outsideTheResultsTable() throws IOException {
    String html = Files.readString(Path.of(run.report()));
    assertThat(html).contains("<h2>Insights profiles</h2>").contains("<table id=\"profiles\">")
        .contains("<td>clean</td><td><a class=\"profile\" href=\"" + profilePage.toUri() + "\">"
            + profilePage + "</a>")
        .doesNotContain("<td>" + ReportSection.PROFILE_RESULT_KEY + "</td>");
  }

  @Test
  void html_withoutAProfile_hasNoProfileSection() {
    WorkflowDefinition d = Definitions.in(dir.resolve("defs2")).workflow("{'Name': 'plain-wf'}").job("only", "")
        .start("only").load();
    try (WorkflowEngine engine = WorkflowEngine.builder().jobLauncher(new FakeJobs())
        .store(new WorkflowRunStore(dir.resolve("runs2"))).build()) {
      assertThat(org.gluesuite.workflow.report.RunReport.html(engine.run(d, Map.of())))
          .doesNotContain("id=\"profiles\"");
    }
  }

  @Test
  void html_showsTheModelsMetrics_andItsSection() throws IOException {
    String html = Files.readString(Path.of(run.report()));
    assertThat(html).contains("<section class=\"model\" data-job=\"train\"").contains("<table class=\"metrics\"")
        .contains("<td>test</td><td>model</td><td class=\"num\">365</td><td class=\"num\">7.5900</td>")
        .contains("<td>baseline</td>").contains("linear regression on 4 weather columns")
        .contains("<caption>By station</caption>").contains("alt=\"Predicted vs actual\"")
        .contains("data-kind=\"bar\"");
  }

  @Test
  void html_saysWhyAModelFileCannotBeRead_insteadOfFailing() throws IOException {
    Files.writeString(dir.resolve("lake/models/no2").resolve(ModelMetrics.FILE_NAME), "{broken");
    String html = org.gluesuite.workflow.report.RunReport.html(run);
    assertThat(html).contains("metrics.json: $: not valid JSON").contains("alt=\"Predicted vs actual\"");
  }

  @Test
  void report_rendersInHeadlessChromium_graphFitsThePage_everyNodeHasIcons_chartsDecode() throws Exception {
    Path chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(chromium != null, "chromium is not installed here (apt-get install -y chromium; .ci/run installs "
        + "it), so the report is not rendered in a browser in this run");
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    JsonNode m = measure(chromium, profile);
    assertThat(m.get("viewport").asInt()).isEqualTo(VIEWPORT - m.get("scrollbar").asInt());
    assertThat(m.get("pageWidth").asInt()).as("no horizontal scrolling").isLessThanOrEqualTo(m.get("viewport").asInt());
    assertThat(m.get("graphRight").asDouble()).as("graph's right edge").isLessThanOrEqualTo(m.get("viewport").asInt());
    assertThat(m.get("boxes")).hasSize(4 + 4);
    for (JsonNode box : m.get("boxes")) {
      String name = box.get("name").asText();
      assertThat(box.get("right").asDouble()).as(name + " right edge").isLessThanOrEqualTo(m.get("viewport").asInt());
      assertThat(box.get("left").asDouble()).as(name + " left edge").isGreaterThanOrEqualTo(0);
      assertThat(box.get("typeIcon").asText()).as(name + " type icon").isIn("icon icon-job", "icon icon-trigger");
      assertThat(box.get("typeIconArea").asDouble()).as(name + " type icon visible").isGreaterThan(40);
      assertThat(box.get("stateIcon").asText()).as(name + " state icon").startsWith("state-icon state-");
      assertThat(box.get("stateIconArea").asDouble()).as(name + " state icon visible").isGreaterThan(30);
      assertThat(box.get("iconsInside").asBoolean()).as(name + " icons inside its box").isTrue();
    }
    assertThat(m.get("images")).hasSize(3).allSatisfy(i -> assertThat(i.asInt()).as("decoded width").isGreaterThan(100));
    String dom = chromium(chromium, profile, "--dump-dom", Path.of(run.report()).toUri().toString());
    assertThat(dom).contains("<svg id=\"dag\"");
    assertThat(dom).containsPattern("<g class=\"node\" data-name=\"clean\" data-state=\"SUCCEEDED\"")
        .containsPattern("<g class=\"node\" data-name=\"notify\" data-state=\"NOT_RUN\"")
        .contains("<g class=\"trigger\" data-name=\"on-failure\"");
    assertThat(dom.split("class=\"edge\"", -1)).hasSize(1 + 9);
    assertThat(dom).contains("<td class=\"num\">446,209</td>").contains("<td class=\"num\">94</td>");
    // the profile link resolves in the browser to the page the job wrote
    assertThat(m.get("profiles")).hasSize(1);
    String linked = m.get("profiles").get(0).asText();
    assertThat(Path.of(java.net.URI.create(linked))).isEqualTo(profilePage);
    assertThat(chromium(chromium, profile, "--dump-dom", linked)).contains("<h1>Profile of airquality.daily</h1>");

  }

  /**
   * Opens a copy of the report with a measuring script appended (the report itself has none) in a 1200 px window
   * and reads what it measured from the dumped DOM.
   */
  private JsonNode measure(Path chromium, Path profile) throws Exception {
    String script = """
        <script>
        const vw = document.documentElement.clientWidth;
        const area = r => r.width * r.height;
        const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5
            && a.bottom <= b.bottom + 0.5;
        const boxes = [...document.querySelectorAll('#dag g.node, #dag g.trigger')].map(g => {
          const box = g.querySelector('rect').getBoundingClientRect();
          const t = g.querySelector('.icon'), s = g.querySelector('.state-icon');
          const tr = t && t.getBoundingClientRect(), sr = s && s.getBoundingClientRect();
          return {name: g.dataset.name, left: box.left, right: box.right, typeIcon: t && t.getAttribute('class'),
            typeIconArea: t ? area(tr) : 0, stateIcon: s && s.getAttribute('class'), stateIconArea: s ? area(sr) : 0,
            iconsInside: !!(t && s && inside(tr, box) && inside(sr, box))};
        });
        const out = {viewport: vw, scrollbar: window.innerWidth - vw,
          pageWidth: document.documentElement.scrollWidth,
          graphRight: document.getElementById('dag').getBoundingClientRect().right, boxes: boxes,
          images: [...document.querySelectorAll('img.chart')].map(i => i.naturalWidth),
          profiles: [...document.querySelectorAll('#profiles a.profile')].map(a => a.href)};
        const pre = document.createElement('pre');
        pre.id = 'measure';
        pre.textContent = JSON.stringify(out);
        document.body.appendChild(pre);
        </script>""";
    Path page = dir.resolve("measured.html");
    Files.writeString(page, Files.readString(Path.of(run.report())).replace("</body>", script + "</body>"));
    String dom = chromium(chromium, profile, "--window-size=" + VIEWPORT + ",900", "--virtual-time-budget=5000",
        "--dump-dom", page.toUri().toString());
    int start = dom.indexOf("<pre id=\"measure\">");
    assertThat(start).as("the measuring script ran").isPositive();
    String text = dom.substring(start + "<pre id=\"measure\">".length(), dom.indexOf("</pre>", start));
    return JSON.readTree(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\""));
  }

  private static String chromium(Path chromium, Path profile, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(process.exitValue()).as("chromium exit code").isZero();
    return out;
  }
}
