package org.gluesuite.serve.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluesuite.serve.ServeErrors;

/**
 * One request to an {@link Operation}: the operation's name, its input (validated against the service model) and the
 * {@link Caller}. Members are read with Glue's JSON names; {@link #read} binds a member to the suite's records (which
 * carry those names), and a member the record cannot take is an {@code InvalidInputException} naming it.
 */
public final class OperationCall {
  private final String operation;
  private final JsonNode input;
  private final Caller caller;
  private final ObjectMapper json;

  public OperationCall(String operation, JsonNode input, Caller caller, ObjectMapper json) {
    this.operation = operation;
    this.input = input;
    this.caller = caller;
    this.json = json;
  }

  public String operation() {
    return operation;
  }

  public JsonNode input() {
    return input;
  }

  public Caller caller() {
    return caller;
  }

  /** A string member the model requires (so it is present). */
  public String string(String member) {
    return optionalString(member).orElseThrow(() -> new IllegalStateException(member + " of " + operation
        + " is not required by the model; read it with optionalString"));
  }

  public Optional<String> optionalString(String member) {
    JsonNode node = input.get(member);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  public Optional<Integer> optionalInt(String member) {
    JsonNode node = input.get(member);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asInt());
  }

  /** A boolean member, false when absent. */
  public boolean flag(String member) {
    JsonNode node = input.get(member);
    return node != null && node.asBoolean();
  }

  /** The member bound to {@code type}, or null when it is absent. */
  public <T> T read(String member, Class<T> type) {
    JsonNode node = input.get(member);
    return node == null || node.isNull() ? null : bind(node, type, member);
  }

  /** A list member, each element bound to {@code type}; empty when absent. */
  public <T> List<T> readList(String member, Class<T> type) {
    JsonNode node = input.get(member);
    List<T> items = new ArrayList<>();
    if (node != null) {
      for (int i = 0; i < node.size(); i++) {
        items.add(bind(node.get(i), type, member + "[" + i + "]"));
      }
    }
    return items;
  }

  private <T> T bind(JsonNode node, Class<T> type, String path) {
    try {
      return json.treeToValue(node, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String reason = root instanceof NullPointerException && root.getMessage() != null
          ? root.getMessage() + " is missing" : String.valueOf(root.getMessage());
      throw ServeErrors.unusableMember(operation, path, reason, type.getSimpleName());
    }
  }
}
