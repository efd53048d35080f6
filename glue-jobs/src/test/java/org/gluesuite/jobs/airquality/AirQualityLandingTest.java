package org.gluesuite.jobs.airquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.jobs.pipeline.PipelineData;
import org.gluesuite.jobs.pipeline.PipelineInputException;
import org.gluesuite.jobs.pipeline.PreparedData;
import org.gluesuite.runtime.bookmark.BookmarkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --input DIR} of the air-quality pipeline: every check runs before the lake or the catalog changes, and a
 * bad file is named with its line and column. Plain files, no Spark.
 */
class AirQualityLandingTest {
  private static final String HEADER = "\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"PM10\",\"SO2\","
      + "\"NO2\",\"CO\",\"O3\",\"TEMP\",\"PRES\",\"DEWP\",\"RAIN\",\"wd\",\"WSPM\",\"station\"";

  @TempDir
  Path tmp;
  private Path input;
  private Path lake;
  private DataCatalog catalog;
  private PipelineData data;

  @BeforeEach
  void workspace() throws IOException {
    input = Files.createDirectories(tmp.resolve("input"));
    lake = tmp.resolve("lake");
    catalog = EmbeddedCatalog.open(tmp.resolve("catalog"));
    data = new PipelineData(new AirQualityPipeline(), lake, catalog, new BookmarkStore(tmp.resolve("bookmarks")));
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private static String row(int no, int hour, String no2, String station) {
    return no + ",2013,3,1," + hour + ",9,9,3," + no2 + ",300,89,-0.5,1024.5,-21.4,0,\"NNW\",5.7,\"" + station + "\"";
  }

  private Path beijingFile(String station, String... lines) throws IOException {
    Path file = input.resolve("PRSA_Data_" + station + "_20130301-20170228.csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  /** Something already landed, and a table the crawler made from it. */
  private void existingData() throws IOException {
    Files.createDirectories(lake.resolve("airquality/raw/openaq"));
    Files.writeString(lake.resolve("airquality/raw/openaq/old.json"), "{}\n");
    catalog.createDatabase(DatabaseInput.named(AirQualityJobs.DATABASE));
    catalog.createTable(AirQualityJobs.DATABASE, TableInput.external("raw_openaq",
        List.of(Column.of("value", "double")), List.of(), lake.resolve("airquality/raw/openaq").toString(),
        StorageFormat.JSON));
  }

  private void assertNothingChanged() {
    assertThat(lake.resolve("airquality/raw/openaq/old.json")).isRegularFile();
    assertThat(lake.resolve("airquality/raw/beijing")).doesNotExist();
    assertThat(catalog.getTables(AirQualityJobs.DATABASE)).extracting(t -> t.name()).containsExactly("raw_openaq");
    assertThat(lake).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("."));
  }

  @Test
  void land_beijingFiles_replacesTheOldDataAndDropsItsTables() throws IOException {
    existingData();
    beijingFile("Dongsi", HEADER, row(1, 0, "17", "Dongsi"), row(2, 1, "NA", "Dongsi"));
    beijingFile("Aotizhongxin", HEADER, row(1, 0, "20", "Aotizhongxin"));
    Files.writeString(input.resolve("PROVENANCE.txt"), "where the files came from\n");

    PreparedData landed = data.land(input, List.of(AirQualityCleanJob.NAME));

    assertThat(landed.description()).isEqualTo("landed 2 Beijing multi-site files, 3 hourly rows of stations "
        + "[Aotizhongxin, Dongsi], into raw/beijing/");
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) landed.details();
    assertThat(details).containsEntry("rows", 3L)
        .containsEntry("stations", new java.util.TreeMap<>(Map.of("Aotizhongxin", 1L, "Dongsi", 2L)));
    try (var files = Files.list(lake.resolve("airquality/raw/beijing"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "PRSA_Data_Aotizhongxin_20130301-20170228.csv", "PRSA_Data_Dongsi_20130301-20170228.csv");
    }
    assertThat(lake.resolve("airquality/raw/openaq")).doesNotExist();
    assertThat(catalog.getTables(AirQualityJobs.DATABASE)).isEmpty();
  }

  @Test
  void land_whenAColumnIsMissing_namesTheFileLineAndColumn_andChangesNothing() throws IOException {
    existingData();
    beijingFile("Dongsi", HEADER, row(1, 0, "17", "Dongsi"));
    Path bad = beijingFile("Aotizhongxin", HEADER.replace("\"NO2\"", "\"NOX\""), row(1, 0, "20", "Aotizhongxin"));

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class).isInstanceOf(GlueSuiteUserException.class)
        .hasMessageStartingWith(bad + ", line 1, column NO2: the header lacks column 'NO2'")
        .hasMessageContaining("NOX")
        .hasMessageContaining("fix the header");
    assertNothingChanged();
  }

  @Test
  void land_whenALineIsBroken_namesItsLineNumber_andChangesNothing() throws IOException {
    existingData();
    Path bad = beijingFile("Dongsi", HEADER, row(1, 0, "17", "Dongsi"), "2,2013,3,1,1,4,4,3,16,300,88,-0.7",
        row(3, 2, "15", "Dongsi"));

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageStartingWith(bad + ", line 3: the line has 12 cell(s) where the header has 18")
        .hasMessageContaining("Repair or remove the line");
    assertNothingChanged();
  }

  @Test
  void land_whenAHeaderNamesAColumnTwice_namesIt() throws IOException {
    Path bad = beijingFile("Dongsi", HEADER + ",\"TEMP\"", row(1, 0, "17", "Dongsi") + ",1");

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageStartingWith(bad + ", line 1, column TEMP: the header names column 'TEMP' twice (column 19)");
  }

  @Test
  void land_whenTheFolderHoldsOnlyNotes_saysItIsEmpty() throws IOException {
    Files.writeString(input.resolve("README.md"), "# notes\n");

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageContaining("The input folder " + input + " holds no data files")
        .hasMessageContaining("pipeline air-quality has nothing to land")
        .hasMessageContaining("PRSA_Data_");
    assertThat(lake.resolve("airquality")).doesNotExist();
  }

  @Test
  void land_whenTheInputIsNotAFolder_saysSo() {
    assertThatThrownBy(() -> data.land(tmp.resolve("nowhere"), List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageContaining(tmp.resolve("nowhere") + ", is not a folder");
  }

  @Test
  void land_whenAFileBelongsToAnotherPipeline_namesTheFile_andChangesNothing() throws IOException {
    existingData();
    beijingFile("Dongsi", HEADER, row(1, 0, "17", "Dongsi"));
    Path shipping = input.resolve("ShippingLogs.csv");
    Files.writeString(shipping, "ShippingPriority,ProductId,OrderID,OrderDate,ShippingOrigin,Carrier\n"
        + "Standard,1,2,1/2/21,Chicago,BigBird\n");

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageStartingWith(shipping + " is not an input of pipeline air-quality, which takes UCI Beijing")
        .hasMessageContaining("Remove the file from the input folder");
    assertNothingChanged();
  }

  @Test
  void land_whenBeijingAndOpenAqFilesAreMixed_refusesTheMix() throws IOException {
    beijingFile("Dongsi", HEADER, row(1, 0, "17", "Dongsi"));
    Files.writeString(input.resolve("measurements.json"), "{\"location\":\"A\",\"parameter\":\"no2\"}\n");

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageContaining("mixes Beijing multi-site files with OpenAQ/GSOD files")
        .hasMessageContaining("Give one kind of files per run");
  }

  @Test
  void land_whenOnlyOpenAqFiles_asksForTheWeatherToo() throws IOException {
    Files.writeString(input.resolve("measurements.json"), "{\"location\":\"A\",\"parameter\":\"no2\"}\n");

    assertThatThrownBy(() -> data.land(input, List.of()))
        .isInstanceOf(PipelineInputException.class)
        .hasMessageContaining("found only OpenAQ files")
        .hasMessageContaining("gsod/");
  }
}
