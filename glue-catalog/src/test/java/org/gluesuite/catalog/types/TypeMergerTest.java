package org.gluesuite.catalog.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.GlueType.VarcharType;
import org.junit.jupiter.api.Test;

class TypeMergerTest {
  private static final TypeMerger CATALOG = TypeMerger.CATALOG;
  private static final TypeMerger FRAME = TypeMerger.FRAME;

  private static GlueType t(String text) {
    return TypeParser.catalogType(text);
  }

  @Test
  void catalog_widensIntegersToTheWiderOne() {
    assertThat(CATALOG.merge(PrimitiveType.INT, PrimitiveType.BIGINT)).isEqualTo(PrimitiveType.BIGINT);
    assertThat(CATALOG.merge(PrimitiveType.BIGINT, PrimitiveType.INT)).isEqualTo(PrimitiveType.BIGINT);
    assertThat(CATALOG.merge(PrimitiveType.TINYINT, PrimitiveType.SMALLINT)).isEqualTo(PrimitiveType.SMALLINT);
    assertThat(CATALOG.merge(PrimitiveType.SMALLINT, PrimitiveType.INT)).isEqualTo(PrimitiveType.INT);
  }

  @Test
  void catalog_widensIntegersAndFloatingPointToDouble() {
    assertThat(CATALOG.merge(PrimitiveType.INT, PrimitiveType.DOUBLE)).isEqualTo(PrimitiveType.DOUBLE);
    assertThat(CATALOG.merge(PrimitiveType.BIGINT, PrimitiveType.FLOAT)).isEqualTo(PrimitiveType.DOUBLE);
    assertThat(CATALOG.merge(PrimitiveType.FLOAT, PrimitiveType.DOUBLE)).isEqualTo(PrimitiveType.DOUBLE);
  }

  @Test
  void catalog_widensDecimalsToHoldBoth() {
    assertThat(CATALOG.merge(t("decimal(10,2)"), t("decimal(5,4)"))).isEqualTo(new DecimalType(12, 4));
    assertThat(CATALOG.merge(t("decimal(10,2)"), PrimitiveType.INT)).isEqualTo(new DecimalType(12, 2));
    assertThat(CATALOG.merge(PrimitiveType.BIGINT, t("decimal(38,10)"))).isEqualTo(new DecimalType(38, 10));
    assertThat(CATALOG.merge(t("decimal(10,2)"), PrimitiveType.DOUBLE)).isEqualTo(PrimitiveType.DOUBLE);
  }

  @Test
  void catalog_widensDatesToTimestampsAndVarcharsToTheLonger() {
    assertThat(CATALOG.merge(PrimitiveType.DATE, PrimitiveType.TIMESTAMP)).isEqualTo(PrimitiveType.TIMESTAMP);
    assertThat(CATALOG.merge(new VarcharType(5), new VarcharType(9))).isEqualTo(new VarcharType(9));
  }

  @Test
  void catalog_settlesAnyOtherConflictAsString() {
    assertThat(CATALOG.merge(PrimitiveType.BIGINT, PrimitiveType.STRING)).isEqualTo(PrimitiveType.STRING);
    assertThat(CATALOG.merge(PrimitiveType.BOOLEAN, PrimitiveType.INT)).isEqualTo(PrimitiveType.STRING);
    assertThat(CATALOG.merge(t("array<int>"), t("struct<a:int>"))).isEqualTo(PrimitiveType.STRING);
    assertThat(CATALOG.merge(PrimitiveType.BINARY, PrimitiveType.DATE)).isEqualTo(PrimitiveType.STRING);
  }

  @Test
  void bothRules_letNullGiveWayAndKeepEqualTypes() {
    for (TypeMerger rule : List.of(CATALOG, FRAME)) {
      assertThat(rule.merge(PrimitiveType.NULL, PrimitiveType.INT)).isEqualTo(PrimitiveType.INT);
      assertThat(rule.merge(PrimitiveType.DOUBLE, PrimitiveType.NULL)).isEqualTo(PrimitiveType.DOUBLE);
      assertThat(rule.merge(PrimitiveType.NULL, PrimitiveType.NULL)).isEqualTo(PrimitiveType.NULL);
      assertThat(rule.merge(t("array<string>"), t("array<string>"))).isEqualTo(t("array<string>"));
    }
  }

  @Test
  void catalog_mergesStructFieldsIgnoringCaseInFirstSeenOrder() {
    GlueType merged = CATALOG.merge(t("struct<id:int,Name:string>"), t("struct<name:string,id:bigint,x:double>"));

    assertThat(merged).isEqualTo(t("struct<id:bigint,Name:string,x:double>"));
  }

  @Test
  void catalog_mergesArrayElementsAndMapValues() {
    assertThat(CATALOG.merge(t("array<struct<a:int>>"), t("array<struct<b:string>>")))
        .isEqualTo(t("array<struct<a:int,b:string>>"));
    assertThat(CATALOG.merge(t("map<string,int>"), t("map<string,double>"))).isEqualTo(t("map<string,double>"));
    assertThat(CATALOG.merge(new ArrayType(PrimitiveType.NULL), t("array<int>"))).isEqualTo(t("array<int>"));
  }

  @Test
  void frame_keepsIntAndLongAsAChoice() {
    GlueType merged = FRAME.merge(PrimitiveType.INT, PrimitiveType.BIGINT);

    assertThat(merged).isEqualTo(new ChoiceType(List.of(PrimitiveType.INT, PrimitiveType.BIGINT)));
    assertThat(merged.simpleString()).isEqualTo("choice{int,long}");
  }

  @Test
  void frame_makesChoicesOfDifferentKindsAndGrowsThem() {
    GlueType choice = FRAME.merge(PrimitiveType.BIGINT, PrimitiveType.STRING);
    GlueType grown = FRAME.merge(choice, PrimitiveType.DOUBLE);

    assertThat(choice.simpleString()).isEqualTo("choice{long,string}");
    assertThat(grown.simpleString()).isEqualTo("choice{double,long,string}");
    assertThat(FRAME.merge(grown, PrimitiveType.BIGINT)).isEqualTo(grown);
    assertThat(FRAME.merge(PrimitiveType.STRING, PrimitiveType.BIGINT)).isEqualTo(choice);
  }

  @Test
  void frame_mergesSameKindsInside() {
    assertThat(FRAME.merge(t("struct<a:int>"), t("struct<b:string,a:int>"))).isEqualTo(t("struct<a:int,b:string>"));
    assertThat(FRAME.merge(t("array<int>"), t("array<string>")).simpleString())
        .isEqualTo("array<choice{int,string}>");
    assertThat(FRAME.merge(t("decimal(10,2)"), t("decimal(12,0)"))).isEqualTo(new DecimalType(14, 2));
    assertThat(FRAME.merge(t("struct<a:int>"), t("struct<A:int>")).simpleString()).isEqualTo("struct{a:int,A:int}");
  }

  @Test
  void frame_mergesStructAlternativesInsideAChoice() {
    GlueType choice = FRAME.merge(t("struct<a:int>"), PrimitiveType.STRING);

    assertThat(FRAME.merge(choice, t("struct<b:bigint>")).simpleString())
        .isEqualTo("choice{string,struct{a:int,b:long}}");
  }

  @Test
  void nullsAsString_replacesNullsAtEveryDepth() {
    GlueType inferred = StructType.of(new Field("a", PrimitiveType.NULL), new Field("b", new ArrayType(PrimitiveType.NULL)),
        new Field("c", new MapType(PrimitiveType.STRING, PrimitiveType.NULL)), new Field("d", PrimitiveType.INT));

    assertThat(TypeMerger.nullsAsString(inferred).catalogString())
        .isEqualTo("struct<a:string,b:array<string>,c:map<string,string>,d:int>");
  }
}
