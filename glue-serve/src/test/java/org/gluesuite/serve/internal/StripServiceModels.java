package org.gluesuite.serve.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Regenerates {@code src/main/resources/org/gluesuite/serve/models/*.json} from botocore's service models (AWS's
 * own, Apache-2.0): the shapes and operations only, documentation removed, one operation or shape per line so that
 * a model update reads as a diff. Run with the botocore {@code data} folder, e.g. the AWS CLI's:
 *
 * <pre>java … org.gluesuite.serve.internal.StripServiceModels /usr/lib/python3/dist-packages/awscli/botocore/data
 *     glue-serve/src/main/resources/org/gluesuite/serve/models</pre>
 */
public final class StripServiceModels {
  private static final List<String> SERVICES = List.of("glue/2017-03-31", "athena/2017-05-18",
      "lakeformation/2017-03-31");
  private static final ObjectMapper JSON = new ObjectMapper();

  private StripServiceModels() {
  }

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    for (String service : SERVICES) {
      Path folder = data.resolve(service);
      Path plain = folder.resolve("service-2.json");
      JsonNode model;
      if (Files.exists(plain)) {
        model = JSON.readTree(plain.toFile());
      } else {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("service-2.json.gz")))) {
          model = JSON.readTree(in);
        }
      }
      strip(model);
      String name = service.replace('/', '-') + ".json";
      Files.writeString(out.resolve(name), render((ObjectNode) model), StandardCharsets.UTF_8);
      System.out.println(out.resolve(name) + ": " + model.get("operations").size() + " operations");
    }
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      object.remove(List.of("documentation", "documentationUrl", "deprecatedMessage", "examples"));
      object.forEach(StripServiceModels::strip);
    } else if (node.isArray()) {
      node.forEach(StripServiceModels::strip);
    }
  }

  /** {"metadata": …, "operations": {one per line}, "shapes": {one per line}}, keys sorted. */
  private static String render(ObjectNode model) throws IOException {
    StringBuilder text = new StringBuilder("{\n\"metadata\":").append(JSON.writeValueAsString(model.get("metadata")));
    for (String section : List.of("operations", "shapes")) {
      text.append(",\n\"").append(section).append("\":{");
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = model.get(section).fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> entry = it.next();
        sorted.put(entry.getKey(), entry.getValue());
      }
      String separator = "\n";
      for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
        text.append(separator).append(JSON.writeValueAsString(entry.getKey())).append(':')
            .append(JSON.writeValueAsString(entry.getValue()));
        separator = ",\n";
      }
      text.append("\n}");
    }
    return text.append("\n}\n").toString();
  }
}
