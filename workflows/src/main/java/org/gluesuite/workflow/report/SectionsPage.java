package org.gluesuite.workflow.report;

import java.util.List;
import org.gluesuite.common.report.ReportSection;
import org.gluesuite.workflow.report.internal.ModelSections;

/**
 * A self-contained HTML page of report sections (paragraphs, tables, charts as inline PNG), styled as the workflow
 * run report: the table profile's page, for one.
 */
public final class SectionsPage {
  private SectionsPage() {
  }

  public static String html(String title, List<ReportSection> sections) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(RunReport.esc(title)).append("</title>\n<style>").append(RunReport.STYLE)
        .append("</style></head><body>\n<h1>").append(RunReport.esc(title)).append("</h1>\n");
    for (ReportSection section : sections) {
      h.append("<section class=\"model\">\n");
      ModelSections.section(h, section);
      h.append("</section>\n");
    }
    return h.append("</body></html>\n").toString();
  }
}
