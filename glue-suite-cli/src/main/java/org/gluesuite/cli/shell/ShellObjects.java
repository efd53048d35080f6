package org.gluesuite.cli.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.glue.GlueContext;
import org.gluesuite.runtime.context.GlueSuiteContext;

/**
 * The ready objects of an interactive shell. jshell runs the shell's snippets in this JVM (local execution), and its
 * startup snippet takes them from {@link #current()}; one shell is open per JVM at a time.
 */
public final class ShellObjects {
  private static final AtomicReference<ShellObjects> CURRENT = new AtomicReference<>();

  private final GlueContext glueContext;
  private final GlueSuiteContext glue;
  private final String principal;
  private final Path workspace;

  /** {@code glue} is the runtime context (catalog, Lake Formation policy); {@code glueContext} Glue's API over it. */
  public ShellObjects(GlueContext glueContext, GlueSuiteContext glue, String principal, Path workspace) {
    this.glueContext = Objects.requireNonNull(glueContext, "glueContext");
    this.glue = Objects.requireNonNull(glue, "glue");
    this.principal = Objects.requireNonNull(principal, "principal");
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** The objects of the shell open in this JVM, for its startup snippet. */
  public static ShellObjects current() {
    ShellObjects objects = CURRENT.get();
    if (objects == null) {
      throw new IllegalStateException("No interactive shell is open in this JVM, so there are no ready objects to "
          + "bind: they exist only while the shell that made them runs.");
    }
    return objects;
  }

  /** Makes these the current objects until the returned handle is closed. */
  AutoCloseable bind() {
    if (!CURRENT.compareAndSet(null, this)) {
      throw new IllegalStateException("An interactive shell is already open in this JVM; close it first.");
    }
    return () -> CURRENT.compareAndSet(this, null);
  }

  public GlueContext glueContext() {
    return glueContext;
  }

  public GlueSuiteContext glue() {
    return glue;
  }

  public SparkSession spark() {
    return glue.spark();
  }

  public SparkContext sc() {
    return glue.spark().sparkContext();
  }

  public DataCatalog catalog() {
    return glue.catalog();
  }

  public String principal() {
    return principal;
  }

  /** What {@code help()} prints: each ready object, its type and a first call. */
  public String help() {
    return String.join(System.lineSeparator(),
        "Ready objects (workspace " + workspace + ", Lake Formation principal " + principal + "):",
        "  glueContext  org.gluesuite.glue.GlueContext   Glue's API (Scala defaults passed explicitly from Java):",
        "      glueContext.getCatalogSource(\"db\", \"table\", \"\", \"\", \" \", JsonOptions.empty(), null)"
            + ".getDynamicFrame().count()",
        "  glue         GlueSuiteContext                 the runtime's Java API: glue.getCatalogSource(\"db\", \"table\")"
            + ".getFrame().show()",
        "  spark        SparkSession                     spark.read().parquet(path), spark.sql(…)",
        "  sc           SparkContext                     spark.sparkContext()",
        "  catalog      DataCatalog                      catalog.getDatabases(), catalog.getTables(\"db\")",
        "Reads and writes through glueContext and glue are decided by Lake Formation for the principal.",
        "Tab completes names and members; /help is jshell's own help; /exit leaves.", "");
  }
}
