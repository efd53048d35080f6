package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Glue's {@code DatabaseInput}: what {@code CreateDatabase} and {@code UpdateDatabase} take. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatabaseInput(
    @JsonProperty("Name") String name,
    @JsonProperty("Description") String description,
    @JsonProperty("LocationUri") String locationUri,
    @JsonProperty("Parameters") Map<String, String> parameters) {

  public DatabaseInput {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }

  public static DatabaseInput named(String name) {
    return new DatabaseInput(name, null, null, Map.of());
  }
}
