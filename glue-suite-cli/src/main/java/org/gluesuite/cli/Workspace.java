package org.gluesuite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.catalog.CatalogLocation;

/**
 * The local workspace: the lake (a plain folder standing in for S3), the embedded catalog, run records
 * and Spark's scratch space. Several processes may use one workspace at once.
 */
public record Workspace(Path root) {

  public Workspace {
    root = root.toAbsolutePath().normalize();
  }

  public Path lake() {
    return root.resolve("lake");
  }

  public Path catalogDir() {
    return root.resolve("catalog");
  }

  /** The workspace's catalog: the embedded one in {@link #catalogDir()}; open it with {@code org.gluesuite.aws.DataCatalogs.open}. */
  public CatalogLocation catalogLocation() {
    return CatalogLocation.embedded(catalogDir());
  }

  public Path jobRuns() {
    return root.resolve("runs").resolve("jobs");
  }

  /** Jobs made with Glue's {@code CreateJob} through {@code serve}: {@code jobs/NAME.json}, shared by every workflow. */
  public Path jobDefinitions() {
    return root.resolve("jobs");
  }

  /** Crawler state, last crawls and run reports. */
  public Path crawlers() {
    return root.resolve("crawlers");
  }

  /** Workflow run history and reports: {@code runs/workflows/<workflow>/<runId>.json|.html}. */
  public Path workflowRuns() {
    return root.resolve("runs").resolve("workflows");
  }

  /** EVENT trigger inbox: {@code events/<workflow>/<eventId>.json}. */
  public Path events() {
    return root.resolve("events");
  }

  /** Data quality result history: {@code dq/tables/<database>.<table>/<result id>.json}, {@code dq/contexts/…}. */
  public Path dataQuality() {
    return root.resolve("dq");
  }

  /** Table profiles: {@code profiles/<database>.<table>/quality.json} and {@code quality.html}. */
  public Path profiles() {
    return root.resolve("profiles");
  }

  public Path scratch() {
    return root.resolve("tmp");
  }

  public Workspace create() {
    try {
      Files.createDirectories(lake());
      Files.createDirectories(catalogDir());
      Files.createDirectories(jobRuns());
      Files.createDirectories(scratch());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the workspace at " + root + ": " + e.getMessage()
          + ". Pass a writable folder with --workspace DIR.", e);
    }
  }
}
