package org.gluesuite.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.jobs.airquality.AirQualityRawTables;
import org.gluesuite.workflow.engine.CrawlLaunch;
import org.gluesuite.workflow.engine.CrawlOutcome;
import org.gluesuite.workflow.engine.CrawlerLauncher;

/**
 * STAND-IN until the crawler module is merged: the {@code airquality-raw} crawler node registers the raw
 * tables with {@link AirQualityRawTables#register}, which is what a crawl over {@code s3://airquality/raw/
 * openaq} and {@code s3://airquality/raw/gsod} produces. The real crawler ({@code CrawlerService}) replaces
 * this class; nothing else in the workflow engine changes.
 */
public final class StandInCrawlerLauncher implements CrawlerLauncher {
  public static final String AIR_QUALITY_RAW = "airquality-raw";

  private final Console console;
  private final LocalEnvironment environment;

  public StandInCrawlerLauncher(Console console, LocalEnvironment environment) {
    this.console = console;
    this.environment = environment;
  }

  @Override
  public Set<String> crawlerNames() {
    return Set.of(AIR_QUALITY_RAW);
  }

  @Override
  public CrawlOutcome crawl(CrawlLaunch launch) {
    if (!AIR_QUALITY_RAW.equals(launch.crawlerName())) {
      throw new IllegalArgumentException("There is no crawler named '" + launch.crawlerName() + "'.");
    }
    AirQualityRawTables.Registration registration = AirQualityRawTables.register(environment.catalog(),
        AirQualityJobs.DATABASE, environment.workspace().lake().resolve(AirQualityJobs.ROOT));
    console.progress("catalog: %s.%s has %,d day partitions, %s.%s has %,d", AirQualityJobs.DATABASE,
        AirQualityRawTables.MEASUREMENTS_TABLE, registration.measurementPartitions(), AirQualityJobs.DATABASE,
        AirQualityRawTables.WEATHER_TABLE, registration.weatherPartitions());
    return new CrawlOutcome(List.of(AirQualityJobs.DATABASE + "." + AirQualityRawTables.MEASUREMENTS_TABLE,
        AirQualityJobs.DATABASE + "." + AirQualityRawTables.WEATHER_TABLE),
        registration.measurementPartitions() + registration.weatherPartitions(), Map.of());
  }
}
