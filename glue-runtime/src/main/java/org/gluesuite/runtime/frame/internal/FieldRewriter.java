package org.gluesuite.runtime.frame.internal;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.gluesuite.common.GlueSuiteException;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.runtime.frame.FrameErrors;
import org.gluesuite.runtime.frame.internal.FieldPath.Elements;
import org.gluesuite.runtime.frame.internal.FieldPath.Name;
import org.gluesuite.runtime.types.SparkTypes;
import scala.runtime.AbstractFunction1;

/**
 * Replaces the field a path points to with zero, one or several new fields, rebuilding every enclosing struct
 * (null structs stay null) and every enclosing array (through Spark's {@code transform}). This one primitive
 * drives dropFields, renameField and all resolveChoice actions, at any depth.
 */
public final class FieldRewriter {
  private FieldRewriter() {
  }

  /** A field of the rewritten struct: its name, its value and its logical type. */
  public record NewField(String name, Column column, GlueType type) {
  }

  /** Computes the fields that replace the one the path points to. */
  @FunctionalInterface
  public interface LeafRewrite {
    List<NewField> apply(String name, Column value, GlueType type, FieldPath path);
  }

  /** The path does not exist; callers decide whether that is an error. */
  public static final class NotFound extends GlueSuiteException {
    private static final long serialVersionUID = 1L;
    private final String path;

    NotFound(String path) {
      super(path, null, false);
      this.path = path;
    }

    public String path() {
      return path;
    }
  }

  /** The frame's new top-level columns (aliased) and schema. */
  public record Result(List<Column> columns, StructType schema) {
  }

  public static Result rewrite(StructType schema, FieldPath path, boolean caseSensitive, LeafRewrite leaf) {
    List<NewField> fields = rewriteFields(schema, Columns::top, path, path, caseSensitive, leaf);
    List<Column> columns = new ArrayList<>();
    List<Field> out = new ArrayList<>();
    for (NewField f : fields) {
      columns.add(f.column().as(f.name()));
      out.add(new Field(f.name(), f.type()));
    }
    return new Result(columns, new StructType(out));
  }

  private static List<NewField> rewriteFields(StructType struct, Function<String, Column> access, FieldPath rest,
      FieldPath full, boolean caseSensitive, LeafRewrite leaf) {
    if (!(rest.first() instanceof Name name)) {
      throw FrameErrors.malformedPath(full.text(), "[] must follow an array field");
    }
    Field target = struct.field(name.name(), caseSensitive).orElseThrow(() -> new NotFound(full.text()));
    List<NewField> out = new ArrayList<>();
    for (Field f : struct.fields()) {
      Column value = access.apply(f.name());
      if (f != target) {
        out.add(new NewField(f.name(), value, f.type()));
      } else if (rest.size() == 1) {
        out.addAll(leaf.apply(f.name(), value, f.type(), full));
      } else {
        NewField nested = rewriteValue(value, f.type(), rest.rest(), full, caseSensitive, leaf);
        out.add(new NewField(f.name(), nested.column(), nested.type()));
      }
    }
    return out;
  }

  private static NewField rewriteValue(Column value, GlueType type, FieldPath rest, FieldPath full,
      boolean caseSensitive, LeafRewrite leaf) {
    if (rest.first() instanceof Elements) {
      if (!(type instanceof ArrayType array)) {
        throw FrameErrors.notAnArray(full.text(), type);
      }
      if (rest.size() == 1) {
        throw FrameErrors.malformedPath(full.text(), "the path must end with a field name, not []");
      }
      GlueType[] elementType = new GlueType[1];
      Column transformed = functions.transform(value, new AbstractFunction1<Column, Column>() {
        @Override
        public Column apply(Column element) {
          NewField nested = rewriteValue(element, array.elementType(), rest.rest(), full, caseSensitive, leaf);
          elementType[0] = nested.type();
          return nested.column();
        }
      });
      return new NewField(null, transformed, new ArrayType(elementType[0]));
    }
    if (type instanceof ChoiceType) {
      throw FrameErrors.pathThroughChoice(full.text(), type);
    }
    if (!(type instanceof StructType struct)) {
      if (type instanceof ArrayType) {
        throw FrameErrors.arrayNeedsElements(full.text());
      }
      throw FrameErrors.notAStruct(full.text(), type);
    }
    List<NewField> fields = rewriteFields(struct, value::getField, rest, full, caseSensitive, leaf);
    return rebuildStruct(value, fields);
  }

  /** A struct of the given fields that is null wherever {@code original} is null. */
  public static NewField rebuildStruct(Column original, List<NewField> fields) {
    List<Field> types = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (NewField f : fields) {
      types.add(new Field(f.name(), f.type()));
      columns.add(f.column().as(f.name()));
    }
    StructType type = new StructType(types);
    Column rebuilt = when(original.isNull(), lit(null).cast(SparkTypes.toSpark(type)))
        .otherwise(struct(columns.toArray(new Column[0])));
    return new NewField(null, rebuilt, type);
  }
}
