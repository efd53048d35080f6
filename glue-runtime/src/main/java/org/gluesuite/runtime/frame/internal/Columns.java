package org.gluesuite.runtime.frame.internal;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.frame.internal.FieldPath.Elements;
import org.gluesuite.runtime.frame.internal.FieldPath.Name;

/** Column references by field name and by path through structs. */
public final class Columns {
  private Columns() {
  }

  /** A top-level column by its exact name, even when the name contains dots or back-quotes. */
  public static Column top(String name) {
    return functions.col("`" + name.replace("`", "``") + "`");
  }

  /** A column and its logical type at a path that crosses only structs. */
  public record Resolved(Column column, GlueType type, String exactPath) {
  }

  /**
   * Resolves a path through structs only.
   *
   * @return null when a name on the path does not exist
   * @throws org.gluesuite.runtime.frame.FramePathException when the path crosses an array or a choice
   */
  public static Resolved resolve(StructType schema, FieldPath path, boolean caseSensitive, String transformation) {
    Column column = null;
    GlueType type = schema;
    StringBuilder exact = new StringBuilder();
    for (FieldPath.Segment s : path.segments()) {
      if (s instanceof Elements || type instanceof ArrayType) {
        throw FrameErrors.pathUnderArray(transformation, path.text());
      }
      if (type instanceof ChoiceType) {
        throw FrameErrors.pathThroughChoice(path.text(), type);
      }
      if (!(type instanceof StructType struct)) {
        throw FrameErrors.notAStruct(path.text(), type);
      }
      Field f = struct.field(((Name) s).name(), caseSensitive).orElse(null);
      if (f == null) {
        return null;
      }
      column = column == null ? top(f.name()) : column.getField(f.name());
      type = f.type();
      if (exact.length() > 0) {
        exact.append('.');
      }
      exact.append(FieldPath.quoteIfNeeded(f.name()));
    }
    return new Resolved(column, type, exact.toString());
  }

  /** The logical type at a path that may cross arrays ({@code items[].price}); null when absent. */
  public static GlueType typeAt(GlueType root, FieldPath path, boolean caseSensitive) {
    GlueType type = root;
    for (FieldPath.Segment s : path.segments()) {
      if (s instanceof Elements) {
        if (!(type instanceof ArrayType a)) {
          return null;
        }
        type = a.elementType();
      } else {
        if (type instanceof ArrayType a) {
          type = a.elementType(); // a catalog path may omit [] before a field of array elements
        }
        if (!(type instanceof StructType struct)) {
          return null;
        }
        Field f = struct.field(((Name) s).name(), caseSensitive).orElse(null);
        if (f == null) {
          return null;
        }
        type = f.type();
      }
    }
    return type;
  }
}
