package org.gluesuite.workflow.definition;

import java.util.Objects;

/** A job or crawler node of a workflow graph, by type and name. */
public record NodeRef(NodeType type, String name) {
  public NodeRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }

  public static NodeRef job(String name) {
    return new NodeRef(NodeType.JOB, name);
  }

  public static NodeRef crawler(String name) {
    return new NodeRef(NodeType.CRAWLER, name);
  }

  @Override
  public String toString() {
    return type.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
  }
}
