package org.gluesuite.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.jobs.airquality.AirQualityPipeline;
import org.gluesuite.jobs.retail.RetailPipeline;
import org.gluesuite.jobs.shipping.ShippingPipeline;

/** The pipelines {@code glue-suite run} knows, by name. An explicit list: no class-path scanning, no reflection. */
public final class PipelineRegistry {
  private static final Map<String, Pipeline> PIPELINES = new LinkedHashMap<>();

  static {
    for (Pipeline pipeline : List.<Pipeline>of(new AirQualityPipeline(), new ShippingPipeline(),
        new RetailPipeline())) {
      PIPELINES.put(pipeline.name(), pipeline);
    }
  }

  private PipelineRegistry() {
  }

  public static Optional<Pipeline> find(String name) {
    return Optional.ofNullable(PIPELINES.get(name));
  }

  /** The pipeline named {@code name}, or a user error listing the pipelines. */
  public static Pipeline require(String name) {
    return find(name).orElseThrow(() -> PipelineErrors.noSuchPipeline(name, names()));
  }

  public static List<Pipeline> all() {
    return List.copyOf(PIPELINES.values());
  }

  public static List<String> names() {
    return List.copyOf(PIPELINES.keySet());
  }
}
