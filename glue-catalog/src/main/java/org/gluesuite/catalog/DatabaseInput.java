package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code DatabaseInput}: what {@code CreateDatabase} and {@code UpdateDatabase} take. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record DatabaseInput(
    String name,
    String description,
    String locationUri,
    Map<String, String> parameters) {

  public DatabaseInput {
    parameters = Immutable.map(parameters);
  }

  public static DatabaseInput named(String name) {
    return new DatabaseInput(name, null, null, Map.of());
  }
}
