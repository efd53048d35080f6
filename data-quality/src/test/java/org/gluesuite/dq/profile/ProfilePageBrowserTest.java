package org.gluesuite.dq.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's page of {@link TableProfilerTest}'s table, rendered by headless Chromium. */
class ProfilePageBrowserTest {
  private static String html;

  @BeforeAll
  static void page() {
    html = TableProfilerTest.withPriceTarget().html();
  }

  @Test
  void page_isSelfContained_withOneChartPerColumn() {
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http");
    assertThat(html.split("<img class=\"chart\"", -1)).hasSize(1 + 6);
    assertThat(html).contains("alt=\"Histogram of quantity\"").contains("alt=\"Most frequent values of region\"")
        .contains("possible target leakage").contains("fee_charged");
  }

  @Test
  void page_rendersInHeadlessChromium_everyChartDecodes(@TempDir Path dir) throws Exception {
    Path chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(chromium != null, "chromium is not installed here (apt-get install -y chromium), so the page is not "
        + "rendered in a browser in this run");
    String script = "<script>const pre = document.createElement('pre'); pre.id = 'measure'; pre.textContent = "
        + "[...document.querySelectorAll('img.chart')].map(i => i.naturalWidth).join(','); "
        + "document.body.appendChild(pre);</script>";
    Path page = dir.resolve("quality.html");
    Files.writeString(page, html.replace("</body>", script + "</body>"));
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
        "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    Matcher m = Pattern.compile("<pre id=\"measure\">([^<]*)</pre>").matcher(dom);
    assertThat(m.find()).as("the measuring script ran").isTrue();
    String[] widths = m.group(1).split(",");
    assertThat(widths).as("one decoded chart per column").hasSize(6);
    for (String w : widths) {
      assertThat(Integer.parseInt(w)).as("decoded width").isGreaterThan(100);
    }
  }
}
