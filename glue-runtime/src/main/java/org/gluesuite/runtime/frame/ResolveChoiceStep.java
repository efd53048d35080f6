package org.gluesuite.runtime.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.catalog.types.TypeParser;
import org.gluesuite.runtime.frame.internal.Casts;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FieldRewriter;
import org.gluesuite.runtime.frame.internal.FieldRewriter.NewField;
import org.gluesuite.runtime.types.SparkTypes;

/** resolveChoice: per-path specs or one action for every choice. */
final class ResolveChoiceStep {
  private ResolveChoiceStep() {
  }

  private enum Kind { CAST, PROJECT, MAKE_COLS, MAKE_STRUCT, MATCH_CATALOG }

  private record Action(Kind kind, String typeName, String text) {
    static Action parse(String action, String path) {
      String a = action.trim();
      String lower = a.toLowerCase(Locale.ROOT);
      if (lower.startsWith("cast:")) {
        return new Action(Kind.CAST, a.substring(5).trim(), a);
      }
      if (lower.startsWith("project:")) {
        return new Action(Kind.PROJECT, a.substring(8).trim(), a);
      }
      switch (lower) {
        case "make_cols":
          return new Action(Kind.MAKE_COLS, null, a);
        case "make_struct":
          return new Action(Kind.MAKE_STRUCT, null, a);
        case "match_catalog":
          return new Action(Kind.MATCH_CATALOG, null, a);
        default:
          throw FrameErrors.unknownChoiceAction(action, path);
      }
    }
  }

  static GlueFrame apply(GlueFrame frame, List<ResolveChoiceSpec> specs, TableSchema catalog) {
    Dataset<Row> data = frame.toDF();
    StructType schema = frame.schema();
    GlueType catalogType = catalog.rowType();
    for (ResolveChoiceSpec spec : specs) {
      FieldPath path = FieldPath.parse(spec.path());
      Action action = Action.parse(spec.action(), spec.path());
      FieldRewriter.Result result;
      try {
        result = FieldRewriter.rewrite(schema, path, true,
            (name, value, type, full) -> resolve(name, value, type, action, full, catalogType));
      } catch (FieldRewriter.NotFound e) {
        throw FrameErrors.fieldNotFound("resolveChoice", spec.path(), schema.fieldNames());
      }
      data = data.select(result.columns().toArray(new Column[0]));
      schema = result.schema();
    }
    return frame.derive(data, schema);
  }

  static GlueFrame applyEverywhere(GlueFrame frame, String choiceOption, TableSchema catalog) {
    List<ResolveChoiceSpec> specs = new ArrayList<>();
    collectChoicePaths(frame.schema(), new ArrayList<>(), specs, choiceOption);
    return apply(frame, specs, catalog);
  }

  private static void collectChoicePaths(GlueType type, List<FieldPath.Segment> prefix,
      List<ResolveChoiceSpec> out, String action) {
    if (type instanceof ChoiceType) {
      out.add(ResolveChoiceSpec.of(FieldPath.render(prefix), action));
    } else if (type instanceof StructType s) {
      for (Field f : s.fields()) {
        List<FieldPath.Segment> next = new ArrayList<>(prefix);
        next.add(new FieldPath.Name(f.name()));
        collectChoicePaths(f.type(), next, out, action);
      }
    } else if (type instanceof ArrayType a && !prefix.isEmpty()) {
      List<FieldPath.Segment> next = new ArrayList<>(prefix);
      next.add(new FieldPath.Elements());
      collectChoicePaths(a.elementType(), next, out, action);
    }
  }

  private static List<NewField> resolve(String name, Column value, GlueType type, Action action, FieldPath path,
      GlueType catalog) {
    switch (action.kind()) {
      case CAST: {
        GlueType target = parseType(action.typeName(), path);
        return List.of(new NewField(name, Casts.cast(value, type, target, path.text()), target));
      }
      case MATCH_CATALOG: {
        if (((StructType) catalog).fields().isEmpty()) {
          throw FrameErrors.catalogNotGiven(path.text());
        }
        GlueType target = Columns.typeAt(catalog, path, false);
        if (target == null) {
          throw FrameErrors.catalogColumnMissing(path.text(), ((StructType) catalog).fieldNames());
        }
        return List.of(new NewField(name, Casts.cast(value, type, target, path.text()), target));
      }
      case PROJECT: {
        ChoiceType choice = requireChoice(type, action, path);
        String kind = kindOf(action.typeName(), path);
        GlueType alternative = choice.alternative(kind)
            .orElseThrow(() -> FrameErrors.projectMissingType(path.text(), kind, choice.kinds()));
        return List.of(new NewField(name, value.getField(kind), alternative));
      }
      case MAKE_COLS: {
        ChoiceType choice = requireChoice(type, action, path);
        List<NewField> out = new ArrayList<>();
        for (GlueType alternative : choice.alternatives()) {
          out.add(new NewField(name + "_" + alternative.kind(), value.getField(alternative.kind()), alternative));
        }
        return out;
      }
      case MAKE_STRUCT: {
        ChoiceType choice = requireChoice(type, action, path);
        List<Field> fields = new ArrayList<>();
        for (GlueType alternative : choice.alternatives()) {
          fields.add(new Field(alternative.kind(), alternative));
        }
        // Physically a choice already is this struct; only the logical type changes.
        return List.of(new NewField(name, value, new StructType(fields)));
      }
      default:
        throw new IllegalStateException(action.kind().name());
    }
  }

  private static ChoiceType requireChoice(GlueType type, Action action, FieldPath path) {
    if (type instanceof ChoiceType c) {
      return c;
    }
    throw FrameErrors.notAChoice(path.text(), action.text(), type);
  }

  private static String kindOf(String typeName, FieldPath path) {
    String lower = typeName.toLowerCase(Locale.ROOT);
    if (lower.equals("struct") || lower.equals("array") || lower.equals("map")) {
      return lower;
    }
    return parseType(typeName, path).kind();
  }

  private static GlueType parseType(String typeName, FieldPath path) {
    try {
      return TypeParser.frameType(typeName, null);
    } catch (InvalidTypeException e) {
      throw FrameErrors.unknownType(typeName, "resolveChoice for '" + path.text() + "'", e);
    }
  }
}
