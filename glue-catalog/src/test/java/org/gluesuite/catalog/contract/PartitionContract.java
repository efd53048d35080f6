package org.gluesuite.catalog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.catalog.contract.CatalogFixtures.dayPartition;

import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.PartitionUpdate;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.junit.jupiter.api.Test;

/** The partition part of the {@link org.gluesuite.catalog.DataCatalog} contract. */
public abstract class PartitionContract extends CatalogContract {

  @Override
  protected void setUp() {
    catalog.createDatabase(DatabaseInput.named("sales"));
    catalog.createTable("sales", CatalogFixtures.ordersTablePartitionedByDay("orders"));
    catalog.createTable("sales", CatalogFixtures.unpartitionedTable("ref"));
  }

  @Test
  void createPartition_thenGetPartition_returnsItWithItsOwnLocationAndCreationTime() {
    catalog.createPartition("Sales", "Orders", dayPartition("2024", "01", "05"));

    Partition p = catalog.getPartition("sales", "orders", List.of("2024", "01", "05"));

    assertThat(p.databaseName()).isEqualTo("sales");
    assertThat(p.tableName()).isEqualTo("orders");
    assertThat(p.values()).containsExactly("2024", "01", "05");
    assertThat(p.location()).isEqualTo("s3://bucket/sales/orders/2024/01/05/");
    assertThat(p.parameters()).isEqualTo(Map.of("source", "test"));
    assertThat(p.creationTime()).isNotNull();
    assertThat(p.lastAccessTime()).isNull();
  }

  @Test
  void createPartition_whenExists_failsWithAlreadyExists() {
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "05"));

    assertThatThrownBy(() -> catalog.createPartition("sales", "orders", dayPartition("2024", "01", "05")))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage("Partition [2024, 01, 05] of table sales.orders already exists. Use updatePartition to change"
            + " it, or delete it first.");
  }

  @Test
  void createPartition_whenValueCountDiffersFromKeys_failsNamingTableKeysAndValues() {
    PartitionInput twoValues = new PartitionInput(List.of("2024", "01"), null, null);

    assertThatThrownBy(() -> catalog.createPartition("sales", "orders", twoValues))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Partition values [2024, 01] do not fit table sales.orders: it has 3 partition key(s)"
            + " [year, month, day] but 2 value(s) were given. Give exactly one value per partition key, in the"
            + " keys' order.");
  }

  @Test
  void createPartition_whenTableUnpartitioned_failsSayingSo() {
    assertThatThrownBy(() -> catalog.createPartition("sales", "ref", new PartitionInput(List.of(), null, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Table sales.ref has no partition keys, so it cannot have partitions.");
  }

  @Test
  void createPartition_whenTableMissing_failsNamingTable() {
    assertThatThrownBy(() -> catalog.createPartition("sales", "nope", dayPartition("2024", "01", "05")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Table sales.nope not found");
  }

  @Test
  void getPartitions_isOrderedByValuesFirstValueFirst() {
    catalog.createPartition("sales", "orders", dayPartition("2024", "02", "01"));
    catalog.createPartition("sales", "orders", dayPartition("2023", "12", "31"));
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "10"));
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "02"));
    // "2024a" > "2024" value-wise, although "2024\u0001..." vs "2024a" must not flip the order.
    catalog.createPartition("sales", "orders", dayPartition("2024a", "00", "00"));

    assertThat(catalog.getPartitions("sales", "orders")).extracting(Partition::values).containsExactly(
        List.of("2023", "12", "31"), List.of("2024", "01", "02"), List.of("2024", "01", "10"),
        List.of("2024", "02", "01"), List.of("2024a", "00", "00"));
  }

  @Test
  void getPartitions_whenTableMissing_failsWithNotFound() {
    assertThatThrownBy(() -> catalog.getPartitions("sales", "nope"))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Table sales.nope not found");
  }

  @Test
  void getPartition_whenMissing_failsNamingValuesAndTheCallThatLists() {
    assertThatThrownBy(() -> catalog.getPartition("sales", "orders", List.of("2024", "01", "05")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessage("Partition [2024, 01, 05] of table sales.orders not found: no partition has exactly these"
            + " values. Pass the values of an existing partition (getPartitions(\"sales\", \"orders\") lists them),"
            + " in the partition keys' order.");
  }

  @Test
  void batchCreatePartition_createsNewOnesAndReportsOneErrorPerExistingOrInvalid() {
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "01"));

    List<PartitionError> errors = catalog.batchCreatePartition("sales", "orders", List.of(
        dayPartition("2024", "01", "01"),
        dayPartition("2024", "01", "02"),
        new PartitionInput(List.of("2024"), null, null),
        dayPartition("2024", "01", "03"),
        dayPartition("2024", "01", "02")));

    assertThat(errors).extracting(PartitionError::partitionValues, PartitionError::errorCode).containsExactly(
        org.assertj.core.groups.Tuple.tuple(List.of("2024", "01", "01"), "AlreadyExistsException"),
        org.assertj.core.groups.Tuple.tuple(List.of("2024"), "InvalidInputException"),
        org.assertj.core.groups.Tuple.tuple(List.of("2024", "01", "02"), "AlreadyExistsException"));
    assertThat(errors.get(0).errorMessage()).startsWith("Partition [2024, 01, 01] of table sales.orders already");
    assertThat(errors.get(1).errorMessage()).startsWith("Partition values [2024] do not fit table sales.orders");
    assertThat(catalog.getPartitions("sales", "orders")).extracting(Partition::values).containsExactly(
        List.of("2024", "01", "01"), List.of("2024", "01", "02"), List.of("2024", "01", "03"));
  }

  @Test
  void batchCreatePartition_whenTableMissing_failsWholeCall() {
    assertThatThrownBy(() -> catalog.batchCreatePartition("sales", "nope", List.of(dayPartition("1", "2", "3"))))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void batchCreatePartition_whenAllNew_returnsNoErrors() {
    List<PartitionInput> inputs = List.of(dayPartition("2024", "03", "01"), dayPartition("2024", "03", "02"));

    assertThat(catalog.batchCreatePartition("sales", "orders", inputs)).isEmpty();
    assertThat(catalog.getPartitions("sales", "orders")).hasSize(2);
  }

  @Test
  void updatePartition_replacesDescriptorAndKeepsCreationTime() {
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "05"));
    Partition before = catalog.getPartition("sales", "orders", List.of("2024", "01", "05"));
    PartitionInput moved = new PartitionInput(before.values(),
        before.storageDescriptor().withLocation("s3://other/2024/01/05/"), Map.of("k", "v"));

    catalog.updatePartition("sales", "orders", List.of("2024", "01", "05"), moved);

    Partition after = catalog.getPartition("sales", "orders", List.of("2024", "01", "05"));
    assertThat(after.location()).isEqualTo("s3://other/2024/01/05/");
    assertThat(after.parameters()).isEqualTo(Map.of("k", "v"));
    assertThat(after.creationTime()).isEqualTo(before.creationTime());
  }

  @Test
  void updatePartition_canChangeValuesButNotOntoAnExistingPartition() {
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "05"));
    catalog.createPartition("sales", "orders", dayPartition("2024", "01", "06"));

    assertThatThrownBy(() -> catalog.updatePartition("sales", "orders", List.of("2024", "01", "05"),
        dayPartition("2024", "01", "06")))
        .isInstanceOf(AlreadyExistsException.class);

    catalog.updatePartition("sales", "orders", List.of("2024", "01", "05"), dayPartition("2024", "01", "07"));
    assertThat(catalog.getPartitions("sales", "orders")).extracting(Partition::values)
        .containsExactly(List.of("2024", "01", "06"), List.of("2024", "01", "07"));
  }

  @Test
  void updatePartition_whenMissing_failsWithNotFound() {
    assertThatThrownBy(() -> catalog.updatePartition("sales", "orders", List.of("2024", "01", "05"),
        dayPartition("2024", "01", "05")))
        .isInstanceOf(EntityNotFoundException.class)
        .hasMessageStartingWith("Partition [2024, 01, 05] of table sales.orders not found");
  }

  @Test
  void deletePartition_removesOnlyThatPartition() {
    catalog.batchCreatePartition("sales", "orders",
        List.of(dayPartition("2024", "01", "05"), dayPartition("2024", "01", "06")));

    catalog.deletePartition("sales", "orders", List.of("2024", "01", "05"));

    assertThat(catalog.getPartitions("sales", "orders")).extracting(Partition::values)
        .containsExactly(List.of("2024", "01", "06"));
    assertThatThrownBy(() -> catalog.deletePartition("sales", "orders", List.of("2024", "01", "05")))
        .isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void batchCreatePartition_whenAPartitionColumnTypeIsBad_reportsThatPartitionOnly() {
    PartitionInput good = CatalogFixtures.dayPartition("2024", "01", "05");
    PartitionInput bad = new PartitionInput(List.of("2024", "01", "06"), StorageDescriptor.of(
        List.of(Column.of("id", "bigint"), Column.of("amount", "dobule")), CatalogFixtures.LOCATION + "2024/01/06/",
        StorageFormat.PARQUET), Map.of());

    List<PartitionError> errors = catalog.batchCreatePartition("sales", "orders", List.of(good, bad));

    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.partitionValues()).containsExactly("2024", "01", "06");
      assertThat(e.errorCode()).isEqualTo("InvalidInputException");
      assertThat(e.errorMessage()).startsWith("Column 'amount' of partition [2024, 01, 06] of table sales.orders has"
          + " type 'dobule', which is not a valid Glue type: unknown type name 'dobule' (at character 1)");
    });
    assertThat(catalog.getPartitions("sales", "orders")).hasSize(1);
  }

  @Test
  void getPartitionsWithExpression_returnsTheMatchingOnesInValueOrder() {
    catalog.batchCreatePartition("sales", "orders", List.of(dayPartition("2023", "12", "31"),
        dayPartition("2024", "01", "01"), dayPartition("2024", "01", "02"), dayPartition("2024", "02", "01")));

    assertThat(catalog.getPartitions("sales", "orders", "year = '2024' AND month IN ('01', '03')"))
        .extracting(Partition::values)
        .containsExactly(List.of("2024", "01", "01"), List.of("2024", "01", "02"));
    assertThat(catalog.getPartitions("sales", "orders", "NOT (year = '2024') OR day BETWEEN '02' AND '09'"))
        .extracting(Partition::values)
        .containsExactly(List.of("2023", "12", "31"), List.of("2024", "01", "02"));
    assertThat(catalog.getPartitions("sales", "orders", "month LIKE '0_' AND day <> '01'")).hasSize(1);
    assertThat(catalog.getPartitions("sales", "orders", " ")).hasSize(4);
  }

  @Test
  void getPartitionsWithExpression_whenItNamesNoPartitionKey_failsNamingTheKeysAndTheCharacter() {
    assertThatThrownBy(() -> catalog.getPartitions("sales", "orders", "year = '2024' AND region = 'eu'"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Partition expression \"year = '2024' AND region = 'eu'\" for table sales.orders is"
            + " not valid: 'region' is not a partition key of the table; its partition keys are [year, month, day]"
            + " (at character 19).");
  }

  @Test
  void batchGetPartition_returnsTheExistingOnesInTheOrderAsked() {
    catalog.batchCreatePartition("sales", "orders", List.of(dayPartition("2024", "01", "01"),
        dayPartition("2024", "01", "02")));

    List<Partition> found = catalog.batchGetPartition("sales", "orders", List.of(List.of("2024", "01", "02"),
        List.of("2030", "01", "01"), List.of("2024", "01", "01")));

    assertThat(found).extracting(Partition::values)
        .containsExactly(List.of("2024", "01", "02"), List.of("2024", "01", "01"));
  }

  @Test
  void batchUpdatePartition_appliesTheValidEntries_andReportsTheOthers() {
    catalog.batchCreatePartition("sales", "orders", List.of(dayPartition("2024", "01", "01"),
        dayPartition("2024", "01", "02")));
    PartitionInput moved = new PartitionInput(List.of("2024", "01", "01"), dayPartition("2024", "01", "01")
        .storageDescriptor().withLocation("s3://elsewhere/2024/01/01/"), Map.of("moved", "yes"));

    List<PartitionError> errors = catalog.batchUpdatePartition("sales", "orders", List.of(
        new PartitionUpdate(List.of("2024", "01", "01"), moved),
        new PartitionUpdate(List.of("2024", "09", "09"), dayPartition("2024", "09", "09")),
        new PartitionUpdate(List.of("2024", "01", "02"), new PartitionInput(List.of("2024"), null, null))));

    assertThat(errors).extracting(PartitionError::partitionValues, PartitionError::errorCode).containsExactly(
        org.assertj.core.groups.Tuple.tuple(List.of("2024", "09", "09"), "EntityNotFoundException"),
        org.assertj.core.groups.Tuple.tuple(List.of("2024", "01", "02"), "InvalidInputException"));
    assertThat(errors.get(0).errorMessage()).startsWith("Partition [2024, 09, 09] of table sales.orders not found");
    Partition updated = catalog.getPartition("sales", "orders", List.of("2024", "01", "01"));
    assertThat(updated.location()).isEqualTo("s3://elsewhere/2024/01/01/");
    assertThat(updated.parameters()).isEqualTo(Map.of("moved", "yes"));
  }

  @Test
  void batchDeletePartition_deletesTheExistingOnes_andReportsEachMissingOne() {
    catalog.batchCreatePartition("sales", "orders", List.of(dayPartition("2024", "01", "01"),
        dayPartition("2024", "01", "02"), dayPartition("2024", "01", "03")));

    List<PartitionError> errors = catalog.batchDeletePartition("sales", "orders", List.of(
        List.of("2024", "01", "01"), List.of("1999", "01", "01"), List.of("2024", "01", "03")));

    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.partitionValues()).containsExactly("1999", "01", "01");
      assertThat(e.errorCode()).isEqualTo("EntityNotFoundException");
    });
    assertThat(catalog.getPartitions("sales", "orders")).extracting(Partition::values)
        .containsExactly(List.of("2024", "01", "02"));
    assertThatThrownBy(() -> catalog.batchDeletePartition("sales", "nope", List.of(List.of("1", "2", "3"))))
        .isInstanceOf(EntityNotFoundException.class);
  }
}
