package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.catalog.CatalogResource;
import org.gluesuite.catalog.Connection;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/** CreateConnection, GetConnection, GetConnections ({@code Filter.ConnectionType}), DeleteConnection; {@code HidePassword}. */
final class ConnectionOperations {
  static final int PAGE_SIZE = 1000;

  private ConnectionOperations() {
  }

  static void register(ServiceApi glue, EmbeddedCatalog catalog) {
    glue.register("CreateConnection", call -> {
      ConnectionInput input = call.read("ConnectionInput", ConnectionInput.class);
      catalog.createConnection(input);
      GlueCatalogOperations.tagOnCreate(call, catalog, CatalogResource.connection(input.name()));
      return Operation.NO_OUTPUT;
    });
    glue.register("GetConnection", call -> output("Connection", shown(catalog.getConnection(call.string("Name")),
        call.flag("HidePassword"))));
    glue.register("GetConnections", call -> {
      Optional<String> type = Optional.ofNullable(call.input().path("Filter").path("ConnectionType").textValue());
      List<Connection> connections = catalog.getConnections().stream()
          .filter(c -> type.isEmpty() || type.get().equalsIgnoreCase(c.connectionType()))
          .map(c -> shown(c, call.flag("HidePassword")))
          .toList();
      Pages.Page<Connection> page = Pages.of(connections, Connection::name, call, PAGE_SIZE);
      return page("ConnectionList", page.items(), page.nextToken());
    });
    glue.register("DeleteConnection", call -> {
      catalog.deleteConnection(call.string("ConnectionName"));
      return Operation.NO_OUTPUT;
    });
  }

  private static Connection shown(Connection connection, boolean hidePassword) {
    if (!hidePassword || !connection.connectionProperties().containsKey(Connection.PASSWORD)) {
      return connection;
    }
    Map<String, String> properties = new HashMap<>(connection.connectionProperties());
    properties.remove(Connection.PASSWORD);
    return new Connection(connection.name(), connection.description(), connection.connectionType(), properties,
        connection.creationTime(), connection.lastUpdatedTime());
  }
}
