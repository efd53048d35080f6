package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/** Glue's {@code Database} as {@code GetDatabase} returns it. Names are stored lower-case, as Glue does. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Database(
    @JsonProperty("Name") String name,
    @JsonProperty("Description") String description,
    @JsonProperty("LocationUri") String locationUri,
    @JsonProperty("Parameters") Map<String, String> parameters,
    @JsonProperty("CreateTime") Instant createTime) {

  public Database {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
  }
}
