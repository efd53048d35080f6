package org.gluesuite.runtime.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gluesuite.runtime.frame.FrameFixtures.jsonFrame;
import static org.gluesuite.runtime.frame.FrameFixtures.spark;
import static org.gluesuite.runtime.testing.DataFrameAssertions.assertRows;
import static org.gluesuite.runtime.testing.DataFrameAssertions.row;
import static org.gluesuite.runtime.testing.DataFrameAssertions.seq;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Glue's join rule, and relationalize of the joined legislators history, on frames shaped like AWS's
 * join_and_relationalize example (aws-samples/aws-glue-samples, examples/join_and_relationalize.md).
 */
class GlueFrameJoinTest {

  // ---- the published example ------------------------------------------------------------------------------------

  private static GlueFrame persons() {
    return jsonFrame(
        "{\"family_name\": \"Ross\", \"name\": \"Mike Ross\", \"links\": [{\"note\": \"wikipedia\", \"url\": "
            + "\"https://en.wikipedia.org/wiki/Mike_Ross\"}], \"gender\": \"male\", \"image\": "
            + "\"https://img/ross.jpg\", \"identifiers\": [{\"scheme\": \"bioguide\", \"identifier\": \"R000573\"}], "
            + "\"other_names\": [{\"note\": \"alternate\", \"name\": \"Michael Ross\", \"lang\": \"en\"}], "
            + "\"sort_name\": \"Ross, Mike\", \"images\": [{\"url\": \"https://img/ross.jpg\"}], \"given_name\": "
            + "\"Mike\", \"birth_date\": \"1961-08-02\", \"id\": \"p1\", \"contact_details\": [{\"type\": \"fax\", "
            + "\"value\": \"202-225-1314\"}, {\"type\": \"twitter\", \"value\": \"MikeRossUpdates\"}]}",
        "{\"family_name\": \"Capito\", \"name\": \"Shelley Capito\", \"links\": [{\"note\": \"website\", \"url\": "
            + "\"https://capito.example\"}], \"gender\": \"female\", \"image\": \"https://img/capito.jpg\", "
            + "\"identifiers\": [{\"scheme\": \"bioguide\", \"identifier\": \"C001047\"}], \"other_names\": [], "
            + "\"sort_name\": \"Capito, Shelley\", \"images\": [{\"url\": \"https://img/capito.jpg\"}], "
            + "\"given_name\": \"Shelley\", \"birth_date\": \"1953-11-26\", \"id\": \"p2\", \"contact_details\": "
            + "[{\"type\": \"phone\", \"value\": \"202-225-2711\"}], \"death_date\": null}",
        "{\"family_name\": \"Nobody\", \"name\": \"No Seat\", \"gender\": \"male\", \"sort_name\": \"Nobody\", "
            + "\"given_name\": \"No\", \"id\": \"p3\"}");
  }

  private static GlueFrame memberships() {
    return jsonFrame(
        "{\"area_id\": \"ocd/ar-4\", \"on_behalf_of_id\": \"party/democrat\", \"organization_id\": \"house\", "
            + "\"role\": \"member\", \"person_id\": \"p1\", \"legislative_period_id\": \"term/112\", "
            + "\"start_date\": \"2011-01-05\", \"end_date\": \"2013-01-03\"}",
        "{\"area_id\": \"ocd/ar-4\", \"on_behalf_of_id\": \"party/democrat\", \"organization_id\": \"house\", "
            + "\"role\": \"member\", \"person_id\": \"p1\", \"legislative_period_id\": \"term/111\"}",
        "{\"area_id\": \"ocd/wv\", \"on_behalf_of_id\": \"party/republican\", \"organization_id\": \"senate\", "
            + "\"role\": \"member\", \"person_id\": \"p2\", \"legislative_period_id\": \"term/114\", "
            + "\"start_date\": \"2015-01-06\"}",
        "{\"area_id\": \"ocd/zz\", \"organization_id\": \"senate\", \"role\": \"member\", \"person_id\": \"p9\", "
            + "\"legislative_period_id\": \"term/114\"}");
  }

  private static GlueFrame organizations() {
    return jsonFrame(
        "{\"classification\": \"party\", \"links\": [{\"note\": \"website\", \"url\": \"https://dems.example\"}], "
            + "\"image\": \"https://img/dem.png\", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": "
            + "\"Q29552\"}], \"other_names\": [{\"lang\": \"en\", \"note\": \"multilingual\", \"name\": \"Dems\"}], "
            + "\"id\": \"party/democrat\", \"name\": \"Democrat\"}",
        "{\"classification\": \"legislature\", \"id\": \"house\", \"name\": \"House of Representatives\", "
            + "\"seats\": 435, \"type\": \"lower house\"}",
        "{\"classification\": \"legislature\", \"id\": \"senate\", \"name\": \"Senate\", \"seats\": 100, "
            + "\"type\": \"upper house\"}");
  }

  /** The example's steps: Join.apply(orgs, Join.apply(persons, memberships, ...), ...).drop_fields(...). */
  private static GlueFrame history() {
    GlueFrame orgs = organizations().dropFields(List.of("other_names", "identifiers"))
        .renameField("id", "org_id").renameField("name", "org_name");
    GlueFrame personMemberships = persons().join(List.of("id"), List.of("person_id"), memberships());
    return orgs.join(List.of("org_id"), List.of("organization_id"), personMemberships)
        .dropFields(List.of("person_id", "org_id"));
  }

  @Test
  void join_legislatorsHistory_hasOneLinksAndOneImageAndTheDocumentedFields() {
    GlueFrame history = history();

    List<String> names = history.schema().fieldNames();
    assertThat(Collections.frequency(names, "links")).isEqualTo(1);
    assertThat(Collections.frequency(names, "image")).isEqualTo(1);
    // The documented printSchema of l_history, as a set (Glue prints its fields in no fixed order).
    assertThat(names).containsExactlyInAnyOrder("role", "seats", "org_name", "links", "type", "sort_name",
        "area_id", "images", "on_behalf_of_id", "other_names", "contact_details", "name", "birth_date",
        "organization_id", "gender", "classification", "death_date", "legislative_period_id", "identifiers",
        "image", "given_name", "family_name", "id", "start_date", "end_date");
    assertThat(history.schema().field("links").orElseThrow().type().simpleString())
        .isEqualTo("array<struct{note:string,url:string}>");
    // Memberships of people and organizations that exist: p9 has no person, p3 no membership.
    assertThat(history.count()).isEqualTo(3);
    assertRows(history.selectFields(List.of("id", "org_name", "links", "image")).toDF()
            .orderBy("id", "org_name"),
        new StructType().add("id", DataTypes.StringType).add("org_name", DataTypes.StringType)
            .add("links", DataTypes.createArrayType(new StructType().add("note", DataTypes.StringType)
                .add("url", DataTypes.StringType)))
            .add("image", DataTypes.StringType),
        row("p1", "House of Representatives", seq(row("wikipedia", "https://en.wikipedia.org/wiki/Mike_Ross")),
            "https://img/ross.jpg"),
        row("p1", "House of Representatives", seq(row("wikipedia", "https://en.wikipedia.org/wiki/Mike_Ross")),
            "https://img/ross.jpg"),
        row("p2", "Senate", seq(row("website", "https://capito.example")), "https://img/capito.jpg"));
  }

  @Test
  void relationalize_legislatorsHistory_givesTheSixDocumentedFrames() {
    Map<String, GlueFrame> frames = history().relationalize("hist_root", "/tmp/unused");

    assertThat(frames.keySet()).containsExactlyInAnyOrder("hist_root", "hist_root_contact_details",
        "hist_root_links", "hist_root_other_names", "hist_root_images", "hist_root_identifiers");
    assertThat(frames.get("hist_root_contact_details").schema().fieldNames())
        .containsExactly("id", "index", "contact_details.val.type", "contact_details.val.value");
    assertThat(frames.get("hist_root_links").schema().fieldNames())
        .containsExactly("id", "index", "links.val.note", "links.val.url");
    assertThat(frames.get("hist_root_images").schema().fieldNames())
        .containsExactly("id", "index", "images.val.url");
    GlueFrame root = frames.get("hist_root");
    for (String array : List.of("links", "images", "other_names", "identifiers", "contact_details")) {
      assertThat(root.schema().field(array).orElseThrow().type().simpleString()).as(array).isEqualTo("long");
    }
    // The root's array column holds the key of its elements in the child frame.
    assertRows(root.toDF().where("given_name = 'Shelley'").selectExpr("contact_details")
            .join(frames.get("hist_root_contact_details").toDF(),
                root.toDF().col("contact_details").equalTo(frames.get("hist_root_contact_details").toDF()
                    .col("id")))
            .selectExpr("index", "`contact_details.val.type`", "`contact_details.val.value`"),
        new StructType().add("index", DataTypes.IntegerType).add("contact_details.val.type", DataTypes.StringType)
            .add("contact_details.val.value", DataTypes.StringType),
        row(0, "phone", "202-225-2711"));
  }

  // ---- the rule on small frames ---------------------------------------------------------------------------------

  @Test
  void join_keepsBothKeys_aSecondKeyNamedLikeAFirstFrameFieldGetsADotPrefix() {
    GlueFrame people = GlueFrame.fromDF(spark().sql(
        "SELECT * FROM VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cy') AS t(id, name)"), "people");
    GlueFrame orderRows = GlueFrame.fromDF(spark().sql(
        "SELECT * FROM VALUES (10, 1, 5.5D), (11, 1, 1.0D), (12, 2, 2.0D), (13, 9, 3.0D) "
            + "AS t(order_id, id, amount)"), "orders");

    GlueFrame joined = people.join(List.of("id"), List.of("id"), orderRows);

    assertRows(joined.toDF(), new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType)
            .add("order_id", DataTypes.IntegerType).add(".id", DataTypes.IntegerType)
            .add("amount", DataTypes.DoubleType),
        row(1, "Ann", 10, 1, 5.5), row(1, "Ann", 11, 1, 1.0), row(2, "Bob", 12, 2, 2.0));
    // Glue's own advice for it: drop it back-quoted.
    assertThat(joined.dropFields(List.of("`.id`")).schema().fieldNames())
        .containsExactly("id", "name", "order_id", "amount");
  }

  @Test
  void join_sameNamedNonKeyField_isOneFieldHoldingTheSecondFramesValueWhereItHasOne() {
    GlueFrame left = jsonFrame("{\"k\": 1, \"note\": \"left\"}", "{\"k\": 2, \"note\": \"left\"}",
        "{\"k\": 3}");
    GlueFrame right = jsonFrame("{\"rk\": 1, \"note\": \"right\"}", "{\"rk\": 2, \"note\": null}",
        "{\"rk\": 3, \"note\": \"right\"}");

    GlueFrame joined = left.join(List.of("k"), List.of("rk"), right);

    assertThat(joined.schema().simpleString()).isEqualTo("struct{k:int,note:string,rk:int}");
    assertRows(joined.toDF(), new StructType().add("k", DataTypes.IntegerType).add("note", DataTypes.StringType)
            .add("rk", DataTypes.IntegerType),
        row(1, "right", 1), row(2, "left", 2), row(3, "right", 3));
  }

  @Test
  void join_sameNamedNonKeyFieldOfOtherTypes_becomesAChoiceOfTheValuesKept() {
    GlueFrame left = jsonFrame("{\"k\": 1, \"v\": 10}", "{\"k\": 2, \"v\": 20}");
    GlueFrame right = jsonFrame("{\"rk\": 1, \"v\": \"ten\"}", "{\"rk\": 2}");

    GlueFrame joined = left.join(List.of("k"), List.of("rk"), right);

    assertThat(joined.schema().simpleString()).isEqualTo("struct{k:int,v:choice{int,string},rk:int}");
    assertRows(joined.resolveChoice(List.of(ResolveChoiceSpec.of("v", "make_cols"))).toDF(),
        new StructType().add("k", DataTypes.IntegerType).add("v_int", DataTypes.IntegerType)
            .add("v_string", DataTypes.StringType).add("rk", DataTypes.IntegerType),
        row(1, null, "ten", 1), row(2, 20, null, 2));
  }

  @Test
  void join_carriesBothFramesErrorRecords() {
    GlueFrame left = jsonFrame("{\"k\": 1}", "{not json");
    GlueFrame right = jsonFrame("{\"k\": 1, \"w\": 2}", "{broken");

    GlueFrame joined = left.join(List.of("k"), List.of("k"), right);

    assertThat(joined.count()).isEqualTo(1);
    assertThat(joined.errorsCount()).isEqualTo(2);
    assertThat(joined.stageErrorsCount()).isZero();
  }

  @Test
  void join_rejectsBadKeys() {
    GlueFrame people = GlueFrame.fromDF(spark().sql("SELECT * FROM VALUES (1, 'Ann') AS t(id, name)"), "people");
    GlueFrame dotted = GlueFrame.fromDF(spark().sql("SELECT * FROM VALUES (1, 2) AS t(id, `.id`)"), "dotted");
    GlueFrame choices = jsonFrame("{\"id\": 1}", "{\"id\": \"one\"}");

    assertThatThrownBy(() -> people.join(List.of("pid"), List.of("id"), people))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("join: key 'pid' is not a field of the first frame (fields: [id, name])");
    assertThatThrownBy(() -> people.join(List.of("id"), List.of("id", "name"), people))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessageStartingWith("join: keys1 has 1 key(s) and keys2 has 2.");
    assertThatThrownBy(() -> people.join(List.of("id"), List.of("id"), dotted))
        .isInstanceOf(FrameArgumentException.class)
        .hasMessage("join: the second frame's key 'id' is kept as '.id' because the first frame has a field 'id', "
            + "but one of the frames already has a field '.id'. Rename one of them first (renameField).");
    assertThatThrownBy(() -> people.join(List.of("id"), List.of("id"), choices))
        .isInstanceOf(FramePathException.class)
        .hasMessageContaining("choice{int,string}");
  }
}
