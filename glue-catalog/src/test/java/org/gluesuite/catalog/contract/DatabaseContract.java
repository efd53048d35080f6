package org.gluesuite.catalog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The database part of the {@link org.gluesuite.catalog.DataCatalog} contract. */
public abstract class DatabaseContract extends CatalogContract {

  @Test
  void createDatabase_thenGetDatabase_returnsItWithLowerCaseNameAndCreateTime() {
    Instant before = Instant.now().minusSeconds(1);
    catalog.createDatabase(new DatabaseInput("Sales", "Orders and refunds", "s3://bucket/sales/",
        Map.of("owner", "team-a")));

    Database db = catalog.getDatabase("SALES");

    assertThat(db.name()).isEqualTo("sales");
    assertThat(db.description()).isEqualTo("Orders and refunds");
    assertThat(db.locationUri()).isEqualTo("s3://bucket/sales/");
    assertThat(db.parameters()).isEqualTo(Map.of("owner", "team-a"));
    assertThat(db.createTime()).isAfter(before).isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void createDatabase_whenNameDiffersOnlyInCase_failsWithAlreadyExists() {
    catalog.createDatabase(DatabaseInput.named("sales"));

    assertThatThrownBy(() -> catalog.createDatabase(DatabaseInput.named("SaLeS")))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("Database sales already exists. Use it as it is, update it, or delete it first.");
  }

  @Test
  void createDatabase_whenNameInvalid_failsNamingNameAndRule() {
    assertThatThrownBy(() -> catalog.createDatabase(DatabaseInput.named("my sales")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid database name 'my sales': it contains a space at position 3.")
        .hasMessageContaining("1-255 characters of lower-case letters, digits, '_' and '-'");
    assertThat(catalog.getDatabases()).isEmpty();
  }

  @Test
  void getDatabases_listsAllByName() {
    catalog.createDatabase(DatabaseInput.named("zeta"));
    catalog.createDatabase(DatabaseInput.named("Alpha"));
    catalog.createDatabase(DatabaseInput.named("mid-1"));

    assertThat(catalog.getDatabases()).extracting(Database::name).containsExactly("alpha", "mid-1", "zeta");
  }

  @Test
  void getDatabase_whenMissing_failsWithHowToList() {
    assertThatThrownBy(() -> catalog.getDatabase("xyz"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessage("Database xyz not found: the catalog has no database of that name. Create it first"
            + " (createDatabase), or pick an existing one (getDatabases lists them).");
  }

  @Test
  void updateDatabase_replacesDescriptionAndKeepsCreateTime() {
    catalog.createDatabase(new DatabaseInput("sales", "old", null, Map.of("a", "1")));
    Instant created = catalog.getDatabase("sales").createTime();

    catalog.updateDatabase("SALES", new DatabaseInput("Sales", "new", "s3://b/", Map.of("b", "2")));

    Database db = catalog.getDatabase("sales");
    assertThat(db.description()).isEqualTo("new");
    assertThat(db.locationUri()).isEqualTo("s3://b/");
    assertThat(db.parameters()).isEqualTo(Map.of("b", "2"));
    assertThat(db.createTime()).isEqualTo(created);
  }

  @Test
  void updateDatabase_whenInputRenames_failsAndKeepsDatabase() {
    catalog.createDatabase(DatabaseInput.named("sales"));

    assertThatThrownBy(() -> catalog.updateDatabase("sales", DatabaseInput.named("sales2")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Cannot rename database sales to 'sales2'");
    assertThat(catalog.getDatabase("sales").name()).isEqualTo("sales");
  }

  @Test
  void updateDatabase_whenMissing_failsWithNotFound() {
    assertThatThrownBy(() -> catalog.updateDatabase("nope", DatabaseInput.named("nope")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Database nope not found");
  }

  @Test
  void deleteDatabase_cascadesToTablesAndPartitions() {
    catalog.createDatabase(DatabaseInput.named("sales"));
    catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
    catalog.createPartition("sales", "orders", CatalogFixtures.dayPartition("2024", "01", "05"));

    catalog.deleteDatabase("Sales");

    assertThat(catalog.getDatabases()).isEmpty();
    catalog.createDatabase(DatabaseInput.named("sales"));
    assertThat(catalog.getTables("sales")).isEmpty();
    catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
    assertThat(catalog.getPartitions("sales", "orders")).isEmpty();
  }

  @Test
  void deleteDatabase_whenMissing_failsWithNotFound() {
    assertThatThrownBy(() -> catalog.deleteDatabase("nope"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Database nope not found");
  }

  @Test
  void createDatabase_whenInputNull_failsWithInvalidInput() {
    assertThatThrownBy(() -> catalog.createDatabase(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("DatabaseInput is missing: the call needs it. Pass a non-null value.");
  }
}
