package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.TypeInference;
import org.junit.jupiter.api.Test;

/** Spark-free unit tests of records, paths and type merging. */
class GlueRecordTest {
  @Test
  void record_setCreatesNestedRecordsAndGetReadsThem() {
    GlueRecord r = GlueRecord.create().set("a.b", 1L).set("`x.y`", "dotted");

    assertThat(r.get("a.b")).isEqualTo(1L);
    assertThat(r.get("`x.y`")).isEqualTo("dotted");
    assertThat(r.contains("a.c")).isFalse();
    assertThat(r.toJson()).isEqualTo("{\"a\":{\"b\":1},\"x.y\":\"dotted\"}");
    assertThat(r.remove("a.b").toJson()).isEqualTo("{\"a\":{},\"x.y\":\"dotted\"}");
  }

  @Test
  void fieldPath_parsesBackQuotesAndElements() {
    FieldPath p = FieldPath.parse("`a.b`.items[].price");

    assertThat(p.segments()).containsExactly(new FieldPath.Name("a.b"), new FieldPath.Name("items"),
        new FieldPath.Elements(), new FieldPath.Name("price"));
    assertThat(FieldPath.render(p.segments())).isEqualTo("`a.b`.items[].price");
    assertThatThrownBy(() -> FieldPath.parse("items[0]"))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("Path 'items[0]' is malformed: write array elements as [] (no index) at position 5.");
  }

  @Test
  void typeMerger_nullAddsNothingAndDifferentKindsMakeChoices() {
    GlueType longs = TypeInference.typeOf(List.of(1L, 2L));
    GlueType mixed = TypeMerger.FRAME.merge(TypeMerger.FRAME.merge(PrimitiveType.BIGINT, PrimitiveType.NULL),
        TypeMerger.FRAME.merge(PrimitiveType.STRING, PrimitiveType.DOUBLE));

    assertThat(longs.simpleString()).isEqualTo("array<long>");
    assertThat(mixed.simpleString()).isEqualTo("choice{double,long,string}");
    assertThat(TypeMerger.FRAME.merge(mixed, PrimitiveType.BIGINT)).isEqualTo(mixed);
  }
}
