package org.gluesuite.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict definitions reader: every mistake recorded with file and JSON path, each once, reading goes on. */
class DefinitionNodeTest {
  private enum Mode { FAST, SAFE }

  @TempDir
  Path temp;

  private static List<String> problems(DefinitionNode node) {
    return node.problems().list().stream().map(DefinitionProblem::toString).toList();
  }

  @Test
  void read_whenValid_givesTypedValues_andNoProblems() {
    DefinitionNode root = DefinitionNode.parse("d.json", """
        {"Name": "n", "Size": 3, "On": true, "Mode": "SAFE", "Tags": ["a", "b"], "Params": {"k": "v"},
         "Items": [{"Id": "x"}], "Inner": {"Deep": "y"}, "Config": "{\\"Level\\": 2}"}""");

    root.allowOnly("Name", "Size", "On", "Mode", "Tags", "Params", "Items", "Inner", "Config");
    assertThat(root.string("Name")).isEqualTo("n");
    assertThat(root.integer("Size", 1, 5)).isEqualTo(3);
    assertThat(root.bool("On", false)).isTrue();
    assertThat(root.enumValue("Mode", Mode.class, true)).isEqualTo(Mode.SAFE);
    assertThat(root.strings("Tags")).containsExactly("a", "b");
    assertThat(root.stringMap("Params")).isEqualTo(Map.of("k", "v"));
    assertThat(root.objects("Items")).singleElement().satisfies(item -> {
      assertThat(item.path()).isEqualTo("$.Items[0]");
      assertThat(item.string("Id")).isEqualTo("x");
    });
    assertThat(root.object("Inner").string("Deep")).isEqualTo("y");
    assertThat(root.field("Config").embeddedObject().integer("Level", 0, 9)).isEqualTo(2);
    assertThat(root.optionalString("Missing")).isEmpty();
    assertThat(root.integer("Missing", 0, 1)).isNull();
    assertThat(root.bool("Missing", true)).isTrue();
    assertThat(root.problems().isEmpty()).isTrue();
  }

  @Test
  void everyMistake_isRecorded_withFileAndJsonPath_andReadingGoesOn() {
    DefinitionNode root = DefinitionNode.parse("d.json", """
        {"Nmae": "n", "Size": 9, "On": "yes", "Mode": "safe", "Tags": ["a", 1], "Params": {"k": 2},
         "Items": [{"Id": "x", "Extra": 1}, "y"], "Inner": [], "Empty": "  "}""");

    root.allowOnly("Name", "Size", "On", "Mode", "Tags", "Params", "Items", "Inner", "Empty");
    assertThat(root.string("Name")).isNull();
    assertThat(root.integer("Size", 1, 5)).isNull();
    assertThat(root.bool("On", false)).isFalse();
    assertThat(root.enumValue("Mode", Mode.class, true)).isNull();
    assertThat(root.strings("Tags")).containsExactly("a");
    assertThat(root.stringMap("Params")).isEmpty();
    assertThat(root.objects("Items")).hasSize(1).allSatisfy(item -> item.allowOnly("Id"));
    assertThat(root.object("Inner").isPresent()).isFalse();
    assertThat(root.string("Empty")).isNull();

    assertThat(problems(root)).containsExactly(
        "d.json: $.Nmae: unknown key 'Nmae'; known keys here: [Empty, Inner, Items, Mode, Name, On, Params, Size, "
            + "Tags] (names are case-sensitive, as in AWS's API). Fix the spelling or remove it",
        "d.json: $.Name: is required",
        "d.json: $.Size: must be a whole number from 1 to 5, found a number 9",
        "d.json: $.On: must be true or false (unquoted), found a string \"yes\"",
        "d.json: $.Mode: 'safe' is not one of [FAST, SAFE] (written exactly so)",
        "d.json: $.Tags[1]: must be a string, found a number 1. Quote the value",
        "d.json: $.Params.k: must be a string, found a number 2 (AWS passes every parameter, argument and property "
            + "as text). Quote the value",
        "d.json: $.Items[1]: must be a JSON object { … }, found a string \"y\"",
        "d.json: $.Items[0].Extra: unknown key 'Extra'; known keys here: [Id] (names are case-sensitive, as in AWS's "
            + "API). Fix the spelling or remove it",
        "d.json: $.Inner: must be a JSON object { … }, found an array",
        "d.json: $.Empty: must not be empty");
  }

  @Test
  void aMissingOrBrokenPart_isReportedOnce_notAgainForWhatIsBelowIt() {
    DefinitionNode root = DefinitionNode.parse("d.json", "{\"Inner\": 5}");

    DefinitionNode missing = root.object("Outer");
    DefinitionNode broken = root.object("Inner");
    missing.allowOnly("X").string("Required");
    broken.objects("List");
    broken.problem("would be a second report");
    broken.problemAt("Key", "would be a second report");

    assertThat(missing.isPresent()).isFalse();
    assertThat(problems(root)).containsExactly("d.json: $.Outer: is required",
        "d.json: $.Inner: must be a JSON object { … }, found a number 5");
  }

  @Test
  void noElements_tellsAMissingOrEmptyList_fromAValueOfTheWrongType() {
    DefinitionNode root = DefinitionNode.parse("d.json", "{\"Empty\": [], \"One\": [1], \"Text\": \"x\"}");

    assertThat(root.noElements("Empty")).isTrue();
    assertThat(root.noElements("Absent")).isTrue();
    assertThat(root.noElements("One")).isFalse();
    assertThat(root.noElements("Text")).isFalse();
    assertThat(root.problems().isEmpty()).isTrue();
  }

  @Test
  void syntaxErrors_duplicateKeys_andNonObjects_areProblemsOfTheFile() throws Exception {
    DefinitionProblems problems = new DefinitionProblems();
    DefinitionNode.parse("a.json", "{\"Name\": ", problems);
    DefinitionNode.parse("b.json", "{\"Name\": \"x\", \"Name\": \"y\"}", problems);
    DefinitionNode.parse("c.json", "[1, 2]", problems);
    DefinitionNode.parse("d.json", "{} {}", problems);
    DefinitionNode.read(temp.resolve("missing.json"), "missing.json", problems);
    DefinitionNode embedded = DefinitionNode.parse("e.json", "{\"Config\": \"{oops\"}", problems);
    embedded.field("Config").embeddedObject();

    assertThat(problems.list()).extracting(DefinitionProblem::file, DefinitionProblem::jsonPath).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a.json", "$"), org.assertj.core.groups.Tuple.tuple("b.json", "$"),
        org.assertj.core.groups.Tuple.tuple("c.json", "$"), org.assertj.core.groups.Tuple.tuple("d.json", "$"),
        org.assertj.core.groups.Tuple.tuple("missing.json", "$"),
        org.assertj.core.groups.Tuple.tuple("e.json", "$.Config"));
    assertThat(problems.list().get(0).message()).startsWith("is not valid JSON at line 1, column");
    assertThat(problems.list().get(1).message()).contains("Duplicate field 'Name'");
    assertThat(problems.list().get(2).message()).isEqualTo("must be a JSON object { … }, found an array");
    assertThat(problems.list().get(4).message()).startsWith("cannot be read");
  }

  @Test
  void throwIfAny_listsEveryProblemOfEveryDocument_inDocumentOrder() throws Exception {
    Path file = Files.writeString(temp.resolve("x.json"), "{\"A\": 1}");
    DefinitionNode first = DefinitionNode.read(file);
    DefinitionNode second = DefinitionNode.parse("y.json", "{\"B\": 2}");
    first.allowOnly();
    second.allowOnly();
    first.problem("and one more here");

    assertThatThrownBy(() -> DefinitionProblems.throwIfAny("The test definitions", List.of(first, second)))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          assertThat(e.problems()).extracting(DefinitionProblem::toString).containsExactly(
              file + ": $.A: unknown key 'A'; known keys here: [] (names are case-sensitive, as in AWS's API). Fix "
                  + "the spelling or remove it",
              file + ": $: and one more here",
              "y.json: $.B: unknown key 'B'; known keys here: [] (names are case-sensitive, as in AWS's API). Fix "
                  + "the spelling or remove it");
          assertThat(e.getMessage()).startsWith("The test definitions: 3 problems; nothing ran. Fix each of these:\n"
              + "  - " + file + ": $.A: unknown key 'A'");
          assertThat(e.errorCode()).isEqualTo("InvalidInputException");
        });
    DefinitionProblems.throwIfAny("Nothing wrong", List.of(DefinitionNode.parse("z.json", "{}")));
  }
}
