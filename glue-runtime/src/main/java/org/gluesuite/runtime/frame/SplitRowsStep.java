package org.gluesuite.runtime.frame;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import org.apache.spark.sql.Column;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.FieldPath;

/** splitRows: records matching every comparison, and the rest (including those with null values). */
final class SplitRowsStep {
  private SplitRowsStep() {
  }

  static Split<GlueFrame> apply(GlueFrame frame, List<RowComparison> comparisons) {
    Column match = lit(true);
    for (RowComparison c : comparisons) {
      match = match.and(condition(frame.schema(), c));
    }
    Column matches = coalesce(match, lit(false));
    return new Split<>(frame.derive(frame.toDF().filter(matches), frame.schema()),
        frame.derive(frame.toDF().filter(not(matches)), frame.schema()));
  }

  private static Column condition(GlueType.StructType schema, RowComparison c) {
    Columns.Resolved at = Columns.resolve(schema, FieldPath.parse(c.path()), true, "splitRows");
    if (at == null) {
      throw FrameErrors.fieldNotFound("splitRows", c.path(), schema.fieldNames());
    }
    if (at.type() instanceof GlueType.ChoiceType) {
      throw FrameErrors.pathThroughChoice(c.path(), at.type());
    }
    Column v = at.column();
    Object value = c.value();
    switch (c.operator().trim()) {
      case "<":
        return v.lt(value);
      case "<=":
        return v.leq(value);
      case "=":
      case "==":
        return v.equalTo(value);
      case "!=":
        return v.notEqual(value);
      case ">=":
        return v.geq(value);
      case ">":
        return v.gt(value);
      default:
        throw FrameErrors.unknownOperator(c.operator(), c.path());
    }
  }
}
