package org.gluesuite.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.jobs.retail.RetailJobs;
import org.gluesuite.jobs.shipping.ShippingJobs;
import org.gluesuite.jobs.sql.SqlJob;

/** The jobs this jar contains, by name. An explicit list: no class-path scanning, no reflection. */
public final class JobRegistry {
  private static final Map<String, JobDefinition> JOBS = new LinkedHashMap<>();

  static {
    for (JobDefinition definition : AirQualityJobs.definitions()) {
      JOBS.put(definition.name(), definition);
    }
    for (JobDefinition definition : ShippingJobs.definitions()) {
      JOBS.put(definition.name(), definition);
    }
    for (JobDefinition definition : RetailJobs.definitions()) {
      JOBS.put(definition.name(), definition);
    }
    JOBS.put(SqlJob.NAME, new JobDefinition(SqlJob.NAME,
        "Generic SQL job: Spark SQL over catalog tables (--sql_script/--sql_query) written to --target_path",
        SqlJob::new, lake -> Map.of()));
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
