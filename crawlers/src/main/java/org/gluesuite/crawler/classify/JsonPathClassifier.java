package org.gluesuite.crawler.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.crawler.definition.ClassifierDefinition;

/**
 * A custom JSON classifier ({@code JsonClassifier}): a JsonPath of dotted names and {@code [*]} selects the
 * records inside each document, e.g. {@code $[*]} for a top-level array or {@code $.data.items[*]}.
 * Certainty 1.0 when the path selects at least one object, else 0.
 */
public final class JsonPathClassifier implements FileClassifier {
  private final ClassifierDefinition.Json definition;
  private final List<String> steps;

  public JsonPathClassifier(ClassifierDefinition.Json definition) {
    this.definition = definition;
    this.steps = steps(definition.jsonPath());
  }

  /**
   * The steps of a JsonPath ({@code $}, then {@code .name} and {@code [*]}).
   *
   * @throws IllegalArgumentException saying where the path leaves that syntax; definition readers report it
   */
  public static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    String rest = path.substring(1);
    while (!rest.isEmpty()) {
      if (rest.startsWith("[*]")) {
        steps.add("[*]");
        rest = rest.substring(3);
      } else if (rest.startsWith(".")) {
        int end = 1;
        while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
          end++;
        }
        steps.add(rest.substring(1, end));
        rest = rest.substring(end);
      } else {
        throw new IllegalArgumentException("unsupported JsonPath syntax at '" + rest + "'");
      }
    }
    return steps;
  }

  @Override
  public String name() {
    return definition.name();
  }

  @Override
  public Optional<Classification> classify(FileSample sample) throws SkippedFileException {
    String text = sample.text(10 * FileSample.MB);
    if (!JsonRecords.looksLikeJson(text)) {
      return Optional.empty();
    }
    JsonRecords.Parsed parsed = JsonRecords.parse(text);
    List<JsonNode> selected = new ArrayList<>();
    for (JsonNode document : parsed.records()) {
      select(document, 0, selected);
    }
    if (selected.isEmpty() || selected.stream().noneMatch(JsonNode::isObject)) {
      return Optional.empty();
    }
    return Optional.of(JsonClassifier.classification(name(), selected, parsed, sample,
        Map.of("jsonPath", definition.jsonPath())));
  }

  private void select(JsonNode node, int step, List<JsonNode> out) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return;
    }
    if (step == steps.size()) {
      out.add(node);
      return;
    }
    String s = steps.get(step);
    if ("[*]".equals(s)) {
      if (node.isArray()) {
        node.forEach(child -> select(child, step + 1, out));
      }
    } else {
      select(node.get(s), step + 1, out);
    }
  }
}
