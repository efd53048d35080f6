package org.gluesuite.runtime.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FieldRewriter;
import org.gluesuite.runtime.frame.internal.FieldRewriter.NewField;
import scala.runtime.AbstractFunction1;

/** The steps that only reshape fields: no record is read, no error record can appear. */
final class FieldSteps {
  private FieldSteps() {
  }

  // ---- dropNullFields ---------------------------------------------------------------------------------------

  static GlueFrame dropNullFields(GlueFrame frame) {
    List<Column> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (Field f : frame.schema().fields()) {
      NewField pruned = prune(Columns.top(f.name()), f.type());
      if (pruned != null) {
        columns.add(pruned.column().as(f.name()));
        fields.add(new Field(f.name(), pruned.type()));
      }
    }
    return frame.derive(frame.toDF().select(columns.toArray(new Column[0])), new StructType(fields));
  }

  /** The value without its null-typed fields; null when the value itself is null-typed. */
  private static NewField prune(Column value, GlueType type) {
    if (type.isNull()) {
      return null;
    }
    GlueType pruned = pruneType(type);
    if (pruned.equals(type)) {
      return new NewField(null, value, type);
    }
    if (type instanceof StructType s) {
      List<NewField> kept = new ArrayList<>();
      for (Field f : s.fields()) {
        NewField p = prune(value.getField(f.name()), f.type());
        if (p != null) {
          kept.add(new NewField(f.name(), p.column(), p.type()));
        }
      }
      return FieldRewriter.rebuildStruct(value, kept);
    }
    ArrayType a = (ArrayType) type;
    Column transformed = functions.transform(value, new AbstractFunction1<Column, Column>() {
      @Override
      public Column apply(Column element) {
        return prune(element, a.elementType()).column();
      }
    });
    return new NewField(null, transformed, pruned);
  }

  /** Structs lose their null-typed fields, arrays of structs too; maps and choices are left alone. */
  private static GlueType pruneType(GlueType type) {
    if (type instanceof StructType s) {
      List<Field> kept = new ArrayList<>();
      for (Field f : s.fields()) {
        if (!f.type().isNull()) {
          kept.add(new Field(f.name(), pruneType(f.type())));
        }
      }
      return new StructType(kept);
    }
    if (type instanceof ArrayType a && !a.elementType().isNull()) {
      return new ArrayType(pruneType(a.elementType()));
    }
    return type;
  }

  // ---- dropFields / renameField / selectFields ---------------------------------------------------------------

  static GlueFrame dropFields(GlueFrame frame, List<String> paths) {
    Dataset<Row> data = frame.toDF();
    StructType schema = frame.schema();
    for (String p : paths) {
      try {
        FieldRewriter.Result r = FieldRewriter.rewrite(schema, FieldPath.parse(p), true,
            (name, value, type, full) -> List.of());
        data = data.select(r.columns().toArray(new Column[0]));
        schema = r.schema();
      } catch (FieldRewriter.NotFound ignored) {
        // Glue ignores paths no record has: the schema comes from the data, so it may lack them this time.
      }
    }
    return frame.derive(data, schema);
  }

  static GlueFrame renameField(GlueFrame frame, String oldPath, String newPath) {
    FieldPath from = FieldPath.parse(oldPath);
    FieldPath to = FieldPath.parse(newPath);
    StructType schema = frame.schema();
    if (Columns.typeAt(schema, to, true) != null) {
      throw FrameErrors.fieldExists("renameField", newPath);
    }
    boolean sameParent = from.size() == to.size() && from.parent().equals(to.parent());
    if (sameParent) {
      String newName = to.leafName();
      try {
        FieldRewriter.Result r = FieldRewriter.rewrite(schema, from, true,
            (name, value, type, full) -> List.of(new NewField(newName, value, type)));
        return frame.derive(frame.toDF().select(r.columns().toArray(new Column[0])), r.schema());
      } catch (FieldRewriter.NotFound e) {
        throw FrameErrors.fieldNotFound("renameField", oldPath, schema.fieldNames());
      }
    }
    if (to.size() != 1) {
      throw FrameErrors.renameAcrossStructs(oldPath, newPath);
    }
    Columns.Resolved at = Columns.resolve(schema, from, true, "renameField");
    if (at == null) {
      throw FrameErrors.fieldNotFound("renameField", oldPath, schema.fieldNames());
    }
    Dataset<Row> moved = frame.toDF().select(allOf(frame.schema(), at.column().as(to.leafName())));
    // Select the moved value from the original data, then drop the old path from that.
    GlueFrame withMoved = frame.derive(moved, appended(frame.schema(), to.leafName(), at.type()));
    return dropFields(withMoved, List.of(oldPath));
  }

  private static Column[] allOf(StructType schema, Column extra) {
    List<Column> out = new ArrayList<>();
    for (String name : schema.fieldNames()) {
      out.add(Columns.top(name));
    }
    out.add(extra);
    return out.toArray(new Column[0]);
  }

  private static StructType appended(StructType schema, String name, GlueType type) {
    List<Field> fields = new ArrayList<>(schema.fields());
    fields.add(new Field(name, type));
    return new StructType(fields);
  }

  static GlueFrame selectFields(GlueFrame frame, List<String> names) {
    List<Column> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (String n : names) {
      FieldPath path = FieldPath.parse(n);
      if (path.size() != 1) {
        throw FrameErrors.topLevelOnly("selectFields", n);
      }
      frame.schema().field(path.leafName()).ifPresent(f -> {
        columns.add(Columns.top(f.name()));
        fields.add(f);
      });
    }
    return frame.derive(frame.toDF().select(columns.toArray(new Column[0])), new StructType(fields));
  }

  // ---- splitFields --------------------------------------------------------------------------------------------

  static Split<GlueFrame> splitFields(GlueFrame frame, List<String> paths) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (String p : paths) {
      FieldPath path = FieldPath.parse(p);
      if (path.hasElements()) {
        throw FrameErrors.pathUnderArray("splitFields", p);
      }
      addPath(tree, path.names());
    }
    List<NewField> selected = project(frame.schema(), Columns::top, tree, "");
    List<Column> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (NewField f : selected) {
      columns.add(f.column().as(f.name()));
      fields.add(new Field(f.name(), f.type()));
    }
    GlueFrame first = frame.derive(frame.toDF().select(columns.toArray(new Column[0])), new StructType(fields));
    return new Split<>(first, dropFields(frame, paths));
  }

  @SuppressWarnings("unchecked")
  private static void addPath(Map<String, Object> tree, List<String> names) {
    Map<String, Object> current = tree;
    for (int i = 0; i < names.size(); i++) {
      Object existing = current.get(names.get(i));
      if (existing == Boolean.TRUE) {
        return; // an enclosing field is already selected whole
      }
      if (i == names.size() - 1) {
        current.put(names.get(i), Boolean.TRUE);
      } else {
        current = (Map<String, Object>) current.computeIfAbsent(names.get(i), k -> new LinkedHashMap<>());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<NewField> project(StructType struct, Function<String, Column> access,
      Map<String, Object> tree, String prefix) {
    List<NewField> out = new ArrayList<>();
    for (Field f : struct.fields()) {
      Object node = tree.get(f.name());
      if (node == null) {
        continue;
      }
      Column value = access.apply(f.name());
      if (node == Boolean.TRUE) {
        out.add(new NewField(f.name(), value, f.type()));
      } else if (f.type() instanceof StructType nested) {
        List<NewField> inner = project(nested, value::getField, (Map<String, Object>) node, prefix + f.name() + ".");
        NewField rebuilt = FieldRewriter.rebuildStruct(value, inner);
        out.add(new NewField(f.name(), rebuilt.column(), rebuilt.type()));
      } else if (f.type() instanceof ChoiceType) {
        throw FrameErrors.pathThroughChoice(prefix + f.name(), f.type());
      } else {
        throw FrameErrors.pathUnderArray("splitFields", prefix + f.name());
      }
    }
    return out;
  }

  // ---- unnest -------------------------------------------------------------------------------------------------

  static GlueFrame unnest(GlueFrame frame) {
    List<NewField> flat = flatten(frame.schema(), Columns::top, "");
    List<Column> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (NewField f : flat) {
      columns.add(f.column().as(f.name()));
      fields.add(new Field(f.name(), f.type()));
    }
    return frame.derive(frame.toDF().select(columns.toArray(new Column[0])), new StructType(fields));
  }

  /** Struct fields become {@code prefix.name} fields, recursively; everything else is kept as it is. */
  static List<NewField> flatten(StructType struct, Function<String, Column> access, String prefix) {
    List<NewField> out = new ArrayList<>();
    for (Field f : struct.fields()) {
      Column value = access.apply(f.name());
      if (f.type() instanceof StructType nested && !nested.fields().isEmpty()) {
        out.addAll(flatten(nested, value::getField, prefix + f.name() + "."));
      } else {
        out.add(new NewField(prefix + f.name(), value, f.type()));
      }
    }
    return out;
  }
}
