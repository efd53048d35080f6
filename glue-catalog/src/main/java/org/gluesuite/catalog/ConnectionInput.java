package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Glue's {@code ConnectionInput}: what {@code CreateConnection} takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionInput(
    @JsonProperty("Name") String name,
    @JsonProperty("Description") String description,
    @JsonProperty("ConnectionType") String connectionType,
    @JsonProperty("ConnectionProperties") Map<String, String> connectionProperties) {

  public ConnectionInput {
    connectionProperties = connectionProperties == null ? Map.of() : Map.copyOf(connectionProperties);
  }

  /** A {@code JDBC} connection to {@code url}, with no user name or password. */
  public static ConnectionInput jdbc(String name, String url) {
    return new ConnectionInput(name, null, "JDBC", Map.of(Connection.JDBC_CONNECTION_URL, url));
  }
}
