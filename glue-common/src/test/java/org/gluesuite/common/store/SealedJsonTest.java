package org.gluesuite.common.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealedJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SealedJson.Corruption CORRUPT = (why, cause) -> new IllegalStateException(why, cause);

  @Test
  void seal_thenOpen_acceptsEveryNumberAsWritten_decimalsDoublesAndLongs() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("round", new BigDecimal("100"));
    values.put("scaled", new BigDecimal("2500.00"));
    values.put("exponent", new BigDecimal("1E+2"));
    values.put("long_digits", new BigDecimal("12345678901234567890.123456789"));
    values.put("huge_double", 1e20);
    values.put("tenth", 0.1);
    values.put("max_long", Long.MAX_VALUE);
    values.put("nested", Map.of("list", List.of(1, 2.5, "x")));
    JsonNode body = JSON.valueToTree(Map.of("Results", values, "Id", "jr_1"));
    SealedJson format = SealedJson.of("JobRun");

    byte[] sealed = format.seal(body);
    JsonNode opened = format.open(sealed, CORRUPT);

    assertThat(new String(sealed, StandardCharsets.UTF_8)).startsWith("{\n  \"FormatVersion\" : 2,");
    assertThat(opened.get("Results").get("scaled").decimalValue()).isEqualByComparingTo("2500.00");
    assertThat(opened.get("Results").get("huge_double").doubleValue()).isEqualTo(1e20);
    assertThat(opened.get("Results").get("max_long").longValue()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void open_whenOneByteOfTheBodyChanged_reportsTheChecksum_butToleratesLayoutOutsideIt() {
    SealedJson format = SealedJson.of("JobRun");
    String sealed = new String(format.seal(JSON.valueToTree(Map.of("JobRunState", "FAILED", "Attempt", 1))),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> format.open(sealed.replace("\"Attempt\" : 1", "\"Attempt\" : 0")
        .getBytes(StandardCharsets.UTF_8), CORRUPT)).hasMessageContaining("checksum does not match");
    assertThat(format.open(sealed.replace("{\n  \"FormatVersion\"", "{ \"FormatVersion\"")
        .getBytes(StandardCharsets.UTF_8), CORRUPT).get("JobRunState").asText()).isEqualTo("FAILED");
  }

  @Test
  void open_readsVersion1_whoseChecksumIsOverTheBodyWithSortedKeys() {
    // As job bookmarks were written before version 2: sha256 of {"JobName":"job","Run":3,"Source":"s3://b/"}.
    String version1 = "{\"FormatVersion\":1,\"Checksum\":\"sha256:"
        + "877bc86fad6e960ccc7b4569387f5c43d8f6ad29621fbd72313eed4c10e44d4a\",\"JobBookmarkEntry\":"
        + "{\"Source\":\"s3://b/\",\"JobName\":\"job\",\"Run\":3}}";
    SealedJson format = SealedJson.of("JobBookmarkEntry");

    assertThat(format.open(version1.getBytes(StandardCharsets.UTF_8), CORRUPT).get("Run").asInt()).isEqualTo(3);
    assertThatThrownBy(() -> format.open(version1.replace("\"Run\":3", "\"Run\":4")
        .getBytes(StandardCharsets.UTF_8), CORRUPT)).hasMessageContaining("checksum does not match");
  }

  @Test
  void open_ofADocumentWithoutASeal_readsItOnlyWhereUnsealedFilesAreAllowed() {
    byte[] bare = "{\"Id\":\"jr_1\",\"JobRunState\":\"SUCCEEDED\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(SealedJson.readingUnsealed("JobRun").open(bare, CORRUPT).get("Id").asText()).isEqualTo("jr_1");
    assertThatThrownBy(() -> SealedJson.of("JobBookmarkEntry").open(bare, CORRUPT))
        .hasMessageContaining("FormatVersion is null").hasMessageContaining("not written by glue-suite");
  }
}
