package org.gluesuite.catalog.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.types.GlueType.Field;
import org.junit.jupiter.api.Test;

class TableSchemaTest {

  @Test
  void of_parsesColumnsThenPartitionKeys() {
    Table table = table(List.of(Column.of("id", "bigint"), Column.of("tags", "array<string>")),
        List.of(Column.of("year", "string")));

    TableSchema schema = TableSchema.of(table);

    assertThat(schema.columns()).containsExactly(new Field("id", PrimitiveType.BIGINT),
        new Field("tags", new GlueType.ArrayType(PrimitiveType.STRING)));
    assertThat(schema.rowType().fieldNames()).containsExactly("id", "tags", "year");
    assertThat(schema.columnsType().fieldNames()).containsExactly("id", "tags");
  }

  @Test
  void of_whenAColumnTypeIsBad_namesTableAndColumn() {
    Table table = table(List.of(Column.of("price", "decimal(10,2")), List.of());

    assertThatThrownBy(() -> TableSchema.of(table))
        .isInstanceOf(InvalidTypeException.class)
        .hasMessageStartingWith("Column 'price' of table sales.orders has type 'decimal(10,2', which is not a valid"
            + " Glue type: expected ')' but the type ends");
  }

  @Test
  void of_whenAPartitionKeyTypeIsBad_namesThePartitionKey() {
    Table table = table(List.of(Column.of("id", "bigint")), List.of(Column.of("day", "dat")));

    assertThatThrownBy(() -> TableSchema.of(table))
        .hasMessageStartingWith("Partition key 'day' of table sales.orders has type 'dat'");
  }

  @Test
  void catalogColumns_printsCanonicalTypesWithNullsAsString() {
    List<Column> columns = TableSchema.catalogColumns(List.of(new Field("a", PrimitiveType.NULL),
        new Field("b", TypeParser.catalogType("ARRAY< INT >"))));

    assertThat(columns).containsExactly(Column.of("a", "string"), Column.of("b", "array<int>"));
  }

  private static Table table(List<Column> columns, List<Column> keys) {
    TableInput input = TableInput.external("orders", columns, keys, "/lake/orders", StorageFormat.PARQUET);
    return new Table("sales", "orders", null, null, input.storageDescriptor(), keys, input.tableType(),
        input.parameters(), null, null, "0");
  }
}
