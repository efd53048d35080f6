package org.gluesuite.catalog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.TableVersion;
import org.junit.jupiter.api.Test;

/** The table part of the {@link org.gluesuite.catalog.DataCatalog} contract. */
public abstract class TableContract extends CatalogContract {

  @Override
  protected void setUp() {
    catalog.createDatabase(DatabaseInput.named("sales"));
  }

  @Test
  void createTable_thenGetTable_returnsGlueShapeWithVersionZero() {
    TableInput input = CatalogFixtures.ordersTablePartitionedByDay("Orders");
    catalog.createTable("SALES", input);

    Table table = catalog.getTable("sales", "ORDERS");

    assertThat(table.databaseName()).isEqualTo("sales");
    assertThat(table.name()).isEqualTo("orders");
    assertThat(table.versionId()).isEqualTo("0");
    assertThat(table.storageDescriptor()).isEqualTo(input.storageDescriptor());
    assertThat(table.partitionKeys()).extracting(Column::name).containsExactly("year", "month", "day");
    assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
    assertThat(table.parameters()).isEqualTo(Map.of("classification", "parquet"));
    assertThat(table.format()).contains(StorageFormat.PARQUET);
    assertThat(table.createTime()).isNotNull().isEqualTo(table.updateTime());
  }

  @Test
  void createTable_whenDatabaseMissing_failsNamingDatabase() {
    assertThatThrownBy(() -> catalog.createTable("xyz", CatalogFixtures.unpartitionedTable("t")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Database xyz not found");
  }

  @Test
  void createTable_whenExistsWithOtherCase_failsWithAlreadyExists() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));

    assertThatThrownBy(() -> catalog.createTable("sales", CatalogFixtures.unpartitionedTable("REF")))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("Table sales.ref already exists. Use updateTable to change it, or delete it first.");
  }

  @Test
  void createTable_whenNameHasDot_failsAndCreatesNothing() {
    assertThatThrownBy(() -> catalog.createTable("sales", CatalogFixtures.unpartitionedTable("a.b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid table name 'a.b': it contains '.' at position 2.");
    assertThat(catalog.getTables("sales")).isEmpty();
  }

  @Test
  void createTable_whenPartitionKeyRepeated_fails() {
    TableInput input = TableInput.external("t", List.of(), List.of(Column.of("dt", "string"),
        Column.of("DT", "string")), "s3://b/t/", StorageFormat.JSON);

    assertThatThrownBy(() -> catalog.createTable("sales", input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Table sales.t declares partition key 'DT' more than once");
  }

  @Test
  void getTable_whenMissing_failsNamingDatabaseTableAndTheCallThatLists() {
    assertThatThrownBy(() -> catalog.getTable("sales", "nope"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessage("Table sales.nope not found: database sales has no table named nope. Create the table first"
            + " (createTable), or pick an existing one (getTables(\"sales\") lists them).");
  }

  @Test
  void getTable_whenDatabaseMissing_saysTheDatabaseIsMissing() {
    assertThatThrownBy(() -> catalog.getTable("nodb", "t"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Database nodb not found");
  }

  @Test
  void getTables_listsByName() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("b"));
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("A"));

    assertThat(catalog.getTables("Sales")).extracting(Table::name).containsExactly("a", "b");
  }

  @Test
  void updateTable_incrementsVersionEachTimeAndKeepsCreateTime() throws InterruptedException {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
    Table created = catalog.getTable("sales", "ref");
    Thread.sleep(5);

    catalog.updateTable("sales", created.toInput().withParameters(Map.of("classification", "csv", "k", "1")));
    catalog.updateTable("sales", created.toInput().withParameters(Map.of("classification", "csv", "k", "2")));

    Table updated = catalog.getTable("sales", "ref");
    assertThat(updated.versionId()).isEqualTo("2");
    assertThat(updated.parameters()).containsEntry("k", "2");
    assertThat(updated.createTime()).isEqualTo(created.createTime());
    assertThat(updated.updateTime()).isAfter(created.updateTime());
  }

  @Test
  void updateTable_whenMissing_failsWithNotFound() {
    assertThatThrownBy(() -> catalog.updateTable("sales", CatalogFixtures.unpartitionedTable("nope")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Table sales.nope not found");
  }

  @Test
  void updateTableWithVersion_whenVersionCurrent_updates() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
    Table read = catalog.getTable("sales", "ref");

    catalog.updateTable("sales", read.toInput().withParameters(Map.of("x", "1")), read.versionId());

    assertThat(catalog.getTable("sales", "ref").versionId()).isEqualTo("1");
  }

  @Test
  void updateTableWithVersion_whenAnotherWriterUpdatedFirst_failsWithConcurrentModification() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
    Table read = catalog.getTable("sales", "ref");
    catalog.updateTable("sales", read.toInput().withParameters(Map.of("by", "other")));

    assertThatThrownBy(() -> catalog.updateTable("sales", read.toInput().withParameters(Map.of("by", "me")),
        read.versionId()))
        .isInstanceOfSatisfying(ConcurrentModificationException.class,
            e -> assertThat(e.errorCode()).isEqualTo("ConcurrentModificationException"))
        .hasMessage("Table sales.ref was updated by another writer: the update expected version 0 but the catalog"
            + " has version 1. Read the table again, reapply your change and retry.");
    assertThat(catalog.getTable("sales", "ref").parameters()).containsEntry("by", "other");
  }

  @Test
  void deleteTable_removesTableAndItsPartitions() {
    catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
    catalog.createPartition("sales", "orders", CatalogFixtures.dayPartition("2024", "01", "05"));

    catalog.deleteTable("sales", "ORDERS");

    assertThatThrownBy(() -> catalog.getTable("sales", "orders")).isInstanceOf(EntityNotFoundException.class);
    catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
    assertThat(catalog.getPartitions("sales", "orders")).isEmpty();
  }

  @Test
  void deleteTable_whenMissing_failsWithNotFound() {
    assertThatThrownBy(() -> catalog.deleteTable("sales", "nope"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Table sales.nope not found");
  }

  @Test
  void createTable_whenAColumnTypeIsNotAGlueType_failsNamingTableColumnAndCharacter() {
    TableInput input = TableInput.external("orders", List.of(Column.of("id", "bigint"),
        Column.of("items", "array<struct<sku:string>")), List.of(), CatalogFixtures.LOCATION, StorageFormat.PARQUET);

    assertThatThrownBy(() -> catalog.createTable("sales", input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Column 'items' of table sales.orders has type 'array<struct<sku:string>', which is"
            + " not a valid Glue type: expected '>' but the type ends (at the end");
    assertThatThrownBy(() -> catalog.getTable("sales", "orders")).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void updateTable_whenAPartitionKeyTypeIsNotAGlueType_failsAndKeepsTheTable() {
    catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
    TableInput bad = TableInput.external("orders", List.of(Column.of("id", "bigint")),
        List.of(Column.of("day", "long")), CatalogFixtures.LOCATION, StorageFormat.PARQUET);

    assertThatThrownBy(() -> catalog.updateTable("sales", bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Partition key 'day' of table sales.orders has type 'long'")
        .hasMessageContaining("did you mean bigint?");
    assertThat(catalog.getTable("sales", "orders").versionId()).isEqualTo("0");
  }

  @Test
  void createTable_withEveryGlueType_isAccepted() {
    List<Column> columns = List.of(Column.of("a", "boolean"), Column.of("b", "tinyint"), Column.of("c", "smallint"),
        Column.of("d", "int"), Column.of("e", "bigint"), Column.of("f", "float"), Column.of("g", "double"),
        Column.of("h", "decimal(10,2)"), Column.of("i", "string"), Column.of("j", "char(3)"),
        Column.of("k", "varchar(20)"), Column.of("l", "date"), Column.of("m", "timestamp"), Column.of("n", "binary"),
        Column.of("o", "array<struct<x:int>>"), Column.of("p", "map<string,array<bigint>>"));

    catalog.createTable("sales", TableInput.external("all_types", columns, List.of(), CatalogFixtures.LOCATION,
        StorageFormat.PARQUET));

    assertThat(catalog.getTable("sales", "all_types").storageDescriptor().columns()).isEqualTo(columns);
  }

  @Test
  void getTableVersions_keepsEveryVersionOldestFirst_andTheLastIsTheCurrentTable() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
    Table created = catalog.getTable("sales", "ref");
    catalog.updateTable("sales", created.toInput().withParameters(Map.of("classification", "csv", "k", "1")));
    catalog.updateTable("sales", created.toInput().withParameters(Map.of("classification", "csv", "k", "2")));

    List<TableVersion> versions = catalog.getTableVersions("SALES", "Ref");

    assertThat(versions).extracting(TableVersion::versionId).containsExactly("0", "1", "2");
    assertThat(versions.get(0).table().parameters()).doesNotContainKey("k");
    assertThat(versions.get(1).table().parameters()).containsEntry("k", "1");
    assertThat(versions.get(2).table()).isEqualTo(catalog.getTable("sales", "ref"));
    assertThat(catalog.getTableVersion("sales", "ref", "1").table().versionId()).isEqualTo("1");
  }

  @Test
  void deleteTableVersion_forgetsAnOlderVersion_butNeverTheCurrentOne() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
    Table created = catalog.getTable("sales", "ref");
    catalog.updateTable("sales", created.toInput().withParameters(Map.of("k", "1")));

    catalog.deleteTableVersion("sales", "ref", "0");

    assertThat(catalog.getTableVersions("sales", "ref")).extracting(TableVersion::versionId).containsExactly("1");
    assertThatThrownBy(() -> catalog.getTableVersion("sales", "ref", "0"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Version 0 of table sales.ref not found");
    assertThatThrownBy(() -> catalog.deleteTableVersion("sales", "ref", "1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Version 1 is the current version of table sales.ref, so it cannot be deleted");
    assertThatThrownBy(() -> catalog.deleteTableVersion("sales", "ref", "x9"))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void deleteTable_forgetsItsVersions() {
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
    catalog.updateTable("sales", catalog.getTable("sales", "ref").toInput().withParameters(Map.of("k", "1")));

    catalog.deleteTable("sales", "ref");
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));

    assertThat(catalog.getTableVersions("sales", "ref")).extracting(TableVersion::versionId).containsExactly("0");
    assertThatThrownBy(() -> catalog.getTableVersions("sales", "nope"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Table sales.nope not found");
  }
}
