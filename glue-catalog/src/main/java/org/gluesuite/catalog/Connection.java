package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * Glue's {@code Connection} as {@code GetConnection} returns it: how jobs reach a data store. A {@code JDBC}
 * connection's properties hold {@code JDBC_CONNECTION_URL} and, when the store needs them, {@code USERNAME} and
 * {@code PASSWORD}. Names are stored lower-case, as the catalog's other names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Connection(
    @JsonProperty("Name") String name,
    @JsonProperty("Description") String description,
    @JsonProperty("ConnectionType") String connectionType,
    @JsonProperty("ConnectionProperties") Map<String, String> connectionProperties,
    @JsonProperty("CreationTime") Instant creationTime,
    @JsonProperty("LastUpdatedTime") Instant lastUpdatedTime) {

  /** Glue's connection property that holds a JDBC connection's URL. */
  public static final String JDBC_CONNECTION_URL = "JDBC_CONNECTION_URL";
  public static final String USERNAME = "USERNAME";
  public static final String PASSWORD = "PASSWORD";

  public Connection {
    connectionProperties = connectionProperties == null ? Map.of() : Map.copyOf(connectionProperties);
  }
}
