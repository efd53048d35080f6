package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * Glue's {@code StorageDescriptor}: where the data is and how it is stored. A partition has its own
 * descriptor, whose {@code location} may be any folder (for example {@code .../2024/01/05}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record StorageDescriptor(
    List<Column> columns,
    String location,
    String inputFormat,
    String outputFormat,
    boolean compressed,
    SerDeInfo serdeInfo,
    Map<String, String> parameters) {

  public StorageDescriptor {
    columns = Immutable.list(columns);
    parameters = Immutable.map(parameters);
  }

  /** A descriptor with the given columns and location and the Hive formats of {@code format}. */
  public static StorageDescriptor of(List<Column> columns, String location, StorageFormat format) {
    return new StorageDescriptor(columns, location, format.inputFormat(), format.outputFormat(), false,
        new SerDeInfo(null, format.serializationLibrary(), format.defaultSerDeParameters()), Map.of());
  }

  public StorageDescriptor withLocation(String newLocation) {
    return new StorageDescriptor(columns, newLocation, inputFormat, outputFormat, compressed, serdeInfo, parameters);
  }

  public StorageDescriptor withColumns(List<Column> newColumns) {
    return new StorageDescriptor(newColumns, location, inputFormat, outputFormat, compressed, serdeInfo, parameters);
  }
}
