package org.gluesuite.runtime.frame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FrameSteps.StepErrors;

/** join: an inner equi-join on top-level keys; both frames' error records carry over. */
final class JoinStep {
  private JoinStep() {
  }

  static GlueFrame apply(GlueFrame left, List<String> keys1, List<String> keys2, GlueFrame right) {
    if (keys1.size() != keys2.size() || keys1.isEmpty()) {
      throw FrameErrors.keyCountMismatch(keys1.size(), keys2.size());
    }
    Dataset<Row> l = left.toDF();
    Dataset<Row> r = right.toDF();
    Column condition = null;
    Set<String> sharedKeys = new HashSet<>();
    for (int i = 0; i < keys1.size(); i++) {
      Field lk = key(left, keys1.get(i), "first");
      Field rk = key(right, keys2.get(i), "second");
      if (lk.type() instanceof GlueType.ChoiceType || rk.type() instanceof GlueType.ChoiceType) {
        throw FrameErrors.pathThroughChoice(lk.type() instanceof GlueType.ChoiceType ? lk.name() : rk.name(),
            lk.type() instanceof GlueType.ChoiceType ? lk.type() : rk.type());
      }
      Column eq = col(l, lk.name()).equalTo(col(r, rk.name()));
      condition = condition == null ? eq : condition.and(eq);
      if (lk.name().equals(rk.name())) {
        sharedKeys.add(lk.name());
      }
    }
    List<Column> columns = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (Field f : left.schema().fields()) {
      columns.add(col(l, f.name()).as(f.name()));
      fields.add(f);
    }
    for (Field f : right.schema().fields()) {
      if (sharedKeys.contains(f.name())) {
        continue;
      }
      if (left.schema().field(f.name()).isPresent()) {
        throw FrameErrors.joinColumnClash(f.name());
      }
      columns.add(col(r, f.name()).as(f.name()));
      fields.add(f);
    }
    Dataset<Row> joined = l.join(r, condition, "inner").select(columns.toArray(new Column[0]));
    return GlueFrame.fromParts(joined, new GlueType.StructType(fields), left.name(),
        StepErrors.carry(left.history().plus(right.history())));
  }

  private static Field key(GlueFrame frame, String key, String which) {
    if (FieldPath.parse(key).size() != 1) {
      throw FrameErrors.topLevelOnly("join", key);
    }
    return frame.schema().field(key)
        .orElseThrow(() -> FrameErrors.keyMissing("join", key, which, frame.schema().fieldNames()));
  }

  private static Column col(Dataset<Row> ds, String name) {
    return ds.col("`" + name.replace("`", "``") + "`");
  }
}
