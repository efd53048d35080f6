package org.gluesuite.jobs.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.gluesuite.runtime.frame.CsvReadOptions;
import org.gluesuite.runtime.frame.read.CsvRecordReader;
import org.junit.jupiter.api.Test;

class OrderLogFormatTest {
  private static final LocalDateTime TIME = LocalDateTime.of(2010, 12, 1, 8, 26);

  @Test
  void line_quotesTextColumnsAndDoublesQuotesInside() {
    OrderLine line = new OrderLine("536477", "22041", "RECORD FRAME 7\" SINGLE, SIZE ", 48, TIME,
        new BigDecimal("2.10"), 16210, "United Kingdom");

    String text = OrderLogFormat.line(line);

    assertThat(text).isEqualTo(
        "\"536477\",\"22041\",\"RECORD FRAME 7\"\" SINGLE, SIZE \",48,\"2010-12-01 08:26:00\",2.10,16210,"
            + "\"United Kingdom\"");
    assertThat(CsvRecordReader.parseLine(text, CsvReadOptions.DEFAULT)).containsExactly("536477", "22041",
        "RECORD FRAME 7\" SINGLE, SIZE ", "48", "2010-12-01 08:26:00", "2.10", "16210", "United Kingdom");
  }

  @Test
  void line_leavesMissingValuesEmptyAndUnquoted() {
    OrderLine line = new OrderLine("C536379", "D", null, -1, TIME, new BigDecimal("27.50"), null, null);

    assertThat(OrderLogFormat.line(line)).isEqualTo("\"C536379\",\"D\",,-1,\"2010-12-01 08:26:00\",27.50,,");
    List<String> cells = CsvRecordReader.parseLine(OrderLogFormat.line(line), CsvReadOptions.DEFAULT);
    assertThat(cells.get(2)).isNull();
    assertThat(cells.get(6)).isNull();
  }

  @Test
  void hourFolder_isTheWallClockHour() {
    // 2011-03-27 01:30 does not exist in London (BST starts): the folder follows the clock as written
    assertThat(OrderLogFormat.hourFolder(LocalDateTime.of(2011, 3, 27, 1, 30))).isEqualTo("2011/03/27/01");
    assertThat(OrderLogFormat.hourFolder(TIME)).isEqualTo("2010/12/01/08");
  }

  @Test
  void parseDateTime_takesSecondsOrMinutesAndNothingElse() {
    assertThat(OrderLogFormat.parseDateTime("2010-12-01 08:26:00")).isEqualTo(TIME);
    assertThat(OrderLogFormat.parseDateTime("2010-12-01 08:26")).isEqualTo(TIME);
    assertThat(OrderLogFormat.parseDateTime("12/1/2010 8:26")).isNull();
    assertThat(OrderLogFormat.parseDateTime("2010-12-01T08:26:00")).isNull();
    assertThat(OrderLogFormat.parseDateTime("2011-02-30 10:00:00")).as("no such day").isNull();
    assertThat(OrderLogFormat.parseDateTime("2010-12-01 24:00:00")).isNull();
    assertThat(OrderLogFormat.parseDateTime(null)).isNull();
  }
}
