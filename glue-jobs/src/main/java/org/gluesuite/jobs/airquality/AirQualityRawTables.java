package org.gluesuite.jobs.airquality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.SerDeInfo;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;

/**
 * Registers the generated raw folders as catalog tables, each {@code yyyy/mm/dd} folder a partition with
 * its own location: what a crawler over those folders produces. Idempotent: existing partitions stay.
 * (The crawler issue replaces this with real crawls.)
 */
public final class AirQualityRawTables {
  public static final String MEASUREMENTS_TABLE = "openaq_raw";
  public static final String WEATHER_TABLE = "gsod_raw";
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
  private static final List<Column> DATE_KEYS =
      List.of(Column.of("year", "string"), Column.of("month", "string"), Column.of("day", "string"));

  private AirQualityRawTables() {
  }

  /** How many partitions each table has after registration. */
  public record Registration(int measurementPartitions, int weatherPartitions) {
  }

  public static Registration register(DataCatalog catalog, String database, Path pipelineRoot) {
    try {
      catalog.getDatabase(database);
    } catch (EntityNotFoundException e) {
      catalog.createDatabase(new DatabaseInput(database, "Air quality: NO2 from weather", null, Map.of()));
    }
    Path measurements = pipelineRoot.resolve("raw/openaq");
    Path weather = pipelineRoot.resolve("raw/gsod");
    ensureTable(catalog, database, measurementsTable(measurements));
    ensureTable(catalog, database, weatherTable(weather));
    return new Registration(
        addDayPartitions(catalog, database, MEASUREMENTS_TABLE, measurements, StorageFormat.JSON),
        addDayPartitions(catalog, database, WEATHER_TABLE, weather, StorageFormat.CSV));
  }

  private static TableInput measurementsTable(Path location) {
    List<Column> columns = List.of(
        Column.of("location", "string"), Column.of("city", "string"), Column.of("country", "string"),
        Column.of("parameter", "string"), Column.of("value", "double"), Column.of("unit", "string"),
        Column.of("date", "struct<utc:string,local:string>"),
        Column.of("coordinates", "struct<latitude:double,longitude:double>"));
    TableInput input = TableInput.external(MEASUREMENTS_TABLE, columns, DATE_KEYS, location.toString(), StorageFormat.JSON);
    return input.withParameters(Map.of("classification", "json", "compressionType", "gzip", "typeOfData", "file"));
  }

  private static TableInput weatherTable(Path location) {
    List<Column> columns = new ArrayList<>();
    for (String name : List.of("station", "date", "latitude", "longitude", "elevation", "name", "temp",
        "temp_attributes", "dewp", "dewp_attributes", "slp", "slp_attributes", "stp", "stp_attributes", "visib",
        "visib_attributes", "wdsp", "wdsp_attributes", "mxspd", "gust", "max", "max_attributes", "min",
        "min_attributes", "prcp", "prcp_attributes", "sndp", "frshtt")) {
      columns.add(Column.of(name, "string"));
    }
    StorageDescriptor descriptor = new StorageDescriptor(columns, location.toString(),
        StorageFormat.CSV.inputFormat(), StorageFormat.CSV.outputFormat(), false,
        new SerDeInfo(null, "org.apache.hadoop.hive.serde2.OpenCSVSerde",
            Map.of("separatorChar", ",", "quoteChar", "\"")), Map.of());
    return new TableInput(WEATHER_TABLE, null, null, descriptor, DATE_KEYS, TableInput.EXTERNAL_TABLE,
        Map.of("classification", "csv", "delimiter", ",", "skip.header.line.count", "1", "typeOfData", "file"));
  }

  private static void ensureTable(DataCatalog catalog, String database, TableInput input) {
    try {
      catalog.getTable(database, input.name());
    } catch (EntityNotFoundException e) {
      catalog.createTable(database, input);
    }
  }

  private static int addDayPartitions(DataCatalog catalog, String database, String table, Path root,
      StorageFormat format) {
    List<PartitionInput> inputs = new ArrayList<>();
    for (Path day : dayFolders(root)) {
      Path relative = root.relativize(day);
      List<String> values = List.of(relative.getName(0).toString(), relative.getName(1).toString(),
          relative.getName(2).toString());
      inputs.add(new PartitionInput(values, StorageDescriptor.of(List.of(), day.toString(), format), Map.of()));
    }
    for (PartitionError error : catalog.batchCreatePartition(database, table, inputs)) {
      if (!"AlreadyExistsException".equals(error.errorCode())) {
        throw new IllegalStateException("Could not register partition " + error.partitionValues() + " of "
            + database + "." + table + ": " + error.errorMessage());
      }
    }
    return catalog.getPartitions(database, table).size();
  }

  private static List<Path> dayFolders(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root, 3)) {
      return walk.filter(Files::isDirectory).filter(p -> isDayFolder(root, p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root + ": " + e.getMessage(), e);
    }
  }

  private static boolean isDayFolder(Path root, Path folder) {
    Path relative = root.relativize(folder);
    return relative.getNameCount() == 3 && YEAR.matcher(relative.getName(0).toString()).matches()
        && TWO_DIGITS.matcher(relative.getName(1).toString()).matches()
        && TWO_DIGITS.matcher(relative.getName(2).toString()).matches();
  }
}
