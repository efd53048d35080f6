package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator alone: plain Java, no Spark. */
class AirQualityDataGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AirQualityDataGenerator SMALL = AirQualityDataGenerator.builder()
      .seed(7).start(LocalDate.of(2022, 1, 30)).days(90).locations(3).build();

  private static Path lake;
  private static GenerationSummary summary;

  @BeforeAll
  static void generate() {
    lake = TestSpark.newFolder("aq-gen");
    summary = SMALL.generate(lake);
  }

  @Test
  void generate_whenSameSeed_writesByteIdenticalFiles() {
    Path again = TestSpark.newFolder("aq-gen-again");
    GenerationSummary second = SMALL.generate(again);

    assertThat(second).isEqualTo(summary);
    assertThat(hashes(again)).isEqualTo(hashes(lake)).hasSize(180);
  }

  @Test
  void generate_whenOtherSeed_writesOtherData() {
    Path other = TestSpark.newFolder("aq-gen-other");
    AirQualityDataGenerator.builder().seed(8).start(LocalDate.of(2022, 1, 30)).days(90).locations(3)
        .build().generate(other);

    assertThat(hashes(other).keySet()).isEqualTo(hashes(lake).keySet());
    assertThat(hashes(other)).isNotEqualTo(hashes(lake));
  }

  @Test
  void generate_writesOneFilePerDayAndSourceInDayFolders() throws IOException {
    List<String> files = relativeFiles(lake);

    assertThat(files).hasSize(180);
    assertThat(files).contains(
        "raw/openaq/2022/01/30/measurements-20220130.json.gz",
        "raw/openaq/2022/02/01/measurements-20220201.json.gz",
        "raw/openaq/2022/04/29/measurements-20220429.json.gz",
        "raw/gsod/2022/01/30/gsod-20220130.csv",
        "raw/gsod/2022/04/29/gsod-20220429.csv");
    assertThat(files).allMatch(f -> f.matches(
        "raw/openaq/\\d{4}/\\d{2}/\\d{2}/measurements-\\d{8}\\.json\\.gz|raw/gsod/\\d{4}/\\d{2}/\\d{2}/gsod-\\d{8}\\.csv"));
    assertThat(summary.openaqFiles()).isEqualTo(90);
    assertThat(summary.gsodFiles()).isEqualTo(90);
  }

  @Test
  void summary_pinsThePlantedCountsOfTheSmallSpan() {
    // Golden figures of seed 7, 90 days, 3 locations: java.util.Random is specified, so they are stable.
    assertThat(summary.cities()).containsExactly("Lisnova", "Portmarin", "Valmora");
    assertThat(summary.stations()).containsExactly("08230099999", "08231099999", "08232099999");
    assertThat(summary.gsodRows()).isEqualTo(270);
    assertThat(summary.measurementLines()).isEqualTo(30_007);
    assertThat(summary.duplicateLines()).isEqualTo(14);
    assertThat(summary.malformedLines()).isEqualTo(3);
    assertThat(summary.missingHours()).isEqualTo(247);
    assertThat(summary.cityNo2Readings()).isEqualTo(6_421);
    assertThat(summary.plantedSentinels()).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry("DEWP", 5), Map.entry("GUST", 0), Map.entry("MAX", 5), Map.entry("MIN", 4),
        Map.entry("MXSPD", 1), Map.entry("PRCP", 10), Map.entry("SLP", 0), Map.entry("SNDP", 0),
        Map.entry("STP", 4), Map.entry("TEMP", 4), Map.entry("VISIB", 4), Map.entry("WDSP", 10))));
    // structural sentinels: no gust on calm days, no snow depth on days without snow
    assertThat(summary.sentinels().get("GUST")).isEqualTo(197);
    assertThat(summary.sentinels().get("SNDP")).isEqualTo(270);
    // every slot is written, missing, or malformed; duplicates come on top
    long slots = 90L * 24 * (3 * 3 + 2 * 2 + 1);
    assertThat(summary.measurementLines() - summary.duplicateLines() + summary.missingHours())
        .isEqualTo(slots);
  }

  @Test
  void measurementFiles_holdExactlyThePlantedDuplicatesAndMalformedLines() throws IOException {
    long lines = 0;
    long malformed = 0;
    long duplicates = 0;
    long cityNo2Duplicates = 0;
    Set<String> cityNo2Readings = new HashSet<>();
    Set<String> cities = new HashSet<>();
    for (Path file : filesUnder(lake.resolve("raw/openaq"))) {
      Set<String> seen = new HashSet<>();
      for (String line : gunzipLines(file)) {
        lines++;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          malformed++;
          continue;
        }
        assertThat(node.fieldNames()).toIterable().contains("location", "city", "country", "parameter",
            "value", "unit", "date", "coordinates");
        assertThat(node.get("date").get("utc").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:00:00\\.000Z");
        assertThat(node.get("date").get("local").asText())
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:00:00[+-]\\d{2}:\\d{2}");
        cities.add(node.get("city").asText());
        boolean cityNo2 = node.get("city").asText().equals("Valmora")
            && node.get("parameter").asText().equals("no2");
        if (!seen.add(line)) {
          duplicates++;
          if (cityNo2) {
            cityNo2Duplicates++;
          }
        } else if (cityNo2) {
          assertThat(node.get("unit").asText()).isEqualTo("µg/m³");
          cityNo2Readings.add(node.get("location").asText() + "|" + node.get("date").get("utc").asText());
        }
      }
    }
    assertThat(lines).isEqualTo(summary.measurementLines());
    assertThat(malformed).isEqualTo(summary.malformedLines());
    assertThat(duplicates).isEqualTo(summary.duplicateLines());
    assertThat(cityNo2Duplicates).isEqualTo(summary.cityNo2Duplicates());
    assertThat((long) cityNo2Readings.size()).isEqualTo(summary.cityNo2Readings());
    assertThat(cities).containsExactlyInAnyOrderElementsOf(summary.cities());
  }

  @Test
  void gsodFiles_holdExactlyTheCountedSentinelsPerColumn() throws IOException {
    SortedMap<String, Integer> found = new TreeMap<>();
    long rows = 0;
    for (Path file : filesUnder(lake.resolve("raw/gsod"))) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String> header = splitQuoted(lines.get(0));
      assertThat(header).startsWith("STATION", "DATE", "LATITUDE", "LONGITUDE", "ELEVATION", "NAME",
          "TEMP").contains("DEWP", "SLP", "STP", "VISIB", "WDSP", "MXSPD", "GUST", "MAX", "MIN", "PRCP",
          "SNDP", "FRSHTT");
      for (String line : lines.subList(1, lines.size())) {
        rows++;
        List<String> cells = splitQuoted(line);
        assertThat(cells).hasSameSizeAs(header);
        for (Map.Entry<String, Double> s : AirQualityDataGenerator.GSOD_SENTINELS.entrySet()) {
          String cell = cells.get(header.indexOf(s.getKey())).trim();
          if (Double.parseDouble(cell) == s.getValue()) {
            found.merge(s.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    assertThat(rows).isEqualTo(summary.gsodRows());
    SortedMap<String, Integer> expected = new TreeMap<>(summary.sentinels());
    expected.values().removeIf(v -> v == 0);
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void builder_whenSettingsOutOfRange_failsNamingTheSetting() {
    assertThatThrownBy(() -> AirQualityDataGenerator.builder().days(0))
        .isInstanceOf(AirQualityException.class).hasMessageContaining("days = 0");
    assertThatThrownBy(() -> AirQualityDataGenerator.builder().locations(0))
        .isInstanceOf(AirQualityException.class).hasMessageContaining("locations = 0");
    int tooMany = AirQualityDataGenerator.MAX_LOCATIONS + 1;
    assertThatThrownBy(() -> AirQualityDataGenerator.builder().locations(tooMany))
        .isInstanceOf(AirQualityException.class).hasMessageContaining("locations = " + tooMany);
  }

  // ---------------------------------------------------------------------------------------------

  static List<String> splitQuoted(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  static List<String> gunzipLines(Path file) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    return filesUnder(root).stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
  }

  private static SortedMap<String, String> hashes(Path root) {
    try {
      SortedMap<String, String> out = new TreeMap<>();
      for (Path p : filesUnder(root)) {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        out.put(root.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
