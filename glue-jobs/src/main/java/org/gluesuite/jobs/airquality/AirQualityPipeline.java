package org.gluesuite.jobs.airquality;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.jobs.pipeline.JobResult;
import org.gluesuite.jobs.pipeline.MetricsSummary;
import org.gluesuite.jobs.pipeline.Pipeline;
import org.gluesuite.jobs.pipeline.PipelineData;
import org.gluesuite.jobs.pipeline.PipelineErrors;
import org.gluesuite.jobs.pipeline.PipelineRun;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.jobs.pipeline.SampleRequest;

/**
 * The air-quality pipeline of {@code glue-suite run air-quality}: workflow {@code air-quality} (crawler
 * {@code airquality-raw} → {@code air-quality-clean} → {@code air-quality-train} + monthly SQL job).
 *
 * <ul>
 *   <li>Sample data: {@link AirQualityDataGenerator} (OpenAQ-style NO2 and GSOD-style weather) under
 *       {@code raw/openaq/} and {@code raw/gsod/}.</li>
 *   <li>{@code --input DIR}: UCI Beijing multi-site files land unchanged under {@code raw/beijing/} after their
 *       header is checked; OpenAQ JSON lines and GSOD CSV files land under {@code raw/openaq/} and
 *       {@code raw/gsod/}, keeping the folders below an {@code openaq}/{@code gsod} folder. One kind per input.</li>
 * </ul>
 */
public final class AirQualityPipeline implements Pipeline {
  public static final String NAME = "air-quality";

  private enum Kind { BEIJING, OPENAQ, GSOD }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String workflowName() {
    return NAME;
  }

  @Override
  public String description() {
    return "UCI Beijing multi-site hourly CSV files (PRSA_Data_<station>_….csv, header "
        + String.join(",", BeijingFiles.HEADER) + "), or OpenAQ JSON-lines measurements with NOAA GSOD CSV weather";
  }

  @Override
  public String lakeFolder() {
    return AirQualityJobs.ROOT;
  }

  @Override
  public String database() {
    return AirQualityJobs.DATABASE;
  }

  @Override
  public PreparedData generate(Path root, SampleRequest request) {
    GenerationSummary g = AirQualityDataGenerator.builder()
        .days(request.daysOr(AirQualityDataGenerator.DEFAULT_DAYS))
        .locations(request.scaled(AirQualityDataGenerator.DEFAULT_LOCATIONS))
        .seed(request.seedOr(AirQualityDataGenerator.DEFAULT_SEED)).build().generate(root);
    return new PreparedData(String.format(Locale.ROOT, "%,d days of sample data from %s: %,d measurement lines in "
            + "%,d files (%,d duplicates, %,d malformed), %,d weather rows in %,d files (%,d missing-value "
            + "sentinels)", g.days(), g.start(), g.measurementLines(), g.openaqFiles(), g.duplicateLines(),
        g.malformedLines(), g.gsodRows(), g.gsodFiles(), g.totalSentinels()), g);
  }

  @Override
  public PreparedData land(Path input, Path root) {
    List<Path> files = PipelineData.inputFiles(this, input, description());
    Map<Path, Kind> kinds = new LinkedHashMap<>();
    for (Path file : files) {
      kinds.put(file, kind(file));
    }
    boolean beijing = kinds.containsValue(Kind.BEIJING);
    if (beijing && (kinds.containsValue(Kind.OPENAQ) || kinds.containsValue(Kind.GSOD))) {
      Path other = kinds.entrySet().stream().filter(e -> e.getValue() != Kind.BEIJING).findFirst().orElseThrow()
          .getKey();
      throw PipelineErrors.badFile(other, 0, null, "the input mixes Beijing multi-site files with OpenAQ/GSOD "
          + "files, which the clean job reads as different sources", "Give one kind of files per run.");
    }
    if (!beijing && !(kinds.containsValue(Kind.OPENAQ) && kinds.containsValue(Kind.GSOD))) {
      throw PipelineErrors.badFile(input, 0, null, "OpenAQ measurements and GSOD weather must come together (found "
          + (kinds.containsValue(Kind.OPENAQ) ? "only OpenAQ" : "only GSOD") + " files)",
          "Put both the openaq/ and the gsod/ files in the input folder.");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (beijing) {
      List<BeijingFiles.Summary> checked = new ArrayList<>();
      for (Path file : files) {
        checked.add(BeijingFiles.check(file, BeijingSource.defaults().requiredColumns(),
            BeijingSource.defaults().stationColumn()));
      }
      TreeMap<String, Long> stations = new TreeMap<>();
      long rows = 0;
      for (BeijingFiles.Summary s : checked) {
        rows += s.rows();
        s.stations().forEach((k, v) -> stations.merge(k, v, Long::sum));
        copy(s.file(), root.resolve("raw").resolve("beijing").resolve(s.file().getFileName().toString()));
      }
      details.put("format", "beijing-multisite");
      details.put("files", files.size());
      details.put("rows", rows);
      details.put("stations", stations);
      return new PreparedData(String.format(Locale.ROOT, "landed %d Beijing multi-site file%s, %,d hourly rows of "
          + "stations %s, into raw/beijing/", files.size(), files.size() == 1 ? "" : "s", rows, stations.keySet()),
          details);
    }
    for (Map.Entry<Path, Kind> e : kinds.entrySet()) {
      String folder = e.getValue() == Kind.OPENAQ ? "openaq" : "gsod";
      copy(e.getKey(), root.resolve("raw").resolve(folder).resolve(below(input, e.getKey(), folder)));
    }
    long openaq = kinds.values().stream().filter(k -> k == Kind.OPENAQ).count();
    details.put("format", "openaq-gsod");
    details.put("openaq_files", openaq);
    details.put("gsod_files", files.size() - openaq);
    return new PreparedData(String.format(Locale.ROOT, "landed %,d OpenAQ and %,d GSOD files into raw/openaq/ and "
        + "raw/gsod/", openaq, files.size() - openaq), details);
  }

  @Override
  public boolean recognizes(Path file) {
    return kindOrNull(file) != null;
  }

  @Override
  public List<String> summary(PipelineRun run) {
    List<String> out = new ArrayList<>();
    JobResult clean = run.job(AirQualityCleanJob.NAME).orElse(null);
    if (clean != null) {
      out.add(MetricsSummary.line("rows read", String.format(Locale.ROOT, "%,d (raw measurements and weather)",
          clean.rowsRead())));
      out.add(MetricsSummary.line("rows in error", String.format(Locale.ROOT, "%,d", clean.errorRecords())));
      out.add(MetricsSummary.line("rows written", String.format(Locale.ROOT, "%,d daily rows to %s.%s",
          clean.rowsWritten(), AirQualityJobs.DATABASE, AirQualityJobs.CURATED_TABLE)));
      out.add(MetricsSummary.line("partitions written", String.format(Locale.ROOT, "%,d (year=/month=/day=)",
          clean.partitionsWritten())));
    }
    run.metrics(AirQualityTrainJob.NAME).ifPresent(metrics -> {
      out.addAll(MetricsSummary.lines(metrics));
      metrics.extra(No2Model.STATIONS_EXTRA).ifPresent(s -> out.add(MetricsSummary.line("test by station",
          byStation(s, "model"))));
      metrics.extra(No2Model.LAG_EXTRA).ifPresent(lag -> {
        JsonNode test = lag.path("splits").path("test").path("model");
        out.add(MetricsSummary.line("with NO2 lag", String.format(Locale.ROOT, "test R² %.3f (%s)",
            test.path("r2").asDouble(Double.NaN), byStation(lag.path("stations"), "model"))));
      });
    });
    run.job(AirQualityTrainJob.NAME).flatMap(j -> j.result("model")).ifPresent(m -> out.add(
        MetricsSummary.line("model output", m)));
    return out;
  }

  private static String byStation(JsonNode stations, String which) {
    List<String> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = stations.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode m = e.getValue().path("test").path(which);
      parts.add(String.format(Locale.ROOT, "%s R² %.3f", e.getKey(), m.path("r2").asDouble(Double.NaN)));
    }
    return String.join(" · ", parts);
  }

  private static Kind kind(Path file) {
    Kind kind = kindOrNull(file);
    if (kind == null) {
      throw new IllegalStateException("not an air-quality file: " + file);
    }
    return kind;
  }

  private static Kind kindOrNull(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".jsonl")) {
      String first = firstLine(file);
      return first.startsWith("{") && first.contains("\"parameter\"") && first.contains("\"location\"")
          ? Kind.OPENAQ : null;
    }
    if (BeijingFiles.looksLike(file)) {
      return Kind.BEIJING;
    }
    if (name.endsWith(".csv")) {
      List<String> header = BeijingFiles.cells(firstLine(file));
      return header.contains("STATION") && header.contains("DATE") && header.contains("TEMP") ? Kind.GSOD : null;
    }
    return null;
  }

  private static String firstLine(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      return line == null ? "" : line.trim();
    } catch (IOException e) {
      return "";
    }
  }

  /** {@code file}'s path below its nearest ancestor named {@code folder} under {@code input}, else its name. */
  private static Path below(Path input, Path file, String folder) {
    Path relative = input.relativize(file);
    for (int i = relative.getNameCount() - 2; i >= 0; i--) {
      if (relative.getName(i).toString().equalsIgnoreCase(folder)) {
        return relative.subpath(i + 1, relative.getNameCount());
      }
    }
    return file.getFileName();
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
    } catch (IOException e) {
      throw PipelineErrors.writeFailed(to, e);
    }
  }
}
