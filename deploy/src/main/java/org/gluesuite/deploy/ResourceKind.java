package org.gluesuite.deploy;

/**
 * What the deployer manages, in dependency order: a kind is created after every kind before it (a table needs its
 * database; Lake Formation's registrations, LF-Tags, tag assignments, data cells filters and grants need the tables
 * and each other in that order; a crawler the database it writes to; a trigger its
 * jobs, crawlers and workflow; a data quality ruleset its table) and deleted before them.
 */
public enum ResourceKind {
  DATABASE("database"),
  TABLE("table"),
  LOCATION("lf-location"),
  LF_TAG("lf-tag"),
  LF_TAG_ASSIGNMENT("lf-tag-assignment"),
  DATA_CELLS_FILTER("data-cells-filter"),
  GRANT("lf-grant"),
  CRAWLER("crawler"),
  JOB("job"),
  WORKFLOW("workflow"),
  TRIGGER("trigger"),
  RULESET("ruleset");

  private final String label;

  ResourceKind(String label) {
    this.label = label;
  }

  /** How plans name the kind: {@code database}, {@code table}, … */
  public String label() {
    return label;
  }
}
