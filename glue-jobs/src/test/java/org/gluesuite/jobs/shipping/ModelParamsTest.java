package org.gluesuite.jobs.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gluesuite.common.GlueSuiteUserException;
import org.junit.jupiter.api.Test;

class ModelParamsTest {
  @Test
  void parse_readsTheSeedsPythonDictLiteral() {
    assertThat(ModelParams.parse("{'maxIter': 32}").values()).containsExactly(Map.entry("maxIter", 32L));
  }

  @Test
  void parse_readsJson_andPythonBooleans_strings_decimals_andATrailingComma() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("maxIter", 50L);
    expected.put("stepSize", 0.05);
    expected.put("lossType", "absolute");
    expected.put("cacheNodeIds", true);
    expected.put("minInfoGain", 1.0e-3);
    assertThat(ModelParams.parse(" {\"maxIter\": 50, \"stepSize\": 0.05, \"lossType\": \"absolute\","
        + " \"cacheNodeIds\": true, \"minInfoGain\": 1e-3} ").values()).containsExactlyEntriesOf(expected);
    assertThat(ModelParams.parse("{'maxIter': 50, 'stepSize': .05, 'lossType': 'absolute', 'cacheNodeIds': True,"
        + " 'minInfoGain': 0.001,}").values()).containsExactlyEntriesOf(expected);
  }

  @Test
  void parse_blankOrMissing_isNoParameters() {
    assertThat(ModelParams.parse(null)).isEqualTo(ModelParams.NONE);
    assertThat(ModelParams.parse("  ").values()).isEmpty();
    assertThat(ModelParams.parse("{}").values()).isEmpty();
  }

  @Test
  void parse_badValue_namesTheCharacterAndWhatWasExpected() {
    assertThatThrownBy(() -> ModelParams.parse("{'maxIter': 3x}"))
        .isInstanceOf(ShippingArgumentException.class).isInstanceOf(GlueSuiteUserException.class)
        .hasMessageContaining("Invalid --model_params {'maxIter': 3x}: at character 13, found '3x}'")
        .hasMessageContaining("a number, a quoted string or a boolean (true/false or True/False) for 'maxIter'")
        .hasMessageContaining("e.g. {\"maxIter\": 32} or {'maxIter': 32, 'maxDepth': 5}");
  }

  @Test
  void parse_malformedText_failsAtThePlaceItGoesWrong() {
    assertThatThrownBy(() -> ModelParams.parse("maxIter=32"))
        .hasMessageContaining("at character 1, found 'maxIter=32' where a dictionary starting with { was expected");
    assertThatThrownBy(() -> ModelParams.parse("{maxIter: 32}"))
        .hasMessageContaining("at character 2, found 'maxIter: 32}' where a parameter name in quotes");
    assertThatThrownBy(() -> ModelParams.parse("{'maxIter' 32}"))
        .hasMessageContaining("at character 12, found '32}' where ':' after the parameter name 'maxIter'");
    assertThatThrownBy(() -> ModelParams.parse("{'maxIter': 32 'maxDepth': 4}"))
        .hasMessageContaining("at character 16, found ''maxDepth': ' where ',' or '}' after the value of 'maxIter'");
    assertThatThrownBy(() -> ModelParams.parse("{'maxIter': 32"))
        .hasMessageContaining("found the end of the text where ',' or '}' after the value of 'maxIter'");
    assertThatThrownBy(() -> ModelParams.parse("{'maxIter': 32} x"))
        .hasMessageContaining("at character 17, found 'x' where nothing after the closing '}' was expected");
    assertThatThrownBy(() -> ModelParams.parse("{'lossType': 'absolute}"))
        .hasMessageContaining("the closing ' of a string");
  }

  @Test
  void parse_rejectsRepeatedNames_nestedValues_andNone() {
    assertThatThrownBy(() -> ModelParams.parse("{'maxIter': 32, 'maxIter': 10}"))
        .hasMessageContaining("at character 17").hasMessageContaining("'maxIter' is given again");
    assertThatThrownBy(() -> ModelParams.parse("{'thresholds': [0.5, 0.5]}"))
        .hasMessageContaining("lists and nested dictionaries are not parameter values here");
    assertThatThrownBy(() -> ModelParams.parse("{'seed': None}"))
        .hasMessageContaining("not None: leave the parameter out to keep its default");
  }
}
