package org.gluesuite.runtime.frame;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Column;

/** The columns of a catalog table, for resolveChoice {@code match_catalog}. Any catalog implementation fits. */
public record CatalogSchema(StructType columns) {
  /** No catalog table: {@code match_catalog} is then an error. */
  public static final CatalogSchema NONE = new CatalogSchema(new StructType());

  public CatalogSchema {
    Objects.requireNonNull(columns, "columns");
  }

  public static CatalogSchema of(StructType columns) {
    return new CatalogSchema(columns);
  }

  /** From Glue catalog columns, whose types are Hive type strings such as {@code bigint} or {@code array<int>}. */
  public static CatalogSchema of(List<Column> columns) {
    StructType out = new StructType();
    for (Column c : columns) {
      try {
        out = out.add(c.name(), DataType.fromDDL(c.type()));
      } catch (Exception e) { // Spark's ParseException
        throw FrameErrors.unknownType(c.type(), "catalog column '" + c.name() + "'");
      }
    }
    return new CatalogSchema(out);
  }

  static StructType empty() {
    return DataTypes.createStructType(List.of());
  }
}
