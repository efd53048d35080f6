package org.gluesuite.deploy;

/**
 * What the deployer manages, in dependency order: a kind is created after every kind before it (a table needs its
 * database, a crawler the database it writes to, a trigger its jobs, crawlers and workflow) and deleted before them.
 */
public enum ResourceKind {
  DATABASE("database"),
  TABLE("table"),
  CRAWLER("crawler"),
  JOB("job"),
  WORKFLOW("workflow"),
  TRIGGER("trigger");

  private final String label;

  ResourceKind(String label) {
    this.label = label;
  }

  /** How plans name the kind: {@code database}, {@code table}, … */
  public String label() {
    return label;
  }
}
