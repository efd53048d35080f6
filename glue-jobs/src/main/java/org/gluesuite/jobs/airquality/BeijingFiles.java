package org.gluesuite.jobs.airquality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.gluesuite.jobs.pipeline.PipelineErrors;

/**
 * The UCI Beijing multi-site air-quality files ({@code PRSA_Data_<station>_20130301-20170228.csv}): hourly rows
 * {@code No, year, month, day, hour, PM2.5, PM10, SO2, NO2, CO, O3, TEMP, PRES, DEWP, RAIN, wd, WSPM, station},
 * quoted header and strings, {@code NA} for a missing value. Plain Java: what the lander checks before anything is
 * written (header and the stations each file holds); rows are checked by the clean job.
 */
public final class BeijingFiles {
  /** The full header of the UCI files, in order. */
  public static final List<String> HEADER = List.of("No", "year", "month", "day", "hour", "PM2.5", "PM10", "SO2",
      "NO2", "CO", "O3", "TEMP", "PRES", "DEWP", "RAIN", "wd", "WSPM", "station");

  private BeijingFiles() {
  }

  /** What one file holds: its hourly rows by station. */
  public record Summary(Path file, long rows, TreeMap<String, Long> stations) {
  }

  /** Whether {@code file} looks like a Beijing file: a CSV whose first line names most of the UCI columns. */
  public static boolean looksLike(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".csv.gz")) {
      return false;
    }
    if (name.startsWith("prsa_data_")) {
      return true;
    }
    List<String> header = header(file);
    long known = header.stream().filter(h -> HEADER.stream().anyMatch(c -> c.equalsIgnoreCase(h))).count();
    return known >= HEADER.size() / 2;
  }

  /**
   * Checks the header of {@code file} against {@code required} (the source columns the clean job reads, matched
   * case-insensitively, in any order), that every line has one cell per header column, and counts its rows by
   * station.
   */
  public static Summary check(Path file, List<String> required, String stationColumn) {
    try (BufferedReader in = reader(file)) {
      String first = in.readLine();
      if (first == null) {
        throw PipelineErrors.badFile(file, 0, null, "the file is empty",
            "A Beijing file starts with the header " + String.join(",", HEADER) + ".");
      }
      List<String> header = cells(first);
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (seen.stream().anyMatch(s -> s.equalsIgnoreCase(h))) {
          throw PipelineErrors.badFile(file, 1, h, "the header names column '" + h + "' twice (column " + (i + 1)
              + ")", "Give every column one name.");
        }
        seen.add(h);
      }
      List<String> missing = required.stream().filter(r -> header.stream().noneMatch(h -> h.equalsIgnoreCase(r)))
          .toList();
      if (!missing.isEmpty()) {
        throw PipelineErrors.badFile(file, 1, String.join(", ", missing), (missing.size() == 1
            ? "the header lacks column '" + missing.get(0) + "'" : "the header lacks columns " + missing)
            + "; the header found is " + header, "A Beijing multi-site file's header is " + String.join(",", HEADER)
            + ": fix the header (or, if the file names the column differently, pass that name in the clean job's "
            + "column arguments).");
      }
      int station = indexOf(header, stationColumn);
      TreeMap<String, Long> stations = new TreeMap<>();
      long rows = 0;
      long number = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        rows++;
        List<String> cells = cells(line);
        if (cells.size() != header.size()) {
          // a cut or merged line would shift every later column: refuse the file rather than guess
          throw PipelineErrors.badFile(file, number, null, "the line has " + cells.size() + " cell(s) where the "
              + "header has " + header.size() + " (" + abbreviate(line) + ")", "Repair or remove the line: every "
              + "line holds one value per header column, separated by commas (NA for a missing value).");
        }
        stations.merge(cells.get(station), 1L, Long::sum);
      }
      return new Summary(file, rows, stations);
    } catch (IOException e) {
      throw PipelineErrors.unreadable(file, e);
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }

  private static int indexOf(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> header(Path file) {
    try (BufferedReader in = reader(file)) {
      String first = in.readLine();
      return first == null ? List.of() : cells(first);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(raw) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The cells of a simple CSV line: comma-separated, double quotes around a cell removed (no embedded commas). */
  static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      String c = cell.trim();
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
        c = c.substring(1, c.length() - 1);
      }
      out.add(c);
    }
    return out;
  }
}
