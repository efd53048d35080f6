package org.gluesuite.common.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMetricsTest {
  @TempDir
  Path dir;

  private static ModelMetrics regression() {
    return ModelMetrics.builder("air-quality", ModelMetrics.Task.REGRESSION)
        .model("linear", Map.of("regParam", 0.0))
        .split("train", Map.of("r2", 0.8), Map.of())
        .split("test", Map.of("rmse", 15.2, "mae", 11.9, "r2", 0.741), Map.of("r2", Double.NaN))
        .rows("train", 2096).rows("test", 705)
        .baseline("linear regression on four weather columns")
        .extra("feature_importances", Map.of("wspm_median", 0.17))
        .build();
  }

  @Test
  void toJson_thenParse_givesTheSameMetrics_withExtrasAndUndefinedValuesAsNull() {
    ModelMetrics m = regression();
    String json = m.toJson();

    assertThat(json).contains("\"task\" : \"regression\"").contains("\"r2\" : null");
    assertThat(json.indexOf("\"pipeline\"")).isLessThan(json.indexOf("\"splits\""));
    ModelMetrics back = ModelMetrics.parse("metrics.json", json);
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(back.split("test").orElseThrow().model()).containsEntry("r2", 0.741);
    assertThat(back.split("test").orElseThrow().baseline().get("r2")).isNaN();
    assertThat(back.rows()).containsEntry("test", 705L);
    assertThat(back.extra("feature_importances").orElseThrow().get("wspm_median").asDouble()).isEqualTo(0.17);
    assertThat(back.params().get("regParam").asDouble()).isZero();
  }

  @Test
  void writeAndRead_localFile() {
    Path file = dir.resolve("model").resolve(ModelMetrics.FILE_NAME);
    regression().write(file);
    assertThat(ModelMetrics.read(file).modelType()).isEqualTo("linear");
  }

  @Test
  void builder_refusesMetricsOfAnotherTask_unknownSplits_andDocumentedNamesAsExtras() {
    ModelMetrics.Builder b = ModelMetrics.builder("retail", ModelMetrics.Task.RECOMMENDATION).model("als", Map.of());
    assertThatThrownBy(() -> b.split("test", Map.of("rmse", 1.0), Map.of()))
        .hasMessageContaining("splits.test.rmse").hasMessageContaining("precision_at_10");
    assertThatThrownBy(() -> b.split("holdout", Map.of(), Map.of())).hasMessageContaining("train, validation, test");
    assertThatThrownBy(() -> b.extra("rows", 1)).hasMessageContaining("documented field");
    assertThatThrownBy(() -> ModelMetrics.builder("retail", ModelMetrics.Task.RECOMMENDATION).build())
        .hasMessageContaining("model.type");
  }

  @Test
  void parse_namesTheFileAndJsonPath_ofWhatIsWrong() {
    assertThatThrownBy(() -> ModelMetrics.parse("m/metrics.json", "{\"pipeline\": \"x\", \"task\": \"clustering\"}"))
        .isInstanceOf(ReportFileException.class).hasMessageContaining("m/metrics.json: $.task")
        .hasMessageContaining("regression or recommendation");
    assertThatThrownBy(() -> ModelMetrics.parse("m.json", "{\"pipeline\": \"x\", \"task\": \"regression\"}"))
        .hasMessageContaining("m.json: $.model: missing");
    assertThatThrownBy(() -> ModelMetrics.parse("m.json", "{\"pipeline\": \"x\", \"task\": \"regression\", "
        + "\"model\": {\"type\": \"lr\"}, \"splits\": {\"test\": {\"model\": {\"r2\": \"high\"}}}}"))
        .hasMessageContaining("$.splits.test.model.r2: expected a number");
    assertThatThrownBy(() -> ModelMetrics.parse("m.json", "{not json")).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> ModelMetrics.read(dir.resolve("absent.json"))).hasMessageContaining("absent.json")
        .hasMessageContaining("run that job again");
  }

  @Test
  void reportSection_roundTrips_andChecksItsCharts() {
    ReportSection section = ReportSection.builder("NO2 model").paragraph("Test year.")
        .table("Per station", List.of("station", "R²"), List.of(List.of("Dongsi", "0.80")))
        .chart(Chart.scatter("Predicted vs actual", "actual", "predicted").withIdentityLine()
            .withSeries("Dongsi", List.of(1.0, 2.0), List.of(1.5, 2.5)))
        .chart(Chart.bar("Importances", "feature", "importance", List.of("a", "b")).withBars("rf", List.of(0.7, 0.3)))
        .build();
    Path file = dir.resolve(ReportSection.FILE_NAME);
    section.write(file);
    assertThat(ReportSection.read(file)).isEqualTo(section);

    assertThatThrownBy(() -> Chart.line("t", "x", "y").withSeries("s", List.of(1.0), List.of(1.0, 2.0)))
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> Chart.bar("t", "x", "y", List.of("a")).withBars("s", List.of(1.0, 2.0)))
        .hasMessageContaining("one y value per category");
    assertThatThrownBy(() -> ReportSection.builder("t").table("c", List.of("a"), List.of(List.of("1", "2"))))
        .hasMessageContaining("2 cells");
    assertThatThrownBy(() -> ReportSection.parse("s.json", "{\"title\": \"t\", \"charts\": [{\"kind\": \"PIE\"}]}"))
        .isInstanceOf(ReportFileException.class).hasMessageContaining("s.json");
  }
}
