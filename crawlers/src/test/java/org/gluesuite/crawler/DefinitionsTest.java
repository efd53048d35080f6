package org.gluesuite.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
        .isInstanceOf(CrawlerDefinitionException.class)
        .hasMessageContaining("test.json").hasMessageContaining("unknown key 'Exclusion'")
        .hasMessageContaining("$.Targets.S3Targets[0]").hasMessageContaining("Exclusions");
  }

  @Test
  void badEnum_namesPathAndAllowedValues() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"SchemaChangePolicy\":{\"DeleteBehavior\":\"DROP\"}}"))
        .isInstanceOf(CrawlerDefinitionException.class).hasMessageContaining("test.json")
        .hasMessageContaining("$.SchemaChangePolicy.DeleteBehavior").hasMessageContaining("DEPRECATE_IN_DATABASE");
  }

  @Test
  void badGlob_namesPathAndReason() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\","
        + "\"Exclusions\":[\"ok/**\",\"{a,b\"]}]}}"))
        .isInstanceOf(CrawlerDefinitionException.class)
        .hasMessageContaining("$.Targets.S3Targets[0].Exclusions[1]").hasMessageContaining("never closed");
  }

  @Test
  void badConfigurationValue_andWrongTypes_andMissingKeys_areErrors() {
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"Configuration\":\"{\\\"Grouping\\\":{\\\"TableGroupingPolicy\\\":\\\"Combine\\\"}}\"}"))
        .hasMessageContaining("$.Configuration.Grouping.TableGroupingPolicy");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\","
        + "\"SampleSize\":\"3\"}]}}")).hasMessageContaining("$.Targets.S3Targets[0].SampleSize must be an integer");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]}}"))
        .hasMessageContaining("'DatabaseName' is missing");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"SchemaChangePolicy\":{\"UpdateBehavior\":\"UPDATE_IN_DATABASE\"},"
        + "\"RecrawlPolicy\":{\"RecrawlBehavior\":\"CRAWL_NEW_FOLDERS_ONLY\"}}"))
        .as("new-folders-only needs LOG policies").hasMessageContaining("LOG");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",")).hasMessageContaining("test.json cannot be read");
    assertThatThrownBy(() -> parse("{\"Name\":\"c\",\"DatabaseName\":\"db\",\"Targets\":{\"S3Targets\":[{\"Path\":\"x\"}]},"
        + "\"Classifiers\":[\"nope\"]}")).hasMessageContaining("classifier 'nope' at $.Classifiers[0]");
  }

  @Test
  void badClassifier_namesPath() {
    assertThatThrownBy(() -> DefinitionReader.parseClassifier("g.json",
        "{\"GrokClassifier\":{\"Name\":\"g\",\"Classification\":\"c\",\"GrokPattern\":\"%{NOPE:x}\"}}"))
        .hasMessageContaining("$.GrokClassifier.GrokPattern").hasMessageContaining("unknown grok pattern %{NOPE}");
    assertThatThrownBy(() -> DefinitionReader.parseClassifier("g.json",
        "{\"GrokClassifier\":{\"Name\":\"g\",\"Classification\":\"c\",\"GrokPattern\":\"%{INT:n:array}\"}}"))
        .hasMessageContaining("$.GrokClassifier.GrokPattern").hasMessageContaining("unknown grok field type 'array'");
    assertThatThrownBy(() -> DefinitionReader.parseClassifier("c.json",
        "{\"CsvClassifier\":{\"Name\":\"c\",\"ContainsHeader\":\"MAYBE\"}}"))
        .hasMessageContaining("$.CsvClassifier.ContainsHeader").hasMessageContaining("PRESENT");
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
}
