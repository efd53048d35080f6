package org.gluesuite.catalog.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.CharType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.GlueType.VarcharType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeParserTest {

  @ParameterizedTest
  @ValueSource(strings = {"boolean", "tinyint", "smallint", "int", "bigint", "float", "double", "decimal(10,2)",
      "decimal(38,38)", "decimal(1,0)", "string", "char(1)", "char(255)", "varchar(65535)", "date", "timestamp",
      "binary", "array<int>", "map<string,bigint>", "map<decimal(5,1),array<string>>", "struct<a:int>",
      "struct<a:int,b:array<struct<c:string,d:map<int,double>>>>",
      "array<struct<sku:string,price:decimal(10,2),tags:array<string>>>"})
  void catalogType_ofCanonicalText_printsBackTheSameText(String text) {
    GlueType type = TypeParser.catalogType(text);

    assertThat(type.catalogString()).isEqualTo(text);
    assertThat(TypeParser.catalogType(type.catalogString())).isEqualTo(type);
  }

  @Test
  void catalogType_ofEveryKind_buildsTheModel() {
    assertThat(TypeParser.catalogType("bigint")).isSameAs(PrimitiveType.BIGINT);
    assertThat(TypeParser.catalogType("decimal(10,2)")).isEqualTo(new DecimalType(10, 2));
    assertThat(TypeParser.catalogType("char(3)")).isEqualTo(new CharType(3));
    assertThat(TypeParser.catalogType("varchar(20)")).isEqualTo(new VarcharType(20));
    assertThat(TypeParser.catalogType("map<string,int>")).isEqualTo(new MapType(PrimitiveType.STRING, PrimitiveType.INT));
    assertThat(TypeParser.catalogType("array<struct<sku:string,qty:int>>")).isEqualTo(new ArrayType(
        StructType.of(new Field("sku", PrimitiveType.STRING), new Field("qty", PrimitiveType.INT))));
  }

  @Test
  void catalogType_withSpacesAndUpperCase_readsTheSameTypeAndPrintsItCanonically() {
    GlueType type = TypeParser.catalogType("  ARRAY < STRUCT< Sku : String , Price:DECIMAL( 10 , 2 ) > >  ");

    assertThat(type.catalogString()).isEqualTo("array<struct<Sku:string,Price:decimal(10,2)>>");
    assertThat(TypeParser.catalogType("Map<STRING,Int>")).isEqualTo(TypeParser.catalogType("map<string,int>"));
  }

  @Test
  void catalogType_ofShortDecimalAndIntegerForms_readsHiveDefaults() {
    assertThat(TypeParser.catalogType("decimal")).isEqualTo(new DecimalType(10, 0));
    assertThat(TypeParser.catalogType("decimal(15)")).isEqualTo(new DecimalType(15, 0));
    assertThat(TypeParser.catalogType("integer")).isSameAs(PrimitiveType.INT);
    assertThat(TypeParser.catalogType("integer").catalogString()).isEqualTo("int");
  }

  @Test
  void catalogType_ofFieldNameWithSeparators_isBackQuotedInPrintAndReadsBack() {
    StructType type = StructType.of(new Field("a:b", PrimitiveType.INT), new Field("drg definition", PrimitiveType.STRING),
        new Field("x`y", PrimitiveType.BIGINT));

    String printed = type.catalogString();

    assertThat(printed).isEqualTo("struct<`a:b`:int,drg definition:string,`x``y`:bigint>");
    assertThat(TypeParser.catalogType(printed)).isEqualTo(type);
  }

  @Test
  void catalogType_whenFrameNamesAreUsed_rejectsThemWithTheCatalogName() {
    assertThatThrownBy(() -> TypeParser.catalogType("long", "column 'id' of table sales.orders"))
        .isInstanceOf(InvalidTypeException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Column 'id' of table sales.orders has type 'long', which is not a valid Glue type:"
            + " unknown type name 'long' (did you mean bigint?) (at character 1)")
        .hasMessageContaining("Write a Hive type as the Data Catalog stores it");
  }

  @Test
  void frameType_acceptsTheDynamicFrameNames() {
    assertThat(TypeParser.frameType("long", null)).isSameAs(PrimitiveType.BIGINT);
    assertThat(TypeParser.frameType("short", null)).isSameAs(PrimitiveType.SMALLINT);
    assertThat(TypeParser.frameType("byte", null)).isSameAs(PrimitiveType.TINYINT);
    assertThat(TypeParser.frameType("array<long>", null)).isEqualTo(new ArrayType(PrimitiveType.BIGINT));
    assertThat(TypeParser.frameType("null", null)).isSameAs(PrimitiveType.NULL);
  }

  @Test
  void catalogType_whenABracketIsMissing_namesThePositionAndWhatWasExpected() {
    InvalidTypeException e = catchInvalid("array<struct<a:int>");

    assertThat(e.position()).isEqualTo(20);
    assertThat(e.reason()).isEqualTo("expected '>' but the type ends");
    assertThat(e.getMessage()).startsWith("Type 'array<struct<a:int>' is not a valid Glue type: expected '>' but"
        + " the type ends (at the end, after 'array<struct<a:int>').");
  }

  @Test
  void catalogType_ofBadInputs_failsAtTheRightCharacter() {
    assertThat(catchInvalid("strin").position()).isEqualTo(1);
    assertThat(catchInvalid("array<int,string>").reason()).isEqualTo("expected '>', found ','");
    assertThat(catchInvalid("array<int,string>").position()).isEqualTo(10);
    assertThat(catchInvalid("map<array<int>,string>").reason())
        .isEqualTo("a map key must be a primitive type, not array<int>");
    assertThat(catchInvalid("map<array<int>,string>").position()).isEqualTo(5);
    assertThat(catchInvalid("struct<a:int,A:string>").reason())
        .isEqualTo("field 'A' appears twice (names are compared ignoring case)");
    assertThat(catchInvalid("struct<:int>").reason()).startsWith("expected a field name");
    assertThat(catchInvalid("struct<>").reason()).startsWith("expected a field name");
    assertThat(catchInvalid("decimal(39,2)").reason()).contains("decimal(39,2) is out of range");
    assertThat(catchInvalid("decimal(5,6)").reason()).contains("decimal(5,6) is out of range");
    assertThat(catchInvalid("decimal(10,)").reason()).isEqualTo("expected a number");
    assertThat(catchInvalid("char").reason()).isEqualTo("char needs a length, e.g. char(10)");
    assertThat(catchInvalid("char(256)").reason()).contains("the length is 1 to 255");
    assertThat(catchInvalid("varchar(0)").reason()).contains("the length is 1 to 65535");
    assertThat(catchInvalid("int int").reason()).isEqualTo("unexpected 'int' after the type");
    assertThat(catchInvalid("int int").position()).isEqualTo(5);
    assertThat(catchInvalid("").reason()).isEqualTo("expected a type name");
    assertThat(catchInvalid("struct<`a:int>").reason()).isEqualTo("the back-quoted field name is not closed");
    assertThat(catchInvalid("null").reason()).isEqualTo("unknown type name 'null'");
  }

  @Test
  void catalogType_whenMissing_saysSo() {
    assertThatThrownBy(() -> TypeParser.catalogType(null, "column 'x'"))
        .isInstanceOf(InvalidTypeException.class)
        .hasMessageStartingWith("Column 'x' has type '', which is not a valid Glue type: the type is missing");
  }

  @Test
  void simpleString_usesTheDynamicFrameNames() {
    GlueType type = TypeParser.catalogType("struct<id:bigint,n:smallint,b:tinyint,tags:array<string>,"
        + "m:map<string,double>,p:decimal(10,2)>");

    assertThat(type.simpleString())
        .isEqualTo("struct{id:long,n:short,b:byte,tags:array<string>,m:map<string,double>,p:decimal(10,2)}");
    assertThat(new GlueType.ChoiceType(List.of(PrimitiveType.STRING, PrimitiveType.BIGINT)).simpleString())
        .isEqualTo("choice{long,string}");
  }

  @Test
  void catalogString_ofNullOrChoice_isRefusedWithTheWayOut() {
    assertThatThrownBy(() -> PrimitiveType.NULL.catalogString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nullsAsString");
    assertThatThrownBy(() -> new GlueType.ChoiceType(List.of(PrimitiveType.INT, PrimitiveType.BIGINT)).catalogString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choice{int,long}")
        .hasMessageContaining("resolveChoice");
  }

  @Test
  void treeString_printsChoicesAsGlueDoes() {
    StructType schema = StructType.of(new Field("provider id", new GlueType.ChoiceType(List.of(PrimitiveType.STRING,
        PrimitiveType.BIGINT))), new Field("links", new ArrayType(StructType.of(new Field("url", PrimitiveType.STRING)))),
        new Field("seats", PrimitiveType.INT));

    assertThat(TypePrinter.treeString(schema)).isEqualTo("root\n"
        + "|-- provider id: choice\n"
        + "|    |-- long\n"
        + "|    |-- string\n"
        + "|-- links: array\n"
        + "|    |-- element: struct\n"
        + "|    |    |-- url: string\n"
        + "|-- seats: int\n");
  }

  private static InvalidTypeException catchInvalid(String text) {
    try {
      TypeParser.catalogType(text);
    } catch (InvalidTypeException e) {
      return e;
    }
    throw new AssertionError("'" + text + "' parsed");
  }
}
