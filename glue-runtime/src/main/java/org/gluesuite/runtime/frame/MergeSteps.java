package org.gluesuite.runtime.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FrameSteps.StepErrors;
import org.gluesuite.runtime.frame.internal.Parsed;
import org.gluesuite.runtime.frame.internal.RecordConversion;
import org.gluesuite.runtime.frame.internal.RecordPipeline;

/** union and mergeDynamicFrame: combine two frames' records and error records. */
final class MergeSteps {
  private MergeSteps() {
  }

  static GlueFrame union(GlueFrame a, GlueFrame b) {
    StepErrors errors = StepErrors.carry(a.history().plus(b.history()));
    if (sameTypesByName(a.schema(), b.schema())) {
      Map<String, GlueType> merged = new LinkedHashMap<>();
      a.schema().fields().forEach(f -> merged.put(f.name(), f.type()));
      b.schema().fields().forEach(f -> merged.putIfAbsent(f.name(), f.type()));
      List<Field> fields = new ArrayList<>();
      merged.forEach((n, t) -> fields.add(new Field(n, t)));
      Dataset<Row> data = a.toDF().unionByName(b.toDF(), true);
      return GlueFrame.fromParts(data, new StructType(fields), a.name(), errors);
    }
    // Types differ: let the records describe themselves again so differing fields become choices.
    StructType sa = a.schema();
    StructType sb = b.schema();
    JavaRDD<Parsed> records = a.toDF().javaRDD().map(r -> Parsed.record(RecordConversion.toRecord(r, sa)))
        .union(b.toDF().javaRDD().map(r -> Parsed.record(RecordConversion.toRecord(r, sb))));
    RecordPipeline.Built built = RecordPipeline.build(a.toDF().sparkSession(), records, sa,
        errors.history(), "union", TransformOptions.DEFAULT, RecordPipeline.Passes.PERSIST);
    // Re-described records cannot fail: the frame carries both inputs' error records only (the caller records the step).
    return GlueFrame.fromParts(built.data(), built.schema(), a.name(), errors);
  }

  private static boolean sameTypesByName(StructType a, StructType b) {
    for (Field f : a.fields()) {
      if (b.field(f.name()).map(g -> !g.type().equals(f.type())).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  static GlueFrame merge(GlueFrame source, GlueFrame staging, List<String> primaryKeys) {
    if (primaryKeys.isEmpty()) {
      throw FrameErrors.invalidOption("primaryKeys", primaryKeys, "mergeDynamicFrame needs at least one key");
    }
    Dataset<Row> s = source.toDF();
    Dataset<Row> t = staging.toDF();
    Column matches = null;
    for (String key : primaryKeys) {
      if (FieldPath.parse(key).size() != 1) {
        throw FrameErrors.topLevelOnly("mergeDynamicFrame", key);
      }
      Field sk = source.schema().field(key)
          .orElseThrow(() -> FrameErrors.keyMissing("mergeDynamicFrame", key, "source", source.schema()
              .fieldNames()));
      Field tk = staging.schema().field(key)
          .orElseThrow(() -> FrameErrors.keyMissing("mergeDynamicFrame", key, "staging", staging.schema()
              .fieldNames()));
      if (!sk.type().equals(tk.type())) {
        throw FrameErrors.typeConflict("mergeDynamicFrame", key, sk.type(), tk.type());
      }
      String quoted = "`" + key.replace("`", "``") + "`";
      Column eq = s.col(quoted).equalTo(t.col(quoted));
      matches = matches == null ? eq : matches.and(eq);
    }
    Dataset<Row> kept = s.join(t, matches, "left_anti");
    return union(source.derive(kept, source.schema()), staging);
  }
}
