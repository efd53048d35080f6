package org.gluesuite.serve.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One AWS service's model as botocore publishes it (shapes and operations, documentation removed; see
 * {@code models/README}): the authority for operation names, each input's shape, required members, types and
 * constraints, and the HTTP status of each error.
 */
public final class ServiceModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String resource;
  private final JsonNode metadata;
  private final Map<String, JsonNode> operations;
  private final JsonNode shapes;

  private ServiceModel(String resource, JsonNode root) {
    this.resource = resource;
    this.metadata = root.get("metadata");
    this.shapes = root.get("shapes");
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("operations").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> operation = it.next();
      byName.put(operation.getKey(), operation.getValue());
    }
    this.operations = Map.copyOf(byName);
  }

  /** The model in {@code models/<name>.json} on the class path, e.g. {@code glue-2017-03-31}. */
  public static ServiceModel load(String name) {
    String resource = "/org/gluesuite/serve/models/" + name + ".json";
    try (InputStream in = ServiceModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The service model " + resource + " is missing from the class path");
      }
      return new ServiceModel(resource, JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the service model " + resource, e);
    }
  }

  /** The service's full name, e.g. {@code AWS Glue}. */
  public String fullName() {
    return metadata.path("serviceFullName").asText();
  }

  /** {@code json} (JSON 1.x with {@code X-Amz-Target}) or {@code rest-json}. */
  public String protocol() {
    return metadata.path("protocol").asText();
  }

  /** The {@code X-Amz-Target} prefix of a JSON service, e.g. {@code AWSGlue}. */
  public String targetPrefix() {
    return metadata.path("targetPrefix").asText();
  }

  /** The name SigV4 signs requests for, e.g. {@code glue}. */
  public String signingName() {
    String signing = metadata.path("signingName").asText();
    return signing.isEmpty() ? metadata.path("endpointPrefix").asText() : signing;
  }

  /** {@code application/x-amz-json-1.1} or {@code application/json}. */
  public String contentType() {
    return protocol().equals("json") ? "application/x-amz-json-" + metadata.path("jsonVersion").asText("1.1")
        : "application/json";
  }

  public boolean hasOperation(String operation) {
    return operations.containsKey(operation);
  }

  /** The operation whose HTTP binding is {@code method path}, for REST services. */
  public Optional<String> operationAt(String method, String path) {
    return operations.values().stream()
        .filter(op -> op.path("http").path("method").asText().equals(method)
            && op.path("http").path("requestUri").asText().equals(path))
        .map(op -> op.path("name").asText())
        .findFirst();
  }

  /** The input shape's name, or empty for an operation without input. */
  public Optional<String> inputShape(String operation) {
    JsonNode input = operations.get(operation).path("input").path("shape");
    return input.isMissingNode() ? Optional.empty() : Optional.of(input.asText());
  }

  JsonNode shape(String name) {
    JsonNode shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalStateException("Shape " + name + " is missing from " + resource);
    }
    return shape;
  }

  /** The HTTP status the model gives an error code, or empty when it gives none. */
  public Optional<Integer> errorStatus(String code) {
    JsonNode shape = shapes.get(code);
    if (shape == null || !shape.path("exception").asBoolean()) {
      return Optional.empty();
    }
    JsonNode status = shape.path("error").path("httpStatusCode");
    return status.isInt() ? Optional.of(status.asInt()) : Optional.empty();
  }

  @Override
  public String toString() {
    return fullName() + " (" + resource + ")";
  }
}
