package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.deploy.ResourceKind;
import org.gluesuite.schemas.DeclaredDatabase;
import org.gluesuite.schemas.DeclaredTable;

/**
 * The repository's definitions, validated by their own readers and checked against each other: databases and
 * tables as the schema reader typed them, the other Glue resources as their validated request documents (with
 * the deployment's artifact locations filled in), the Lake Formation items, and the artifacts the jobs name.
 */
public record DesiredState(List<DeclaredDatabase> databases, List<DeclaredTable> tables, List<Document> documents,
    List<LfItem> lakeFormation, List<Artifact> artifacts) {

  /** One Glue resource in its {@code CreateX} request shape, read from {@code source}. */
  public record Document(ResourceKind kind, String name, String source, ObjectNode request) {
  }

  /** A file jobs name by its S3 location; {@code file} null is the placeholder script of jar-based jobs. */
  public record Artifact(String key, Path file) {
  }

  public DesiredState {
    databases = List.copyOf(databases);
    tables = List.copyOf(tables);
    documents = List.copyOf(documents);
    lakeFormation = List.copyOf(lakeFormation);
    artifacts = List.copyOf(artifacts);
  }

  public List<Document> documents(ResourceKind kind) {
    return documents.stream().filter(d -> d.kind() == kind).toList();
  }
}
