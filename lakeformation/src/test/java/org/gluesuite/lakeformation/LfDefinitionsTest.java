package org.gluesuite.lakeformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblem;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grant, filter and tag definitions: parsed into the model, or rejected with file, JSON path and fix. */
class LfDefinitionsTest {
  private static final Path LAKE = Path.of("/lake");
  private static final String ANALYST = "arn:aws:iam::000000000000:role/AirQualityAnalystRole";

  private static LakeFormationModel parse(String json) {
    return LfDefinitions.parse(List.of(DefinitionNode.parse("grants.json", json)), LAKE);
  }

  @Test
  void bundledDefinitions_parse_intoTheAirQualityGrants() {
    LakeFormationModel model = LfDefinitions.parse(List.of(DefinitionNode.read(Path.of("definitions/airquality.json"))),
        LAKE);
    assertThat(model.admins()).containsExactly(DataLakePrincipal.LOCAL_ADMIN);
    assertThat(model.locations()).extracting(RegisteredLocation::path)
        .containsExactly("/lake/airquality/raw", "/lake/airquality/curated");
    assertThat(model.grants()).hasSize(7);
    assertThat(model.filter("airquality", "no2_weather_daily", "analyst_recent_days")).get()
        .satisfies(f -> assertThat(f.excludedColumnNames()).containsExactly("no2_hours"));
    assertThat(model.effectiveTags("airquality", "no2_weather_daily", "no2_hours"))
        .containsEntry("layer", "curated").containsEntry("sensitivity", "restricted");
    assertThat(model.effectiveTags("airquality", "raw_gsod", "station")).containsEntry("layer", "raw");
  }

  @Test
  void modelJson_roundTrips() {
    LakeFormationModel model = LfDefinitions.parse(List.of(DefinitionNode.read(Path.of("definitions/airquality.json"))),
        LAKE);
    String json;
    try {
      json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(LfJson.model(model));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(parse(json)).isEqualTo(model);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // what is wrong | the definition | expected JSON path | expected text
      "unknown top-level key | {\"Grant\": []} | $.Grant | unknown key 'Grant'",
      "unknown key in a grant | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Catalog\": {}}, \"Permissions\": [\"CREATE_DATABASE\"], \"Permision\": []}]} "
          + "| $.Grants[0].Permision | unknown key 'Permision'",
      "bad principal | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"analyst\"}, \"Resource\": "
          + "{\"Catalog\": {}}, \"Permissions\": [\"ALL\"]}]} | $.Grants[0].Principal.DataLakePrincipalIdentifier "
          + "| not an IAM role or user ARN",
      "unknown permission | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Database\": {\"Name\": \"airquality\"}}, \"Permissions\": [\"READ\"]}]} "
          + "| $.Grants[0].Permissions | 'READ' is not a Lake Formation permission",
      "SELECT on a database | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Database\": {\"Name\": \"airquality\"}}, \"Permissions\": [\"SELECT\"]}]} "
          + "| $.Grants[0].Permissions | SELECT does not apply to a Database resource",
      "grant option not granted | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Table\": {\"DatabaseName\": \"a\", \"Name\": \"t\"}}, \"Permissions\": [\"SELECT\"], "
          + "\"PermissionsWithGrantOption\": [\"DROP\"]}]} | $.Grants[0].PermissionsWithGrantOption | does not grant",
      "two resources | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Catalog\": {}, \"Database\": {\"Name\": \"a\"}}, \"Permissions\": [\"ALL\"]}]} "
          + "| $.Grants[0].Resource | several resources",
      "table name and wildcard | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Table\": {\"DatabaseName\": \"a\", \"Name\": \"t\", \"TableWildcard\": {}}}, "
          + "\"Permissions\": [\"SELECT\"]}]} | $.Grants[0].Resource.Table | exactly one of Name and TableWildcard",
      "bad table name | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"Table\": {\"DatabaseName\": \"a\", \"Name\": \"t x\"}}, "
          + "\"Permissions\": [\"SELECT\"]}]} | $.Grants[0].Resource.Table.Name | Glue names",
      "undeclared filter | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"DataCellsFilter\": {\"DatabaseName\": \"a\", \"TableName\": \"t\", \"Name\": \"f\"}}, "
          + "\"Permissions\": [\"SELECT\"]}]} | $.Grants[0].Resource.DataCellsFilter | no data cells filter f",
      "unregistered location | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"DataLocation\": {\"ResourceArn\": \"${lake}/x\"}}, "
          + "\"Permissions\": [\"DATA_LOCATION_ACCESS\"]}]} | $.Grants[0].Resource.DataLocation | is not registered",
      "S3 location | {\"RegisteredResources\": [{\"ResourceArn\": \"arn:aws:s3:::bucket/raw\"}]} "
          + "| $.RegisteredResources[0].ResourceArn | not a local location",
      "undeclared tag key | {\"Grants\": [{\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
          + "\"}, \"Resource\": {\"LFTagPolicy\": {\"ResourceType\": \"TABLE\", \"Expression\": [{\"TagKey\": \"tier\", "
          + "\"TagValues\": [\"1\"]}]}}, \"Permissions\": [\"SELECT\"]}]} "
          + "| $.Grants[0].Resource.LFTagPolicy.Expression[0] | LF-Tag key 'tier' is not declared",
      "tag value not allowed | {\"LFTags\": [{\"TagKey\": \"layer\", \"TagValues\": [\"raw\"]}], \"ResourceLFTags\": "
          + "[{\"Resource\": {\"Database\": {\"Name\": \"a\"}}, \"LFTags\": [{\"TagKey\": \"layer\", \"TagValues\": "
          + "[\"gold\"]}]}]} | $.ResourceLFTags[0].LFTags[0] | 'gold' is not a value of LF-Tag layer",
      "two tag values on a resource | {\"LFTags\": [{\"TagKey\": \"layer\", \"TagValues\": [\"raw\", \"gold\"]}], "
          + "\"ResourceLFTags\": [{\"Resource\": {\"Database\": {\"Name\": \"a\"}}, \"LFTags\": [{\"TagKey\": \"layer\", "
          + "\"TagValues\": [\"raw\", \"gold\"]}]}]} | $.ResourceLFTags[0].LFTags[0].TagValues | exactly one value",
      "filter syntax | {\"DataCellsFilters\": [{\"DatabaseName\": \"a\", \"TableName\": \"t\", \"Name\": \"f\", "
          + "\"RowFilter\": {\"FilterExpression\": \"city = upper('x')\"}}]} "
          + "| $.DataCellsFilters[0].RowFilter.FilterExpression | position 8",
      "filter without rows | {\"DataCellsFilters\": [{\"DatabaseName\": \"a\", \"TableName\": \"t\", \"Name\": \"f\", "
          + "\"RowFilter\": {}}]} | $.DataCellsFilters[0].RowFilter | exactly one of FilterExpression and AllRowsWildcard",
      "wrong type | {\"LFTags\": [{\"TagKey\": \"layer\", \"TagValues\": \"raw\"}]} | $.LFTags[0].TagValues "
          + "| must be a JSON array [ … ], found a string \"raw\"",
      "not JSON | {\"Grants\": [} | $ | not valid JSON at line 1"
  })
  void malformedDefinitions_areRejected_withFilePathAndFix(String what, String json, String path, String text) {
    assertThatThrownBy(() -> parse(json)).as(what).isInstanceOfSatisfying(InvalidDefinitionException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("grants.json");
          assertThat(p.jsonPath()).isEqualTo(path);
          assertThat(p.message()).contains(text);
        }));
  }

  @Test
  void severalMistakes_inSeveralDocuments_areReportedTogether_withFileAndJsonPath() {
    DefinitionNode tags = DefinitionNode.parse("tags.json", "{\"LFTags\": [{\"TagKey\": \"layer\", \"TagValues\": "
        + "[\"raw\", 3]}], \"DataCellsFilters\": [{\"DatabaseName\": \"a\", \"TableName\": \"t\", \"Name\": \"f\", "
        + "\"RowFilter\": {\"FilterExpression\": \"city = \"}}]}");
    DefinitionNode grants = DefinitionNode.parse("grants.json", "{\"Grants\": [{\"Principal\": "
        + "{\"DataLakePrincipalIdentifier\": \"analyst\"}, \"Resource\": {\"Database\": {\"Name\": \"a\"}}, "
        + "\"Permissions\": [\"SELECT\", \"READ\"]}, {\"Principal\": {\"DataLakePrincipalIdentifier\": \"" + ANALYST
        + "\"}, \"Resource\": {\"DataCellsFilter\": {\"DatabaseName\": \"a\", \"TableName\": \"t\", \"Name\": "
        + "\"g\"}}, \"Permissions\": [\"SELECT\"], \"Extra\": true}]}");

    assertThatThrownBy(() -> LfDefinitions.parse(List.of(tags, grants), LAKE))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          assertThat(e.problems()).extracting(DefinitionProblem::file, DefinitionProblem::jsonPath).containsExactly(
              org.assertj.core.groups.Tuple.tuple("tags.json", "$.LFTags[0].TagValues[1]"),
              org.assertj.core.groups.Tuple.tuple("tags.json", "$.DataCellsFilters[0].RowFilter.FilterExpression"),
              org.assertj.core.groups.Tuple.tuple("grants.json", "$.Grants[0].Principal.DataLakePrincipalIdentifier"),
              org.assertj.core.groups.Tuple.tuple("grants.json", "$.Grants[0].Permissions"),
              org.assertj.core.groups.Tuple.tuple("grants.json", "$.Grants[0].Permissions"),
              org.assertj.core.groups.Tuple.tuple("grants.json", "$.Grants[1].Extra"),
              org.assertj.core.groups.Tuple.tuple("grants.json", "$.Grants[1].Resource.DataCellsFilter"));
          assertThat(e.getMessage()).startsWith("The Lake Formation definitions: 7 problems; nothing ran.")
              .contains("grants.json: $.Grants[0].Permissions: 'READ' is not a Lake Formation permission")
              .contains("grants.json: $.Grants[0].Permissions: SELECT does not apply to a Database resource")
              .contains("grants.json: $.Grants[1].Resource.DataCellsFilter: there is no data cells filter g");
        });
  }
}
