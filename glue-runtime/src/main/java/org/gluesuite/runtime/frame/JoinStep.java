package org.gluesuite.runtime.frame;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.TypeMerger;
import org.gluesuite.runtime.frame.internal.ErrorHistory;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FrameSteps;
import org.gluesuite.runtime.frame.internal.Parsed;
import org.gluesuite.runtime.frame.internal.RecordConversion;
import org.gluesuite.runtime.frame.internal.RecordPipeline;

/**
 * join, with Glue's rule for the fields of the joined record (an inner equi-join on top-level keys):
 *
 * <ul>
 *   <li>every field of both frames is kept, the keys of both frames included;</li>
 *   <li>a key of the second frame named like a field of the first is kept as {@code .name} (a leading dot);</li>
 *   <li>any other field both frames have is one field: the second frame's value where it has one, else the first's;
 *       of two different types it is a choice of the types of the values kept;</li>
 *   <li>both frames' error records carry over; the join adds none.</li>
 * </ul>
 */
final class JoinStep {
  /** Prefix of a second-frame key that clashes with a first-frame field (Glue: {@code .id}). */
  static final String CLASHING_KEY_PREFIX = ".";

  private JoinStep() {
  }

  /** One output field: where its value comes from in the first and the second frame (null when absent there). */
  private record Output(String name, Field left, Field right) {
    GlueType type() {
      return left == null ? right.type() : right == null ? left.type() : TypeMerger.FRAME.merge(left.type(), right.type());
    }

    boolean typesDiffer() {
      return left != null && right != null && !left.type().equals(right.type());
    }
  }

  static GlueFrame apply(GlueFrame left, List<String> keys1, List<String> keys2, GlueFrame right,
      TransformOptions options) {
    if (keys1.size() != keys2.size() || keys1.isEmpty()) {
      throw FrameErrors.keyCountMismatch(keys1.size(), keys2.size());
    }
    Dataset<Row> l = left.toDF();
    Dataset<Row> r = right.toDF();
    Column condition = null;
    for (int i = 0; i < keys1.size(); i++) {
      Field lk = key(left, keys1.get(i), "first");
      Field rk = key(right, keys2.get(i), "second");
      Column eq = col(l, lk.name()).equalTo(col(r, rk.name()));
      condition = condition == null ? eq : condition.and(eq);
    }
    List<Output> outputs = outputs(left.schema(), right.schema(), Set.copyOf(keys2));
    Dataset<Row> joined = l.join(r, condition, "inner");
    ErrorHistory carried = left.history().plus(right.history());
    if (outputs.stream().anyMatch(Output::typesDiffer)) {
      return joinRecords(joined, l, r, left, right, outputs, carried, options);
    }
    List<Column> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (Output o : outputs) {
      Column value = o.left() == null ? col(r, o.right().name())
          : o.right() == null ? col(l, o.left().name())
          : coalesce(col(r, o.right().name()), col(l, o.left().name()));
      columns.add(value.as(o.name()));
      fields.add(new Field(o.name(), o.type()));
    }
    return GlueFrame.fromParts(joined.select(columns.toArray(new Column[0])), new StructType(fields), left.name(),
        FrameSteps.without(carried, "join", options));
  }

  /** The joined record's fields: the first frame's in order, then the second's that are new or renamed keys. */
  private static List<Output> outputs(StructType first, StructType second, Set<String> secondKeys) {
    Map<String, Output> out = new LinkedHashMap<>();
    first.fields().forEach(f -> out.put(f.name(), new Output(f.name(), f, null)));
    for (Field f : second.fields()) {
      String name = f.name();
      if (secondKeys.contains(name) && first.field(name).isPresent()) {
        name = CLASHING_KEY_PREFIX + name;
        if (second.field(name).isPresent() || first.field(name).isPresent()) {
          throw FrameErrors.joinKeyRenameClash(f.name(), name);
        }
      }
      Output existing = out.get(name);
      out.put(name, existing == null ? new Output(name, null, f) : new Output(name, existing.left(), f));
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The joined records when a shared field has different types: each record is merged as Glue merges two records
   * and the schema is inferred again from what was kept, so such a field becomes a choice only where both kinds of
   * value survive.
   */
  private static GlueFrame joinRecords(Dataset<Row> joined, Dataset<Row> l, Dataset<Row> r, GlueFrame left,
      GlueFrame right, List<Output> outputs, ErrorHistory carried, TransformOptions options) {
    StructType leftSchema = left.schema();
    StructType rightSchema = right.schema();
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Output o : outputs) {
      if (o.right() != null) {
        renamed.put(o.right().name(), o.name());
      }
    }
    Dataset<Row> pairs = joined.select(struct(all(l, leftSchema)).as("l"), struct(all(r, rightSchema)).as("r"));
    JavaRDD<Parsed> records = pairs.javaRDD().map(row -> {
      Map<String, Object> merged = RecordConversion.toRecord(row.getStruct(0), leftSchema);
      RecordConversion.toRecord(row.getStruct(1), rightSchema).forEach((name, value) -> {
        String target = renamed.get(name);
        if (value != null || !merged.containsKey(target)) {
          merged.put(target, value);
        }
      });
      return Parsed.record(merged);
    });
    List<Field> planned = outputs.stream().map(o -> new Field(o.name(), o.type())).toList();
    RecordPipeline.Built built = RecordPipeline.build(l.sparkSession(), records, new StructType(planned), carried,
        "join", options, RecordPipeline.Passes.PERSIST);
    return GlueFrame.fromParts(built.data(), built.schema(), left.name(), built.errors());
  }

  private static Column[] all(Dataset<Row> data, StructType schema) {
    return schema.fields().stream().map(f -> col(data, f.name()).as(f.name())).toArray(Column[]::new);
  }

  private static Field key(GlueFrame frame, String key, String which) {
    if (FieldPath.parse(key).size() != 1) {
      throw FrameErrors.topLevelOnly("join", key);
    }
    Field field = frame.schema().field(key)
        .orElseThrow(() -> FrameErrors.keyMissing("join", key, which, frame.schema().fieldNames()));
    if (field.type() instanceof GlueType.ChoiceType) {
      throw FrameErrors.pathThroughChoice(field.name(), field.type());
    }
    return field;
  }

  private static Column col(Dataset<Row> ds, String name) {
    return ds.col("`" + name.replace("`", "``") + "`");
  }
}
