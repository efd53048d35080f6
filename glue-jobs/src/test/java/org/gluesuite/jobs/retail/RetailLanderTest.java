package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;

class RetailLanderTest {
  private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
  private static final String GOOD = HEADER + "\r\n"
      + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\r\n"
      + "536477,22041,\"RECORD FRAME 7\"\" SINGLE SIZE \",48,2010-12-01 12:27:00,2.1,16210,United Kingdom\r\n"
      + "536544,90214D,\"LETTER \"\"D\"\" BLING KEY RING\",1,2010-12-01 14:32:00,0.85,,United Kingdom\r\n"
      + "C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom\r\n"
      + "536546,22145,\"CHRISTMAS CRAFT, HEART\",1,2010-12-01 14:33,0.29,,\r\n";

  private final Path base = TestSpark.newFolder("retail-land");
  private final Path pipeline = base.resolve("lake/retail");

  @Test
  void land_putsEachLineInItsHourFolderInTheCanonicalFormat() throws IOException {
    Path input = write("in/orders.csv", GOOD);

    RetailLander.LandingSummary summary = RetailLander.land(input.getParent(), pipeline);

    assertThat(summary.lines()).isEqualTo(5);
    assertThat(summary.hourFolders()).isEqualTo(4);
    assertThat(summary.filesWritten()).isEqualTo(4);
    assertThat(summary.firstHour()).isEqualTo("2010/12/01/08");
    assertThat(summary.lastHour()).isEqualTo("2010/12/01/14");
    assertThat(hourFolders()).containsExactly("2010/12/01/08", "2010/12/01/09", "2010/12/01/12", "2010/12/01/14");
    List<String> twoPm = Files.readAllLines(onlyFile("2010/12/01/14"));
    assertThat(twoPm).containsExactly(HEADER,
        "\"536544\",\"90214D\",\"LETTER \"\"D\"\" BLING KEY RING\",1,\"2010-12-01 14:32:00\",0.85,,\"United Kingdom\"",
        "\"536546\",\"22145\",\"CHRISTMAS CRAFT, HEART\",1,\"2010-12-01 14:33:00\",0.29,,");
    assertThat(Files.readAllLines(onlyFile("2010/12/01/09")))
        .contains("\"C536379\",\"D\",\"Discount\",-1,\"2010-12-01 09:41:00\",27.5,14527,\"United Kingdom\"");
    assertThat(onlyFile("2010/12/01/08").getFileName().toString()).matches("orders-[0-9a-f]{12}\\.csv");
    try (Stream<Path> raw = Files.list(pipeline.resolve("raw"))) {
      assertThat(raw.map(p -> p.getFileName().toString())).as("no staging left behind").containsExactly("orders");
    }
  }

  @Test
  void land_sameFileTwice_changesNothing() throws IOException {
    Path input = write("in/orders.csv", GOOD);
    RetailLander.land(input, pipeline);
    Path landed = onlyFile("2010/12/01/08");
    Files.setLastModifiedTime(landed, FileTime.fromMillis(1_000_000L));

    RetailLander.LandingSummary again = RetailLander.land(input, pipeline);

    assertThat(again.filesWritten()).isZero();
    assertThat(again.filesUnchanged()).isEqualTo(4);
    assertThat(Files.getLastModifiedTime(landed).toMillis()).as("left alone, so bookmarks do not read it again")
        .isEqualTo(1_000_000L);
  }

  @Test
  void land_readsGzipAndOrdersColumnsByHeaderName() throws IOException {
    Path gz = base.resolve("in/reordered.csv.gz");
    Files.createDirectories(gz.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(("country,customerid,unitprice,invoicedate,quantity,description,stockcode,invoiceno\n"
          + "France,12345,1.25,2011-06-01 10:00:00,12,\"JAM JAR\",21000,560000\n").getBytes(StandardCharsets.UTF_8));
    }

    RetailLander.land(gz.getParent(), pipeline);

    assertThat(Files.readAllLines(onlyFile("2011/06/01/10"))).containsExactly(HEADER,
        "\"560000\",\"21000\",\"JAM JAR\",12,\"2011-06-01 10:00:00\",1.25,12345,\"France\"");
  }

  @Test
  void land_wrongHeader_namesFileLineAndColumns() throws IOException {
    Path input = write("in/orders.csv", GOOD.replace("InvoiceDate", "InvoiceTime"));

    assertThatThrownBy(() -> RetailLander.land(input.getParent(), pipeline))
        .isInstanceOf(RetailInputException.class).isInstanceOf(GlueSuiteUserException.class)
        .hasMessageContaining(input.toString()).hasMessageContaining("line 1 (the header)")
        .hasMessageContaining("missing column(s) [InvoiceDate]").hasMessageContaining("unknown column(s) [InvoiceTime]")
        .hasMessageContaining("Rename the columns");
    assertThat(pipeline).doesNotExist();
  }

  @Test
  void land_missingColumn_namesIt() throws IOException {
    Path input = write("in/orders.csv", "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,Country\n"
        + "536365,85123A,HOLDER,6,2010-12-01 08:26:00,2.55,United Kingdom\n");

    assertThatThrownBy(() -> RetailLander.land(input, pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("missing column(s) [CustomerID]").hasMessageNotContaining("unknown column");
  }

  @Test
  void land_brokenLines_namesEachLineAndLandsNothingFromAnyFile() throws IOException {
    write("in/a-good.csv", GOOD);
    Path bad = write("in/b-bad.csv", HEADER + "\n"
        + "536365,85123A,HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n"
        + "536366,22633,\"HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850,United Kingdom\n"
        + "536367,84879,BIRD ORNAMENT,32,2010-12-01 08:34:00,1.69,13047\n");

    assertThatThrownBy(() -> RetailLander.land(bad.getParent(), pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining(bad.toString()).hasMessageContaining("2 bad line(s); nothing was landed")
        .hasMessageContaining("line 3: is broken: a quoted field is not closed on this line")
        .hasMessageContaining("line 4: is broken: it has 7 fields where the header has 8")
        .hasMessageContaining("double a quote inside it");
    assertThat(pipeline.resolve("raw/orders")).as("the good file was not landed either").doesNotExist();
  }

  @Test
  void land_wrongDateFormat_namesLineColumnValueAndFormat() throws IOException {
    Path input = write("in/orders.csv", HEADER + "\n"
        + "536365,85123A,HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n");

    assertThatThrownBy(() -> RetailLander.land(input, pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("line 2, column InvoiceDate: '12/1/2010 8:26' is not a date-time written "
            + "yyyy-MM-dd HH:mm:ss (e.g. 2010-12-01 08:26:00");
    assertThat(pipeline).doesNotExist();
  }

  @Test
  void land_badNumbers_areNamedWithTheirColumns() throws IOException {
    Path input = write("in/orders.csv", HEADER + "\n"
        + "536365,85123A,HOLDER,six,2010-12-01 08:26:00,2.55,17850,United Kingdom\n"
        + "536366,85123A,HOLDER,6,2010-12-01 08:26:00,£2.55,C17850,United Kingdom\n"
        + ",85123A,HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n");

    assertThatThrownBy(() -> RetailLander.land(input, pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("3 bad line(s)")
        .hasMessageContaining("line 2, column Quantity: 'six' is not a whole number")
        .hasMessageContaining("line 3, column UnitPrice: '£2.55' is not a decimal number")
        .hasMessageContaining("line 3, column CustomerID: 'C17850' is not a customer number")
        .hasMessageContaining("line 4, column InvoiceNo: is empty");
  }

  @Test
  void land_emptyFolder_saysWhatItNeeds() throws IOException {
    Path empty = Files.createDirectories(base.resolve("in"));

    assertThatThrownBy(() -> RetailLander.land(empty, pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("holds no order-log file").hasMessageContaining("found nothing")
        .hasMessageContaining(".csv or .csv.gz");
  }

  @Test
  void land_folderOfOtherFiles_listsThem() throws IOException {
    write("in/measurements.json", "{}\n");
    Files.createDirectories(base.resolve("in/2021"));

    assertThatThrownBy(() -> RetailLander.land(base.resolve("in"), pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("found only [2021/, measurements.json]");
  }

  @Test
  void land_anotherPipelinesFiles_failBeforeAnyLineIsRead() throws IOException {
    write("in/a-orders.csv", GOOD);
    Path beijing = write("in/PRSA_Data_Dongsi.csv", "No,year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,TEMP,PRES,"
        + "DEWP,RAIN,wd,WSPM,station\n1,2013,3,1,0,9,9,3,17,300,89,-0.5,1024.5,-21.4,0,NNW,5.7,Dongsi\n");

    assertThatThrownBy(() -> RetailLander.land(beijing.getParent(), pipeline))
        .isInstanceOf(RetailInputException.class).hasMessageContaining(beijing.toString())
        .hasMessageContaining("is not an order log").hasMessageContaining("another pipeline's data");
    assertThat(pipeline).doesNotExist();
  }

  @Test
  void land_missingInput_namesIt() {
    Path nowhere = base.resolve("nowhere");

    assertThatThrownBy(() -> RetailLander.land(nowhere, pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining(nowhere + " does not exist");
  }

  @Test
  void land_emptyFile_saysItHasNoHeader() throws IOException {
    Path input = write("in/orders.csv", "");

    assertThatThrownBy(() -> RetailLander.land(input, pipeline)).isInstanceOf(RetailInputException.class)
        .hasMessageContaining("is empty: it has no header line");
  }

  private Path write(String relative, String content) throws IOException {
    Path file = base.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> hourFolders() throws IOException {
    Path orders = pipeline.resolve("raw/orders");
    try (Stream<Path> files = Files.walk(orders)) {
      return files.filter(Files::isRegularFile).map(f -> orders.relativize(f.getParent()).toString()).sorted()
          .toList();
    }
  }

  private Path onlyFile(String hour) throws IOException {
    try (Stream<Path> files = Files.list(pipeline.resolve("raw/orders").resolve(hour))) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }
}
