package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/** Glue's {@code ConnectionInput}: what {@code CreateConnection} takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record ConnectionInput(
    String name,
    String description,
    String connectionType,
    Map<String, String> connectionProperties) {

  public ConnectionInput {
    connectionProperties = Immutable.map(connectionProperties);
  }

  /** A {@code JDBC} connection to {@code url}, with no user name or password. */
  public static ConnectionInput jdbc(String name, String url) {
    return new ConnectionInput(name, null, "JDBC", Map.of(Connection.JDBC_CONNECTION_URL, url));
  }
}
