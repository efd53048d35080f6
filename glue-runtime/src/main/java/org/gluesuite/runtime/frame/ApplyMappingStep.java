package org.gluesuite.runtime.frame;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeParser;
import org.gluesuite.runtime.frame.internal.Casts;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.types.SparkTypes;

/** applyMapping: builds the target records from mapped source fields only. */
final class ApplyMappingStep {
  private static final Set<String> KEEP_COMPLEX = Set.of("struct", "array", "map", "choice");

  private ApplyMappingStep() {
  }

  private record Leaf(Column column, GlueType type) {
  }

  static GlueFrame apply(GlueFrame frame, List<Mapping> mappings, boolean caseSensitive) {
    GlueFrame direct = direct(frame, mappings, caseSensitive);
    if (direct != null) {
      return direct;
    }
    Map<String, Object> targets = new LinkedHashMap<>();
    for (Mapping m : mappings) {
      FieldPath source = FieldPath.parse(m.sourcePath());
      Columns.Resolved at = Columns.resolve(frame.schema(), source, caseSensitive, "applyMapping");
      Leaf leaf = leaf(at, m);
      place(targets, target(m), leaf, m.targetPath());
    }
    return frame.derive(frame.toDF().select(columns(targets)), schemaOf(targets));
  }

  /**
   * The mapping of a CSV read not built yet, in one pass over its files: when every source is a top-level column the
   * read can give and every target type is a scalar, each cell is cast by its own kind, which is what casting the
   * frame's inferred column would give. Null when that does not hold (the frame is then built as usual).
   */
  private static GlueFrame direct(GlueFrame frame, List<Mapping> mappings, boolean caseSensitive) {
    DeferredCsvRead read = frame.deferredRead();
    if (read == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<GlueType> targets = new ArrayList<>();
    for (Mapping m : mappings) {
      String name = DeferredCsvRead.topLevelName(m.sourcePath());
      GlueType target = scalarTarget(m.targetType());
      if (name == null || target == null) {
        return null;
      }
      names.add(name);
      targets.add(target);
    }
    DeferredCsvRead.Direct cells = read.direct(names, caseSensitive);
    if (cells == null) {
      return null;
    }
    Map<String, Object> placed = new LinkedHashMap<>();
    for (int i = 0; i < mappings.size(); i++) {
      Mapping m = mappings.get(i);
      Leaf leaf = new Leaf(cells.sources().get(names.get(i)).castTo(targets.get(i)), targets.get(i));
      place(placed, target(m), leaf, m.targetPath());
    }
    return GlueFrame.fromParts(cells.data().select(columns(placed)), schemaOf(placed), frame.name(), read.errors());
  }

  /** The declared target type when it is a scalar (what a CSV cell can be cast to); null otherwise. */
  private static GlueType scalarTarget(String typeName) {
    String name = typeName.trim().toLowerCase(java.util.Locale.ROOT);
    if (KEEP_COMPLEX.contains(name)) {
      return null;
    }
    try {
      GlueType type = TypeParser.frameType(name, null);
      return type.isNull() || type instanceof GlueType.StructType || type instanceof GlueType.ArrayType
          || type instanceof GlueType.MapType || type instanceof GlueType.ChoiceType ? null : type;
    } catch (InvalidTypeException e) {
      return null;   // the usual path reports it
    }
  }

  private static List<String> target(Mapping m) {
    FieldPath target = FieldPath.parse(m.targetPath());
    if (target.hasElements()) {
      throw FrameErrors.pathUnderArray("applyMapping", m.targetPath());
    }
    return target.names();
  }

  private static Column[] columns(Map<String, Object> targets) {
    List<Column> columns = new ArrayList<>();
    for (Map.Entry<String, Object> e : targets.entrySet()) {
      columns.add(build(e.getValue()).column().as(e.getKey()));
    }
    return columns.toArray(new Column[0]);
  }

  private static GlueType.StructType schemaOf(Map<String, Object> targets) {
    List<GlueType.Field> fields = new ArrayList<>();
    for (Map.Entry<String, Object> e : targets.entrySet()) {
      fields.add(new GlueType.Field(e.getKey(), build(e.getValue()).type()));
    }
    return new GlueType.StructType(fields);
  }

  private static Leaf leaf(Columns.Resolved at, Mapping m) {
    String typeName = m.targetType().trim().toLowerCase(java.util.Locale.ROOT);
    if (KEEP_COMPLEX.contains(typeName)) {
      return at == null ? new Leaf(lit(null), PrimitiveType.NULL) : new Leaf(at.column(), at.type());
    }
    GlueType target;
    try {
      target = TypeParser.frameType(typeName, null);
    } catch (InvalidTypeException e) {
      throw FrameErrors.unknownType(m.targetType(), "the mapping of '" + m.sourcePath() + "'", e);
    }
    if (at == null) {
      // The schema is computed from the data: a field no record has yet still gets its column, as nulls.
      return new Leaf(lit(null).cast(SparkTypes.toSpark(target)), target);
    }
    return new Leaf(Casts.cast(at.column(), at.type(), target, m.sourcePath()), target);
  }

  @SuppressWarnings("unchecked")
  private static void place(Map<String, Object> targets, List<String> names, Leaf leaf, String targetPath) {
    Map<String, Object> current = targets;
    for (int i = 0; i < names.size() - 1; i++) {
      Object next = current.computeIfAbsent(names.get(i), k -> new LinkedHashMap<String, Object>());
      if (next instanceof Leaf) {
        throw FrameErrors.fieldExists("applyMapping", targetPath);
      }
      current = (Map<String, Object>) next;
    }
    String last = names.get(names.size() - 1);
    if (current.containsKey(last)) {
      throw FrameErrors.fieldExists("applyMapping", targetPath);
    }
    current.put(last, leaf);
  }

  @SuppressWarnings("unchecked")
  private static Leaf build(Object node) {
    if (node instanceof Leaf leaf) {
      return leaf;
    }
    List<Column> columns = new ArrayList<>();
    List<GlueType.Field> fields = new ArrayList<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) node).entrySet()) {
      Leaf built = build(e.getValue());
      columns.add(built.column().as(e.getKey()));
      fields.add(new GlueType.Field(e.getKey(), built.type()));
    }
    return new Leaf(struct(columns.toArray(new Column[0])), new GlueType.StructType(fields));
  }
}
