package org.gluesuite.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.common.json.DefinitionProblem;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.gluesuite.crawler.definition.ClassifierDefinition;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;
import org.gluesuite.crawler.definition.DeleteBehavior;
import org.gluesuite.crawler.definition.ExclusionGlob;
import org.gluesuite.crawler.definition.RecrawlBehavior;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definitions are parsed once into typed records; mistakes name the file and the JSON path. */
class DefinitionsTest {
  @TempDir
  Path temp;

  private static CrawlerDefinition parse(String json) {
    return DefinitionReader.parse("test.json", json, name -> null);
  }

  @Test
  void theRepositorysAirQualityDefinition_parses() {
    CrawlerDefinition d = DefinitionReader.read(Path.of("definitions", "airquality-raw.json"));
    assertThat(d.name()).isEqualTo("airquality-raw");
    assertThat(d.databaseName()).isEqualTo("airquality");
    assertThat(d.tablePrefix()).isEqualTo("raw_");
    assertThat(d.s3Targets()).extracting(t -> t.path())
        .containsExactly("s3://airquality/raw/openaq", "s3://airquality/raw/gsod");
    assertThat(d.configuration().inheritFromTable()).isTrue();
  }

  @Test
  void fullShape_isTyped() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("defs/classifiers"));
    Files.writeString(dir.resolve("logs.json"), "{\"GrokClassifier\":{\"Name\":\"logs\",\"Classification\":\"app\","
        + "\"GrokPattern\":\"%{LOGLEVEL:level} %{GREEDYDATA:msg}\"}}");
    Path file = temp.resolve("defs/c.json");
    Files.writeString(file, "{\"Name\":\"c\",\"Role\":\"r\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":"
        + "\"s3://b/p\",\"Exclusions\":[\"**/*.tmp\"],\"SampleSize\":3}]},\"Classifiers\":[\"logs\"],"
        + "\"SchemaChangePolicy\":{\"UpdateBehavior\":\"LOG\",\"DeleteBehavior\":\"LOG\"},"
        + "\"RecrawlPolicy\":{\"RecrawlBehavior\":\"CRAWL_NEW_FOLDERS_ONLY\"},\"Schedule\":\"cron(0 1 * * ? *)\","
        + "\"Configuration\":\"{\\\"Version\\\":1.0,\\\"CrawlerOutput\\\":{\\\"Tables\\\":{\\\"AddOrUpdateBehavior\\\":"
        + "\\\"MergeNewColumns\\\"}},\\\"Grouping\\\":{\\\"TableGroupingPolicy\\\":\\\"CombineCompatibleSchemas\\\","
        + "\\\"TableLevelConfiguration\\\":3}}\"}");
    CrawlerDefinition d = DefinitionReader.read(file);
    assertThat(d.s3Targets().get(0).sampleSize()).isEqualTo(3);
    assertThat(d.s3Targets().get(0).exclusions()).containsExactly(ExclusionGlob.compile("**/*.tmp"));
    assertThat(d.classifiers()).singleElement().isInstanceOf(ClassifierDefinition.Grok.class);
    assertThat(d.schemaChangePolicy().deleteBehavior()).isEqualTo(DeleteBehavior.LOG);
    assertThat(d.recrawlBehavior()).isEqualTo(RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY);
    assertThat(d.configuration().mergeNewColumns()).isTrue();
    assertThat(d.configuration().combineCompatibleSchemas()).isTrue();
    assertThat(d.configuration().tableLevel()).isEqualTo(3);
    assertThat(d.schedule()).isEqualTo("cron(0 1 * * ? *)");
  }

  @Test
  void unknownKey_namesFileAndPath() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\","
        + "\"Exclusion\":[]}]}}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("test.json: $.Targets.S3Targets[0].Exclusion: unknown key 'Exclusion'")
        .hasMessageContaining("Exclusions");
  }

  @Test
  void badEnum_namesPathAndAllowedValues() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"SchemaChangePolicy\":{\"DeleteBehavior\":\"DROP\"}}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("test.json: $.SchemaChangePolicy.DeleteBehavior: 'DROP' is not one of")
        .hasMessageContaining("DEPRECATE_IN_DATABASE");
  }

  @Test
  void badGlob_namesPathAndReason() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\","
        + "\"Exclusions\":[\"ok/**\",\"{a,b\"]}]}}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("$.Targets.S3Targets[0].Exclusions[1]: exclusion pattern '{a,b' is not a valid glob")
        .hasMessageContaining("never closed");
  }

  @Test
  void badConfigurationValue_andWrongTypes_andMissingKeys_areErrors() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"Configuration\":\"{\\\"Grouping\\\":{\\\"TableGroupingPolicy\\\":\\\"Combine\\\"}}\"}"))
        .hasMessageContaining("$.Configuration.Grouping.TableGroupingPolicy");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\","
        + "\"SampleSize\":\"3\"}]}}"))
        .hasMessageContaining("$.Targets.S3Targets[0].SampleSize: must be a whole number from 1 to 249, found a "
            + "string");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]}}"))
        .hasMessageContaining("test.json: $.DatabaseName: is required");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"SchemaChangePolicy\":{\"UpdateBehavior\":\"UPDATE_IN_DATABASE\"},"
        + "\"RecrawlPolicy\":{\"RecrawlBehavior\":\"CRAWL_NEW_FOLDERS_ONLY\"}}"))
        .as("new-folders-only needs LOG policies").hasMessageContaining("LOG");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\","))
        .hasMessageContaining("test.json: $: is not valid JSON at line 1");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"Classifiers\":[\"nope\"]}")).hasMessageContaining("$.Classifiers[0]: classifier 'nope' is not defined");
  }

  @Test
  void badClassifier_namesPath() {
    assertThatThrownBy(() -> DefinitionReader.parseClassifier("g.json",
        "{\"GrokClassifier\":{\"Name\":\"g\",\"Classification\":\"c\",\"GrokPattern\":\"%{NOPE:x}\"}}"))
        .hasMessageContaining("g.json: $.GrokClassifier.GrokPattern")
        .hasMessageContaining("unknown grok pattern %{NOPE}");
    assertThatThrownBy(() -> DefinitionReader.parseClassifier("g.json",
        "{\"GrokClassifier\":{\"Name\":\"g\",\"Classification\":\"c\",\"GrokPattern\":\"%{INT:n:array}\"}}"))
        .hasMessageContaining("$.GrokClassifier.GrokPattern").hasMessageContaining("unknown grok field type 'array'");
    assertThatThrownBy(() -> DefinitionReader.parseClassifier("c.json",
        "{\"CsvClassifier\":{\"Name\":\"c\",\"ContainsHeader\":\"MAYBE\"}}"))
        .hasMessageContaining("$.CsvClassifier.ContainsHeader").hasMessageContaining("PRESENT");
  }

  @Test
  void severalMistakes_areReportedTogether_eachWithFileAndJsonPath() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("many/classifiers"));
    Files.writeString(dir.resolve("rows.json"), "{\"CsvClassifier\":{\"Name\":\"rows\",\"Delimiter\":\";;\"}}");
    Path file = temp.resolve("many/c.json");
    Files.writeString(file, "{\"Name\":\"c\",\"Colour\":\"red\",\"Targets\":{\"S3Targets\":[{\"Path\":7,"
        + "\"Exclusions\":[\"[\"]},{\"SampleSize\":0}]},\"SchemaChangePolicy\":{\"UpdateBehavior\":\"MERGE\"},"
        + "\"Classifiers\":[\"rows\",\"ghost\"],"
        + "\"Configuration\":\"{\\\"Grouping\\\":{\\\"TableLevelConfiguration\\\":0}}\"}");

    assertThatThrownBy(() -> DefinitionReader.read(file)).isInstanceOfSatisfying(InvalidDefinitionException.class,
        e -> assertThat(e.problems()).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
            file + ": $.Colour: unknown key 'Colour'; known keys here: [Classifiers, Configuration, DatabaseName, "
                + "Description, Name, RecrawlPolicy, Role, Schedule, SchemaChangePolicy, TablePrefix, Tags, Targets] "
                + "(names are case-sensitive, as in AWS's API). Fix the spelling or remove it",
            file + ": $.DatabaseName: is required",
            file + ": $.Targets.S3Targets[0].Path: must be a string, found a number 7. Quote the value",
            file + ": $.Targets.S3Targets[0].Exclusions[0]: exclusion pattern '[' is not a valid glob: '[' at "
                + "position 1 is never closed. Globs use * (within a folder), ** (across folders), ?, [a-z] and "
                + "{a,b}; escape a literal with \\",
            file + ": $.Targets.S3Targets[1].Path: is required",
            file + ": $.Targets.S3Targets[1].SampleSize: must be a whole number from 1 to 249, found a number 0",
            file + ": $.SchemaChangePolicy.UpdateBehavior: 'MERGE' is not one of [LOG, UPDATE_IN_DATABASE] "
                + "(written exactly so)",
            dir.resolve("rows.json") + ": $.CsvClassifier.Delimiter: ';;' must be exactly one character",
            file + ": $.Classifiers[1]: classifier 'ghost' is not defined: no " + dir + "/ghost.json holds it. Add "
                + "a classifier definition in CreateClassifier's shape there, or remove the name",
            file + ": $.Configuration.Grouping.TableLevelConfiguration: must be a whole number from 1 to 100, found "
                + "a number 0"));
  }

  @Test
  void globs_matchLikeGlue() {
    assertThat(ExclusionGlob.compile("*.csv").matchesFile("a.csv")).isTrue();
    assertThat(ExclusionGlob.compile("*.csv").matchesFile("x/a.csv")).isFalse();
    assertThat(ExclusionGlob.compile("**.csv").matchesFile("x/y/a.csv")).isTrue();
    assertThat(ExclusionGlob.compile("**/a.csv").matchesFile("a.csv")).isTrue();
    assertThat(ExclusionGlob.compile("2024/0?/*").matchesFile("2024/03/x")).isTrue();
    assertThat(ExclusionGlob.compile("[!a]*").matchesFile("a1")).isFalse();
    assertThat(ExclusionGlob.compile("{x,y/z}/**").matchesFolder("y/z")).isTrue();
    assertThat(ExclusionGlob.compile("archive/**").matchesFolder("archive")).isTrue();
    assertThat(ExclusionGlob.compile("archive/**").matchesFolder("archives")).isFalse();
    assertThat(ExclusionGlob.compile("a\\*").matchesFile("a*")).isTrue();
  }

  @Test
  void globs_areEqualByTheirText() {
    assertThat(ExclusionGlob.compile("archive/**")).isEqualTo(ExclusionGlob.compile("archive/**"))
        .hasSameHashCodeAs(ExclusionGlob.compile("archive/**"))
        .isNotEqualTo(ExclusionGlob.compile("archive/*"))
        .hasToString("archive/**");
  }

  @Test
  void definition_whenNoFileHasTheName_isGluesEntityNotFound() {
    try (CrawlFixture fx = new CrawlFixture(temp)) {
      assertThatThrownBy(() -> fx.service.definition("ghost"))
          .isInstanceOf(CrawlerNotFoundException.class)
          .isInstanceOfSatisfying(EntityNotFoundException.class,
              e -> assertThat(e.errorCode()).isEqualTo("EntityNotFoundException"))
          .hasMessageStartingWith("Crawler 'ghost' not found: " + temp.resolve("defs") + " has no ghost.json.");
    }
  }
}
