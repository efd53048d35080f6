package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code SerDeInfo}: the serialization library and its parameters (for CSV: {@code field.delim}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record SerDeInfo(
    String name,
    String serializationLibrary,
    Map<String, String> parameters) {

  public SerDeInfo {
    parameters = Immutable.map(parameters);
  }
}
