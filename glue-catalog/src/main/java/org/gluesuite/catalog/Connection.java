package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.gluesuite.common.Immutable;
import org.gluesuite.common.json.PascalCaseJson;

/**
 * Glue's {@code Connection} as {@code GetConnection} returns it: how jobs reach a data store. A {@code JDBC}
 * connection's properties hold {@code JDBC_CONNECTION_URL} and, when the store needs them, {@code USERNAME} and
 * {@code PASSWORD}. Names are stored lower-case, as the catalog's other names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record Connection(
    String name,
    String description,
    String connectionType,
    Map<String, String> connectionProperties,
    Instant creationTime,
    Instant lastUpdatedTime) {

  /** Glue's connection property that holds a JDBC connection's URL. */
  public static final String JDBC_CONNECTION_URL = "JDBC_CONNECTION_URL";
  public static final String USERNAME = "USERNAME";
  public static final String PASSWORD = "PASSWORD";

  public Connection {
    connectionProperties = Immutable.map(connectionProperties);
  }
}
