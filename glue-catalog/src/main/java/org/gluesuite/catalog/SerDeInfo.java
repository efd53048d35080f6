package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Glue's {@code SerDeInfo}: the serialization library and its parameters (for CSV: {@code field.delim}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SerDeInfo(
    @JsonProperty("Name") String name,
    @JsonProperty("SerializationLibrary") String serializationLibrary,
    @JsonProperty("Parameters") Map<String, String> parameters) {

  public SerDeInfo {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }
}
