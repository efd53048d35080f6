package org.gluesuite.catalog.types;

import java.util.Locale;

/** Hive's primitive types, plus {@code null}: the type of a field never seen with a value (frames only). */
public enum PrimitiveType implements GlueType {
  NULL("null"),
  BOOLEAN("boolean"),
  TINYINT("byte"),
  SMALLINT("short"),
  INT("int"),
  BIGINT("long"),
  FLOAT("float"),
  DOUBLE("double"),
  STRING("string"),
  DATE("date"),
  TIMESTAMP("timestamp"),
  BINARY("binary");

  private final String frameName;

  PrimitiveType(String frameName) {
    this.frameName = frameName;
  }

  /** The Hive name: the constant's name in lower case, e.g. {@code bigint}. */
  public String catalogName() {
    return name().toLowerCase(Locale.ROOT);
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
