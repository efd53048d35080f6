package org.gluesuite.catalog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.Connection;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The connection part of the {@link org.gluesuite.catalog.DataCatalog} contract. */
public abstract class ConnectionContract extends CatalogContract {

  @Test
  void createConnection_thenGetListAndDelete() {
    catalog.createConnection(new ConnectionInput("Test-Redshift-3", "the warehouse", "JDBC",
        Map.of(Connection.JDBC_CONNECTION_URL, "jdbc:postgresql://db:5432/dev", Connection.USERNAME, "etl")));
    catalog.createConnection(ConnectionInput.jdbc("archive", "jdbc:sqlite:/data/archive.db"));

    Connection found = catalog.getConnection("test-redshift-3");

    assertThat(found.name()).isEqualTo("test-redshift-3");
    assertThat(found.description()).isEqualTo("the warehouse");
    assertThat(found.connectionType()).isEqualTo("JDBC");
    assertThat(found.connectionProperties()).containsEntry(Connection.JDBC_CONNECTION_URL,
        "jdbc:postgresql://db:5432/dev").containsEntry(Connection.USERNAME, "etl");
    assertThat(found.creationTime()).isNotNull();
    assertThat(catalog.getConnections()).extracting(Connection::name).containsExactly("archive", "test-redshift-3");

    catalog.deleteConnection("archive");
    assertThat(catalog.getConnections()).extracting(Connection::name).containsExactly("test-redshift-3");
  }

  @Test
  void connections_unhappyPaths_nameTheProblem() {
    catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/w.db"));

    assertThatThrownBy(() -> catalog.createConnection(ConnectionInput.jdbc("warehouse", "jdbc:sqlite:/tmp/x.db")))
        .isInstanceOf(AlreadyExistsException.class).hasMessageStartingWith("Connection warehouse already exists.");
    assertThatThrownBy(() -> catalog.getConnection("missing"))
        .isInstanceOf(EntityNotFoundException.class).hasMessageStartingWith("Connection missing not found");
    assertThatThrownBy(() -> catalog.deleteConnection("missing")).isInstanceOf(EntityNotFoundException.class);
    assertThatThrownBy(() -> catalog.createConnection(ConnectionInput.jdbc("bad name", "jdbc:sqlite:/tmp/y.db")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Invalid connection name 'bad name'");
    assertThat(catalog.getConnections()).extracting(Connection::name).containsExactly("warehouse");
  }
}
