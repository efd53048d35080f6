package org.gluesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblem;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declared tables are validated against Glue's rules; bad files are rejected with file, JSON path and fix. */
class SchemaDefinitionsTest {
  /** A valid partition-projected table over yyyy/MM/dd folders, with {@code %s} replaced to break it. */
  static final String PROJECTED = """
      {"DatabaseName": "airquality", "TableInput": {"Name": "openaq_projected",
        "StorageDescriptor": {"Columns": [
            {"Name": "location", "Type": "string", "Comment": "station"},
            {"Name": "value", "Type": "double"},
            {"Name": "price", "Type": "decimal(10,2)"},
            {"Name": "tags", "Type": "array<string>"},
            {"Name": "attrs", "Type": "map<string,bigint>"},
            {"Name": "date", "Type": "struct<utc:timestamp,local:string>"}%s],
          "Location": "${lake}/airquality/raw/openaq/"},
        "PartitionKeys": [{"Name": "dt", "Type": "string"}],
        "Parameters": {"classification": "json", "projection.enabled": "true", "projection.dt.type": "date",
          "projection.dt.range": "2021/01/01,NOW", "projection.dt.format": "yyyy/MM/dd",
          "projection.dt.interval": "1", "projection.dt.interval.unit": "DAYS",
          "storage.location.template": "${lake}/airquality/raw/openaq/${dt}/"%s}}}""";

  private static SchemaDefinitions parse(String json) {
    return SchemaDefinitions.parse(List.of(DefinitionNode.parse("table.json", json)));
  }

  @Test
  void bundledDefinitions_andAProjectedTable_areValid() {
    SchemaDefinitions shipped = SchemaDefinitions.load(Path.of("definitions"));
    assertThat(shipped.databases()).extracting(d -> d.input().name()).containsExactly("airquality", "retail",
        "shipping");
    assertThat(shipped.tables()).extracting(DeclaredTable::qualifiedName).contains("airquality.no2_weather_daily",
        "retail.purchases", "retail.customer_recommendations", "retail.item_recommendations",
        "shipping.shipments", "shipping.shipment_features", "shipping.shipping_days_predictions").hasSize(7);
    // The jar's list of bundled files names every declared file (the CLI uses it outside the repository).
    assertThat(SchemaDefinitions.bundled().tables()).extracting(DeclaredTable::qualifiedName)
        .containsExactlyInAnyOrderElementsOf(shipped.tables().stream().map(DeclaredTable::qualifiedName).toList());
    assertThat(SchemaDefinitions.bundled().databases()).extracting(d -> d.input().name())
        .containsExactlyInAnyOrderElementsOf(shipped.databases().stream().map(d -> d.input().name()).toList());
    SchemaDefinitions projected = parse(PROJECTED.formatted("", ""));
    assertThat(projected.tables().get(0).input().parameters()).containsEntry("projection.dt.format", "yyyy/MM/dd");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "unknown type | , {\"Name\": \"n\", \"Type\": \"long\"} | | $.TableInput.StorageDescriptor.Columns[6].Type "
          + "| type 'long' is not a Glue type: unknown type name 'long' (did you mean bigint?) (at character 1)",
      "misspelt type | , {\"Name\": \"n\", \"Type\": \"strnig\"} | | Columns[6].Type | unknown type name 'strnig'",
      "decimal out of range | , {\"Name\": \"n\", \"Type\": \"decimal(40,2)\"} | | Columns[6].Type | out of range",
      "scale over precision | , {\"Name\": \"n\", \"Type\": \"decimal(2,3)\"} | | Columns[6].Type | out of range",
      "unclosed array | , {\"Name\": \"n\", \"Type\": \"array<string\"} | | Columns[6].Type "
          + "| expected '>' but the type ends (at character 13)",
      "complex map key | , {\"Name\": \"n\", \"Type\": \"map<array<int>,int>\"} | | Columns[6].Type "
          + "| a map key must be a primitive type, not array<int> (at character 5)",
      "upper-case struct field | , {\"Name\": \"n\", \"Type\": \"array<struct<Sku:string>>\"} | | Columns[6].Type "
          + "| struct field 'Sku' in type 'array<struct<Sku:string>>' is not a valid name",
      "struct field twice | , {\"Name\": \"n\", \"Type\": \"struct<a:int,a:int>\"} | | Columns[6].Type | field 'a' appears twice",
      "duplicate column | , {\"Name\": \"value\", \"Type\": \"int\"} | | Columns[6].Name | declared twice",
      "partition key is a column | , {\"Name\": \"dt\", \"Type\": \"string\"} | | $.TableInput.PartitionKeys[0].Name "
          + "| partition key 'dt' is also a column",
      "bad column name | , {\"Name\": \"Value X\", \"Type\": \"int\"} | | Columns[6].Name | not a valid column name",
      "unknown column key | , {\"Name\": \"n\", \"Type\": \"int\", \"Nullable\": true} | | Columns[6] | unknown key 'Nullable'",
      "projection without range | | projection.dt.range=> | Parameters.projection.dt.range | needs a range",
      "projection bad format | | projection.dt.format=>yyyy/MM/dd/ppp | Parameters.projection.dt.format "
          + "| is not a date format",
      "projection on a non-key | | projection.day.type=>date | Parameters.projection.day.type "
          + "| 'day' is not a partition key",
      "projection unknown unit | | projection.dt.interval.unit=>FORTNIGHTS | Parameters.projection.dt.interval.unit "
          + "| not an interval unit",
      "template without key | | storage.location.template=>${lake}/raw/ | Parameters.storage.location.template "
          + "| does not use ${dt}",
      "unknown classification | | classification=>xml | $.TableInput.Parameters | classification 'xml'"
  })
  void malformedTables_areRejected_withPathAndFix(String what, String extraColumn, String extraParameter, String path,
      String text) {
    String json = withParameter(PROJECTED.formatted(extraColumn == null ? "" : extraColumn, ""), extraParameter);
    assertThatThrownBy(() -> parse(json)).as(what).isInstanceOfSatisfying(InvalidDefinitionException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("table.json");
          assertThat(p.jsonPath()).startsWith("$.TableInput.").contains(path);
          assertThat(p.message()).contains(text);
        }));
  }

  @Test
  void types_areReadAsGlueTypes_andKeptInTheCatalogsCanonicalForm() {
    SchemaDefinitions parsed = parse(PROJECTED.formatted(", {\"Name\": \"n\", \"Type\": \"INTEGER\"},"
        + " {\"Name\": \"f\", \"Type\": \"float\"}, {\"Name\": \"b\", \"Type\": \"binary\"},"
        + " {\"Name\": \"c\", \"Type\": \"Varchar(20)\"}, {\"Name\": \"s\", \"Type\": \"Struct< a : Int >\"}", ""));

    assertThat(parsed.tables().get(0).input().storageDescriptor().columns().subList(6, 11))
        .extracting(c -> c.name() + " " + c.type())
        .containsExactly("n int", "f float", "b binary", "c varchar(20)", "s struct<a:int>");
  }

  /** Sets table parameter {@code key=>value} (replacing its declared value, or adding it). */
  private static String withParameter(String json, String assignment) {
    if (assignment == null) {
      return json;
    }
    String[] kv = assignment.split("=>", -1);
    String pair = "\"" + kv[0] + "\": \"" + kv[1] + "\"";
    String replaced = json.replaceAll("\"" + java.util.regex.Pattern.quote(kv[0]) + "\": \"[^\"]*\"",
        java.util.regex.Matcher.quoteReplacement(pair));
    return replaced.equals(json) ? json.replace("\"projection.enabled\"", pair + ", \"projection.enabled\"") : replaced;
  }

  @Test
  void locationsAndNames_followTheRules() {
    assertThatThrownBy(() -> parse(PROJECTED.formatted("", "").replace("${lake}/airquality/raw/openaq/\"",
        "s3://bucket/raw/\""))).hasMessageContaining("StorageDescriptor.Location")
        .hasMessageContaining("neither under ${lake}");
    assertThatThrownBy(() -> parse(PROJECTED.formatted("", "").replace("${lake}/airquality/raw/openaq/\"",
        "${bucket}/raw/\""))).hasMessageContaining("unknown placeholder '${bucket}'");
    assertThatThrownBy(() -> parse(PROJECTED.formatted("", "").replace("openaq_projected", "OpenAQ")))
        .hasMessageContaining("$.TableInput.Name").hasMessageContaining("'OpenAQ' is not a valid name");
    assertThatThrownBy(() -> parse("{\"DatabaseInput\": {\"Name\": \"a\"}, \"DatabaseName\": \"a\", \"TableInput\": {}}"))
        .hasMessageContaining("one database (DatabaseInput) or one table");
  }

  @Test
  void severalFiles_withSeveralMistakes_areReportedTogether_withFileAndJsonPath() {
    DefinitionProblems problems = new DefinitionProblems();
    DefinitionNode database = DefinitionNode.parse("db.json", "{\"DatabaseInput\": {\"Name\": \"Air Quality\", "
        + "\"Parameters\": {\"owner\": 7}}}", problems);
    DefinitionNode table = DefinitionNode.parse("t.json", "{\"DatabaseName\": \"airquality\", \"TableInput\": {"
        + "\"Name\": \"t\", \"StorageDescriptor\": {\"Columns\": [{\"Name\": \"a\", \"Type\": \"integr\"}, "
        + "{\"Type\": \"string\"}, \"b\"], \"Location\": \"${lake}/t\", \"Compresed\": true}, "
        + "\"PartitionKeys\": {\"Name\": \"dt\"}}}", problems);
    DefinitionNode broken = DefinitionNode.parse("broken.json", "{\"DatabaseName\": ", problems);

    assertThatThrownBy(() -> SchemaDefinitions.parse(List.of(database, table, broken)))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          assertThat(e.problems()).extracting(DefinitionProblem::file, DefinitionProblem::jsonPath)
              .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("db.json", "$.DatabaseInput.Parameters.owner"),
              org.assertj.core.groups.Tuple.tuple("t.json", "$.TableInput.StorageDescriptor.Columns[2]"),
              org.assertj.core.groups.Tuple.tuple("broken.json", "$"),
              org.assertj.core.groups.Tuple.tuple("db.json", "$.DatabaseInput.Name"),
              org.assertj.core.groups.Tuple.tuple("t.json", "$.TableInput.StorageDescriptor.Compresed"),
              org.assertj.core.groups.Tuple.tuple("t.json", "$.TableInput.StorageDescriptor.Columns[0].Type"),
              org.assertj.core.groups.Tuple.tuple("t.json", "$.TableInput.StorageDescriptor.Columns[1].Name"),
              org.assertj.core.groups.Tuple.tuple("t.json", "$.TableInput.PartitionKeys"));
          assertThat(e.getMessage()).startsWith("The declared schemas: 8 problems; nothing ran.")
              .contains("db.json: $.DatabaseInput.Name: 'Air Quality' is not a valid name")
              .contains("t.json: $.TableInput.StorageDescriptor.Columns[0].Type: type 'integr' is not a Glue type")
              .contains("t.json: $.TableInput.StorageDescriptor.Columns[1].Name: is required")
              .contains("t.json: $.TableInput.PartitionKeys: must be a JSON array")
              .contains("broken.json: $: is not valid JSON at line 1");
        });
  }
}
