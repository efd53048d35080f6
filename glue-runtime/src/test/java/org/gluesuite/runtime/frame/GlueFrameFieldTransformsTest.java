package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.runtime.frame.FrameFixtures.jsonFrame;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.testing.DataFrameAssertions.assertRows;
import static org.gluesuite.runtime.testing.DataFrameAssertions.row;
import static org.gluesuite.runtime.testing.DataFrameAssertions.seq;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.types.TableSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GlueFrameFieldTransformsTest {
  private static final StructType INT_OR_STRING = new StructType()
      .add("int", DataTypes.IntegerType).add("string", DataTypes.StringType);
  private static GlueFrame orders;

  @BeforeAll
  static void readOrders() {
    orders = jsonFrame(
        "{\"id\": 1, \"price\": 10, \"name\": {\"first\": \"Ann\", \"last\": \"Lee\"}, "
            + "\"items\": [{\"sku\": \"a\", \"price\": 1}, {\"sku\": \"b\", \"price\": \"2\"}], \"tags\": [\"x\"]}",
        "{\"id\": 2, \"price\": \"12\", \"name\": {\"first\": \"Bob\"}, \"items\": [], \"gone\": null}");
  }

  @Test
  void fixture_hasChoicesAtTopLevelAndUnderArray() {
    assertThat(orders.schema().simpleString()).isEqualTo("struct{id:int,price:choice{int,string},"
        + "name:struct{first:string,last:string},items:array<struct{sku:string,price:choice{int,string}}>,"
        + "tags:array<string>,gone:null}");
  }

  // ---- applyMapping --------------------------------------------------------------------------------------------

  @Test
  void applyMapping_keepsOnlyMappedFieldsNestingAndCasting() {
    GlueFrame mapped = orders.applyMapping(List.of(
        Mapping.of("id", "long", "key", "string"),
        Mapping.of("name.first", "string", "first", "string"),
        Mapping.of("name.last", "string", "person.`last.name`", "string"),
        Mapping.of("price", "choice", "amount", "double"),
        Mapping.of("missing", "string", "missing", "int")));

    assertThat(mapped.schema().simpleString()).isEqualTo(
        "struct{key:string,first:string,person:struct{last.name:string},amount:double,missing:int}");
    assertRows(mapped.toDF(), new StructType().add("key", DataTypes.StringType)
            .add("first", DataTypes.StringType)
            .add("person", new StructType().add("last.name", DataTypes.StringType))
            .add("amount", DataTypes.DoubleType).add("missing", DataTypes.IntegerType),
        row("1", "Ann", row("Lee"), 10.0, null),
        row("2", "Bob", row((Object) null), 12.0, null));
  }

  @Test
  void applyMapping_unnestsBackQuotedDottedNames() {
    GlueFrame flat = orders.unnest();
    GlueFrame mapped = flat.applyMapping(List.of(Mapping.of("`name.first`", "string", "name.given", "string")));

    assertRows(mapped.toDF(), new StructType().add("name", new StructType().add("given", DataTypes.StringType)),
        row(row("Ann")), row(row("Bob")));
  }

  @Test
  void applyMapping_caseInsensitiveOnlyWhenAsked() {
    List<Mapping> upper = List.of(Mapping.of("ID", "long", "id", "long"));

    assertRows(orders.applyMapping(upper, false, TransformOptions.DEFAULT).toDF(),
        new StructType().add("id", DataTypes.LongType), row(1L), row(2L));
    assertRows(orders.applyMapping(upper).toDF(),
        new StructType().add("id", DataTypes.LongType), row((Object) null), row((Object) null));
  }

  @Test
  void applyMapping_whenSourceIsUnderArray_failsClearly() {
    assertThatThrownBy(() -> orders.applyMapping(List.of(Mapping.of("items.sku", "string", "sku", "string"))))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("applyMapping cannot address 'items.sku' because it is nested under an array.");
  }

  @Test
  void applyMapping_whenTargetTypeUnknown_namesIt() {
    assertThatThrownBy(() -> orders.applyMapping(List.of(Mapping.of("id", "long", "id", "lnog"))))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("'lnog' in the mapping of 'id' is not a type: unknown type name 'lnog' (at character"
            + " 1).");
  }

  // ---- resolveChoice -------------------------------------------------------------------------------------------

  @Test
  void resolveChoice_castConvertsEveryAlternative() {
    GlueFrame resolved = orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "cast:long")))
        .selectFields(List.of("id", "price"));

    assertRows(resolved.toDF(), new StructType().add("id", DataTypes.IntegerType).add("price", DataTypes.LongType),
        row(1, 10L), row(2, 12L));
  }

  @Test
  void resolveChoice_projectKeepsOneType() {
    GlueFrame resolved = orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "project:string")))
        .selectFields(List.of("id", "price"));

    assertRows(resolved.toDF(), new StructType().add("id", DataTypes.IntegerType).add("price", DataTypes.StringType),
        row(1, null), row(2, "12"));
  }

  @Test
  void resolveChoice_makeColsSplitsIntoTypedColumnsInPlace() {
    GlueFrame resolved = orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "make_cols")))
        .selectFields(List.of("id", "price_int", "price_string"));

    assertThat(orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "make_cols"))).schema().fieldNames())
        .containsExactly("id", "price_int", "price_string", "name", "items", "tags", "gone");
    assertRows(resolved.toDF(), new StructType().add("id", DataTypes.IntegerType)
            .add("price_int", DataTypes.IntegerType).add("price_string", DataTypes.StringType),
        row(1, 10, null), row(2, null, "12"));
  }

  @Test
  void resolveChoice_makeStructTurnsChoiceIntoRealStruct() {
    GlueFrame resolved = orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "make_struct")));

    assertThat(resolved.schema().field("price").orElseThrow().type().simpleString())
        .isEqualTo("struct{int:int,string:string}");
    assertRows(resolved.selectFields(List.of("price")).toDF(), new StructType().add("price", INT_OR_STRING),
        row(row(10, null)), row(row(null, "12")));
  }

  @Test
  void resolveChoice_castUnderArrayElements() {
    GlueFrame resolved = orders.resolveChoice(List.of(ResolveChoiceSpec.of("items[].price", "cast:string")))
        .selectFields(List.of("items"));

    assertThat(resolved.schema().simpleString()).isEqualTo("struct{items:array<struct{sku:string,price:string}>}");
    StructType item = new StructType().add("sku", DataTypes.StringType).add("price", DataTypes.StringType);
    assertRows(resolved.toDF(), new StructType().add("items", DataTypes.createArrayType(item)),
        row(seq(row("a", "1"), row("b", "2"))), row(seq()));
  }

  @Test
  void resolveChoice_matchCatalogTakesTheTableTypes() {
    TableSchema table = TableSchema.of("table sales.orders", List.of(Column.of("price", "int"),
        Column.of("items", "array<struct<sku:string,price:bigint>>")), List.of());

    GlueFrame resolved = orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "match_catalog"),
        ResolveChoiceSpec.of("items[].price", "match_catalog")), table, TransformOptions.DEFAULT);

    assertThat(resolved.schema().simpleString()).isEqualTo("struct{id:int,price:int,"
        + "name:struct{first:string,last:string},items:array<struct{sku:string,price:long}>,"
        + "tags:array<string>,gone:null}");
    assertRows(resolved.selectFields(List.of("price")).toDF(), new StructType().add("price", DataTypes.IntegerType),
        row(10), row(12));
  }

  @Test
  void resolveChoice_choiceOptionAppliesToEveryChoice() {
    GlueFrame resolved = orders.resolveChoice("make_cols");

    assertThat(resolved.schema().simpleString()).isEqualTo("struct{id:int,price_int:int,price_string:string,"
        + "name:struct{first:string,last:string},"
        + "items:array<struct{sku:string,price_int:int,price_string:string}>,tags:array<string>,gone:null}");
  }

  @Test
  void resolveChoice_unhappyPaths_explainTheFix() {
    assertThatThrownBy(() -> orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "project:double"))))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessage("resolveChoice project:double on 'price': the choice has no double alternative (it has "
            + "[int, string]). Project onto one of those types, or use cast:double to convert every alternative.");
    assertThatThrownBy(() -> orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "explode"))))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("resolveChoice action 'explode' for 'price' is not supported.");
    assertThatThrownBy(() -> orders.resolveChoice(List.of(ResolveChoiceSpec.of("cost", "cast:long"))))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("resolveChoice: field 'cost' does not exist in the frame.");
    assertThatThrownBy(() -> orders.resolveChoice(List.of(ResolveChoiceSpec.of("id", "make_cols"))))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("resolveChoice make_cols on 'id': the field is int, not a choice");
    assertThatThrownBy(() -> orders.resolveChoice(List.of(ResolveChoiceSpec.of("price", "match_catalog"))))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("resolveChoice match_catalog on 'price' needs the catalog table's columns.");
  }

  // ---- field edits ---------------------------------------------------------------------------------------------

  @Test
  void dropNullFields_dropsNullTypedFieldsInStructsAndArraysButKeepsNullValues() {
    GlueFrame frame = jsonFrame(
        "{\"a\": {\"b\": null, \"c\": 1}, \"arr\": [{\"n\": null, \"m\": 1}], \"top\": null, \"s\": null}",
        "{\"a\": null, \"arr\": null, \"s\": \"x\"}");

    GlueFrame dropped = frame.dropNullFields();

    assertThat(dropped.schema().simpleString())
        .isEqualTo("struct{a:struct{c:int},arr:array<struct{m:int}>,s:string}");
    assertRows(dropped.toDF(), new StructType().add("a", new StructType().add("c", DataTypes.IntegerType))
            .add("arr", DataTypes.createArrayType(new StructType().add("m", DataTypes.IntegerType)))
            .add("s", DataTypes.StringType),
        row(row(1), seq(row(1)), null), row(null, null, "x"));
  }

  @Test
  void dropFields_dropsNestedAndArrayElementFieldsAndIgnoresMissing() {
    GlueFrame dropped = orders.dropFields(List.of("name.last", "items[].price", "tags", "nope", "name.nope"));

    assertThat(dropped.schema().simpleString())
        .isEqualTo("struct{id:int,price:choice{int,string},name:struct{first:string},"
            + "items:array<struct{sku:string}>,gone:null}");
    assertRows(dropped.selectFields(List.of("id", "name", "items")).toDF(),
        new StructType().add("id", DataTypes.IntegerType)
            .add("name", new StructType().add("first", DataTypes.StringType))
            .add("items", DataTypes.createArrayType(new StructType().add("sku", DataTypes.StringType))),
        row(1, row("Ann"), seq(row("a"), row("b"))), row(2, row("Bob"), seq()));
  }

  @Test
  void renameField_renamesInPlaceOrMovesToTopLevel() {
    GlueFrame renamed = orders.renameField("name.first", "name.given").renameField("name.last", "surname");

    assertThat(renamed.schema().simpleString()).isEqualTo("struct{id:int,price:choice{int,string},"
        + "name:struct{given:string},items:array<struct{sku:string,price:choice{int,string}}>,"
        + "tags:array<string>,gone:null,surname:string}");
    assertRows(renamed.selectFields(List.of("name", "surname")).toDF(),
        new StructType().add("name", new StructType().add("given", DataTypes.StringType))
            .add("surname", DataTypes.StringType),
        row(row("Ann"), "Lee"), row(row("Bob"), null));
  }

  @Test
  void renameField_unhappyPaths() {
    assertThatThrownBy(() -> orders.renameField("id", "price"))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("renameField would create field 'price', which already exists.");
    assertThatThrownBy(() -> orders.renameField("nope", "other"))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("renameField: field 'nope' does not exist in the frame.");
    assertThatThrownBy(() -> orders.renameField("name.first", "other.first"))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("renameField cannot move 'name.first' to 'other.first'");
  }

  @Test
  void selectFields_keepsTopLevelFieldsInGivenOrder() {
    GlueFrame selected = orders.selectFields(List.of("tags", "id", "nope"));

    assertRows(selected.toDF(), new StructType().add("tags", DataTypes.createArrayType(DataTypes.StringType))
        .add("id", DataTypes.IntegerType), row(seq("x"), 1), row(null, 2));
    assertThatThrownBy(() -> orders.selectFields(List.of("name.first")))
        .isInstanceOf(FramePathException.class)
        .hasMessageStartingWith("selectFields takes top-level fields only, but 'name.first' is nested.");
  }

  @Test
  void splitFields_selectedAndRest() {
    Split<GlueFrame> split = orders.splitFields(List.of("id", "name.first"));

    assertRows(split.first().toDF(), new StructType().add("id", DataTypes.IntegerType)
            .add("name", new StructType().add("first", DataTypes.StringType)),
        row(1, row("Ann")), row(2, row("Bob")));
    assertThat(split.second().schema().simpleString()).isEqualTo("struct{price:choice{int,string},"
        + "name:struct{last:string},items:array<struct{sku:string,price:choice{int,string}}>,"
        + "tags:array<string>,gone:null}");
  }

  @Test
  void splitRows_matchingAndRestIncludingNulls() {
    GlueFrame people = GlueFrame.fromDF(spark().sql(
        "SELECT * FROM VALUES (1, 10, named_struct('c', 'FR')), (2, 20, named_struct('c', 'US')), "
            + "(3, NULL, named_struct('c', 'FR')) AS t(id, age, addr)"), "people");

    Split<GlueFrame> split = people.splitRows(List.of(RowComparison.of("age", ">=", 10),
        RowComparison.of("addr.c", "=", "FR")));

    assertThat(split.first().toDF().select("id").as(org.apache.spark.sql.Encoders.INT()).collectAsList())
        .containsExactly(1);
    assertThat(split.second().toDF().select("id").as(org.apache.spark.sql.Encoders.INT()).collectAsList())
        .containsExactlyInAnyOrder(2, 3);
    assertThatThrownBy(() -> people.splitRows(List.of(RowComparison.of("age", "<>", 1))))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessage("splitRows: comparison '<>' for 'age' is not supported. Use one of < <= = != >= >.");
  }

  @Test
  void unnest_flattensStructsIntoDottedNames() {
    GlueFrame flat = orders.unnest();

    assertThat(flat.schema().fieldNames()).containsExactly("id", "price", "name.first", "name.last", "items",
        "tags", "gone");
    assertRows(flat.selectFields(List.of("`name.first`", "`name.last`")).toDF(),
        new StructType().add("name.first", DataTypes.StringType).add("name.last", DataTypes.StringType),
        row("Ann", "Lee"), row("Bob", null));
  }
}
