package org.gluesuite.common.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a job adds to its workflow run's report: a titled section of paragraphs, tables and {@link Chart}s. The
 * job writes it as JSON next to its outputs and names the file in its results under {@link #RESULT_KEY}; the
 * report reads every such file and draws the charts, knowing nothing of the pipeline.
 *
 * <pre>{@code
 * ReportSection section = ReportSection.builder("NO2 model")
 *     .paragraph("Test year from 2016-03-01.")
 *     .table("Per station", List.of("station", "R²"), List.of(List.of("Dongsi", "0.80")))
 *     .chart(Chart.scatter("Predicted vs actual", "actual", "predicted").withIdentityLine()
 *         .withSeries("Dongsi", actual, predicted))
 *     .build();
 * String json = section.toJson();                           // write it next to the model
 * context.metrics().put(ReportSection.RESULT_KEY, path);   // where the report finds it
 * }</pre>
 *
 * @param title the section's heading
 * @param paragraphs plain text paragraphs
 * @param tables small tables of text cells
 * @param charts the charts, in order
 */
public record ReportSection(String title, List<String> paragraphs, List<Table> tables, List<Chart> charts) {
  /** The conventional file name, next to the job's outputs. */
  public static final String FILE_NAME = "report-section.json";
  /** The job result naming the file. */
  public static final String RESULT_KEY = "report_section_file";
  /** The job result naming an insights profile page ({@code quality.html}) of a table the job wrote. */
  public static final String PROFILE_RESULT_KEY = "profile_file";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A table: a caption, a header row and rows of cells (each row as long as the header). */
  public record Table(String caption, List<String> header, List<List<String>> rows) {
    public Table {
      header = List.copyOf(header);
      List<List<String>> copy = new ArrayList<>();
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw ReportFileErrors.invalid("table '" + caption + "'", "a row has " + row.size()
              + " cells, the header " + header.size());
        }
        copy.add(List.copyOf(row));
      }
      rows = List.copyOf(copy);
    }
  }

  public ReportSection {
    if (title == null || title.isBlank()) {
      throw ReportFileErrors.invalid("section", "give it a title");
    }
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report section always serialises", e);
    }
  }

  /** Writes {@link #toJson()} to a local file. For Hadoop paths, write {@code toJson()} with the file system. */
  public void write(Path file) {
    ReportJson.write(file, toJson());
  }

  public static ReportSection read(Path file) {
    return parse(file.toString(), ReportJson.read(file));
  }

  public static ReportSection parse(String source, String json) {
    JsonNode root = ReportJson.tree(source, json);
    ReportJson.text(source, root, "$", "title");
    try {
      return JSON.treeToValue(root, ReportSection.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ReportFileErrors.malformed(source, "$", e.getMessage().split("\n")[0]);
    }
  }

  /** Collects a section. */
  public static final class Builder {
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder paragraph(String text) {
      paragraphs.add(text);
      return this;
    }

    public Builder table(String caption, List<String> header, List<List<String>> rows) {
      tables.add(new Table(caption, header, rows));
      return this;
    }

    public Builder chart(Chart chart) {
      charts.add(chart);
      return this;
    }

    public ReportSection build() {
      return new ReportSection(title, paragraphs, tables, charts);
    }
  }
}
