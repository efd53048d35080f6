package org.gluesuite.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.jobs.airquality.AirQualityJobs;

/** The jobs this jar contains, by name. An explicit list: no class-path scanning, no reflection. */
public final class JobRegistry {
  private static final Map<String, JobDefinition> JOBS = new LinkedHashMap<>();

  static {
    for (JobDefinition definition : AirQualityJobs.definitions()) {
      JOBS.put(definition.name(), definition);
    }
  }

  private JobRegistry() {
  }

  public static Optional<JobDefinition> find(String name) {
    return Optional.ofNullable(JOBS.get(name));
  }

  public static List<JobDefinition> all() {
    return List.copyOf(JOBS.values());
  }
}
