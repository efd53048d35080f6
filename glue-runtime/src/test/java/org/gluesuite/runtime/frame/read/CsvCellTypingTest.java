package org.gluesuite.runtime.frame.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written cell typing must agree with its definition, written here as regular expressions. */
class CsvCellTypingTest {
  private static final Pattern LONG = Pattern.compile("[-+]?\\d{1,18}");
  private static final Pattern DOUBLE = Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");

  private static Object byDefinition(String cell) {
    String t = cell.trim();
    if (LONG.matcher(t).matches()) {
      return Long.parseLong(t);
    }
    if (DOUBLE.matcher(t).matches()) {
      return Double.parseDouble(t);
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.equals("true") || lower.equals("false") ? Boolean.valueOf(lower) : cell;
  }

  @Test
  void typed_givesLongsDoublesBooleansAndElseTheCell() {
    assertThat(CsvRecordReader.typed(" 42 ")).isEqualTo(42L);
    assertThat(CsvRecordReader.typed("-7")).isEqualTo(-7L);
    assertThat(CsvRecordReader.typed("1234567890123456789")).isEqualTo(1.234567890123456789e18);
    assertThat(CsvRecordReader.typed("1.")).isEqualTo(1.0);
    assertThat(CsvRecordReader.typed("+.5e-3")).isEqualTo(0.0005);
    assertThat(CsvRecordReader.typed("TRUE")).isEqualTo(true);
    assertThat(CsvRecordReader.typed("1e")).isEqualTo("1e");
    assertThat(CsvRecordReader.typed("2024-01-05")).isEqualTo("2024-01-05");
    assertThat(CsvRecordReader.typed("falſe")).isEqualTo("falſe");
    assertThat(CsvRecordReader.typed(null)).isNull();
  }

  @Test
  void typed_agreesWithTheRegularExpressions_onEdgeCasesAndRandomCells() {
    List<String> cells = new ArrayList<>(List.of("", " ", "+", "-", ".", "..", "1..2", "e5", "1e5", "1E+5", "1e-",
        ".e1", "1.e1", "-0", "007", "123456789012345678", "1234567890123456789", " 3 ", "\t4\t", "tRuE", "false ",
        "fals", "truee", "NaN", "Infinity", "0x1F", "1_000", "١٢", "1,5", "+-1", "1e5.5"));
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "0123456789+-.eE tfalsrueX";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder cell = new StringBuilder();
      for (int c = random.nextInt(8); c > 0; c--) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cells.add(cell.toString());
    }
    for (String cell : cells) {
      assertThat(CsvRecordReader.typed(cell)).as("cell '%s'", cell).isEqualTo(byDefinition(cell));
    }
  }
}
