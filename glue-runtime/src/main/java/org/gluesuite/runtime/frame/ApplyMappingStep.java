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
    Map<String, Object> targets = new LinkedHashMap<>();
    for (Mapping m : mappings) {
      FieldPath source = FieldPath.parse(m.sourcePath());
      Columns.Resolved at = Columns.resolve(frame.schema(), source, caseSensitive, "applyMapping");
      Leaf leaf = leaf(at, m);
      FieldPath target = FieldPath.parse(m.targetPath());
      if (target.hasElements()) {
        throw FrameErrors.pathUnderArray("applyMapping", m.targetPath());
      }
      place(targets, target.names(), leaf, m.targetPath());
    }
    List<Column> columns = new ArrayList<>();
    List<GlueType.Field> fields = new ArrayList<>();
    for (Map.Entry<String, Object> e : targets.entrySet()) {
      Leaf built = build(e.getValue());
      columns.add(built.column().as(e.getKey()));
      fields.add(new GlueType.Field(e.getKey(), built.type()));
    }
    return frame.derive(frame.toDF().select(columns.toArray(new Column[0])), new GlueType.StructType(fields));
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
