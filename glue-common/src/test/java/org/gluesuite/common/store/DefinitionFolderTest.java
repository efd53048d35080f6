package org.gluesuite.common.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionFolderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static ObjectNode definition(String name, String script) {
    return JSON.createObjectNode().put("Name", name).put("ScriptLocation", script);
  }

  @Test
  void writesReadsListsAndDeletes_wholeFilesUnderGluesNames() throws Exception {
    DefinitionFolder folder = new DefinitionFolder(dir.resolve("jobs"));
    assertThat(folder.names()).as("a folder not created yet is empty").isEmpty();

    folder.write("train", definition("train", "a.sql"));
    folder.write("clean", definition("clean", "b.sql"));
    folder.write("train", definition("train", "c.sql"));

    assertThat(folder.names()).containsExactly("clean", "train");
    assertThat(folder.read("train")).get().extracting(n -> n.get("ScriptLocation").asText()).isEqualTo("c.sql");
    try (var files = Files.list(dir.resolve("jobs"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("clean.json", "train.json");
    }
    assertThat(folder.delete("train")).isTrue();
    assertThat(folder.delete("train")).isFalse();
    assertThat(folder.read("train")).isEmpty();
  }

  @Test
  void namesOutsideGluesRule_andFilesThatAreNotObjects_areRefused() throws Exception {
    DefinitionFolder folder = new DefinitionFolder(dir);

    assertThat(DefinitionFolder.isName("air-quality.clean_1")).isTrue();
    assertThat(DefinitionFolder.isName("../catalog")).isFalse();
    assertThat(DefinitionFolder.isName("a/b")).isFalse();
    assertThat(DefinitionFolder.isName("")).isFalse();
    assertThatThrownBy(() -> folder.file("../x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'../x' is not a resource name");
    Files.writeString(dir.resolve("list.json"), "[1, 2]");
    assertThatThrownBy(() -> folder.read("list")).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("list.json").hasMessageContaining("does not hold one JSON object");
  }
}
