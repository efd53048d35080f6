package org.gluesuite.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogNamesTest {

  @Test
  void database_whenMixedCase_isFoldedToLowerCase() {
    assertThat(CatalogNames.database("Sales_2024-EU")).isEqualTo("sales_2024-eu");
  }

  @Test
  void table_whenExactly255Characters_isAccepted() {
    String name = "t".repeat(255);
    assertThat(CatalogNames.table(name)).isEqualTo(name);
  }

  @Test
  void table_when256Characters_isRejectedNamingTheLimit() {
    assertThatThrownBy(() -> CatalogNames.table("t".repeat(256)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Invalid table name 'tttt")
        .hasMessageContaining("it is 256 characters long, over the limit of 255");
  }

  @Test
  void database_whenEmptyOrNull_isRejected() {
    assertThatThrownBy(() -> CatalogNames.database(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid database name '': it is empty.");
    assertThatThrownBy(() -> CatalogNames.database(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid database name (null): it is empty.");
  }

  @Test
  void table_whenContainingSlashDotOrSpace_isRejectedNamingCharacterAndPosition() {
    assertThatThrownBy(() -> CatalogNames.table("a/b"))
        .hasMessageStartingWith("Invalid table name 'a/b': it contains '/' at position 2.")
        .hasMessageContaining("use for example 'a_b'");
    assertThatThrownBy(() -> CatalogNames.table("sales.orders"))
        .hasMessageStartingWith("Invalid table name 'sales.orders': it contains '.' at position 6.");
    assertThatThrownBy(() -> CatalogNames.table("my table"))
        .hasMessageStartingWith("Invalid table name 'my table': it contains a space at position 3.");
    assertThatThrownBy(() -> CatalogNames.table("tab\there"))
        .hasMessageContaining("it contains the control or whitespace character U+0009 at position 4");
  }

  @Test
  void invalidName_errorCode_isGluesInvalidInputException() {
    assertThatThrownBy(() -> CatalogNames.database("x.y"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo("InvalidInputException"));
  }

  @Test
  void checkPartitionValues_whenControlCharacterOrEmpty_isRejected() {
    assertThatThrownBy(() -> CatalogNames.checkPartitionValues("db", "t", List.of("a\u0001b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("for table db.t")
        .hasMessageContaining("U+0001");
    assertThatThrownBy(() -> CatalogNames.checkPartitionValues("db", "t", List.of("")))
        .hasMessageContaining("a value is 0 characters long");
  }

  @Test
  void checkPartitionValues_whenTabSlashAndUnicode_isAccepted() {
    CatalogNames.checkPartitionValues("db", "t", List.of("a\tb", "2024/01/05", "zürich"));
  }
}
