package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code Database} as {@code GetDatabase} returns it. Names are stored lower-case, as Glue does. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record Database(
    String name,
    String description,
    String locationUri,
    Map<String, String> parameters,
    Instant createTime) {

  public Database {
    parameters = Immutable.map(parameters);
  }
}
