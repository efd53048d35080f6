package org.gluesuite.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PascalCaseJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @PascalCaseJson
  record Run(String runId, int attempt, String jobRunState, List<Step> steps) {
  }

  @PascalCaseJson
  record Step(String name, Long executionTimeMillis) {
  }

  @Test
  void write_namesEachComponentInPascalCase_inComponentOrder() throws Exception {
    String json = JSON.writeValueAsString(new Run("jr_1", 2, "SUCCEEDED", List.of(new Step("clean", 5L))));

    assertThat(json).isEqualTo("{\"RunId\":\"jr_1\",\"Attempt\":2,\"JobRunState\":\"SUCCEEDED\","
        + "\"Steps\":[{\"Name\":\"clean\",\"ExecutionTimeMillis\":5}]}");
  }

  @Test
  void read_acceptsThePascalCaseNames_andNotTheComponentNames() throws Exception {
    Run run = JSON.readValue("{\"RunId\":\"jr_1\",\"Attempt\":2,\"JobRunState\":\"FAILED\","
        + "\"Steps\":[{\"Name\":\"clean\",\"ExecutionTimeMillis\":5}]}", Run.class);
    Run byComponentNames = JSON.readerFor(Run.class)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .readValue("{\"runId\":\"jr_1\",\"attempt\":2,\"jobRunState\":\"FAILED\"}");

    assertThat(run).isEqualTo(new Run("jr_1", 2, "FAILED", List.of(new Step("clean", 5L))));
    assertThat(byComponentNames).isEqualTo(new Run(null, 0, null, null));
  }
}
