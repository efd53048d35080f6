package org.gluesuite.catalog.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gluesuite.catalog.Column;
import org.junit.jupiter.api.Test;

class ColumnDiffTest {

  @Test
  void between_findsAddedRemovedAndRetypedColumnsByName() {
    ColumnDiff diff = ColumnDiff.between(
        List.of(Column.of("id", "int"), Column.of("gone", "string"), Column.of("v", "double")),
        List.of(Column.of("v", "double"), Column.of("id", "bigint"), Column.of("new", "date")));

    assertThat(diff.added()).containsExactly(Column.of("new", "date"));
    assertThat(diff.removed()).containsExactly(Column.of("gone", "string"));
    assertThat(diff.retyped()).containsExactly(new ColumnDiff.Retyped("id", "int", "bigint"));
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void between_comparesTypesAsTypesNotText() {
    ColumnDiff diff = ColumnDiff.between(List.of(Column.of("a", "BIGINT"), Column.of("b", "array< int >")),
        List.of(Column.of("b", "array<int>"), Column.of("a", "bigint")));

    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void sameType_whenATypeDoesNotParse_comparesTheTextIgnoringCase() {
    assertThat(ColumnDiff.sameType("Vector", "vector")).isTrue();
    assertThat(ColumnDiff.sameType("vector", "bigint")).isFalse();
  }
}
