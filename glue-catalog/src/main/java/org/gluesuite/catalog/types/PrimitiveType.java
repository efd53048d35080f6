package org.gluesuite.catalog.types;

/** Hive's primitive types, plus {@code null}: the type of a field never seen with a value (frames only). */
public enum PrimitiveType implements GlueType {
  NULL("null", "null"),
  BOOLEAN("boolean", "boolean"),
  TINYINT("tinyint", "byte"),
  SMALLINT("smallint", "short"),
  INT("int", "int"),
  BIGINT("bigint", "long"),
  FLOAT("float", "float"),
  DOUBLE("double", "double"),
  STRING("string", "string"),
  DATE("date", "date"),
  TIMESTAMP("timestamp", "timestamp"),
  BINARY("binary", "binary");

  private final String catalogName;
  private final String frameName;

  PrimitiveType(String catalogName, String frameName) {
    this.catalogName = catalogName;
    this.frameName = frameName;
  }

  /** The Hive name, e.g. {@code bigint}. */
  public String catalogName() {
    return catalogName;
  }

  /** The DynamicFrame name, e.g. {@code long}. */
  public String frameName() {
    return frameName;
  }

  @Override
  public String kind() {
    return frameName;
  }

  @Override
  public String toString() {
    return frameName;
  }
}
