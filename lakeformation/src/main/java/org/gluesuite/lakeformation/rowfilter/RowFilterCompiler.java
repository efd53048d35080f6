package org.gluesuite.lakeformation.rowfilter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/** Compiles a parsed row filter into Spark column expressions: columns by name, values as literals. */
final class RowFilterCompiler {
  private RowFilterCompiler() {
  }

  static Column compile(RowFilterExpr expr) {
    if (expr instanceof RowFilterExpr.Comparison c) {
      return compare(column(c.column()), c.operator(), literal(c.value()));
    }
    if (expr instanceof RowFilterExpr.Between b) {
      return negate(column(b.column()).between(literal(b.low()), literal(b.high())), b.negated());
    }
    if (expr instanceof RowFilterExpr.In in) {
      return negate(column(in.column()).isin(in.values().stream().map(RowFilterCompiler::value).toArray()),
          in.negated());
    }
    if (expr instanceof RowFilterExpr.Like like) {
      return negate(column(like.column()).like(like.pattern()), like.negated());
    }
    if (expr instanceof RowFilterExpr.IsNull isNull) {
      return isNull.negated() ? column(isNull.column()).isNotNull() : column(isNull.column()).isNull();
    }
    if (expr instanceof RowFilterExpr.Not not) {
      return functions.not(compile(not.operand()));
    }
    if (expr instanceof RowFilterExpr.And and) {
      return compile(and.left()).and(compile(and.right()));
    }
    RowFilterExpr.Or or = (RowFilterExpr.Or) expr;
    return compile(or.left()).or(compile(or.right()));
  }

  private static Column compare(Column column, RowFilterExpr.Operator operator, Column value) {
    return switch (operator) {
      case EQ -> column.equalTo(value);
      case NE -> column.notEqual(value);
      case LT -> column.lt(value);
      case LE -> column.leq(value);
      case GT -> column.gt(value);
      case GE -> column.geq(value);
    };
  }

  private static Column negate(Column predicate, boolean negated) {
    return negated ? functions.not(predicate) : predicate;
  }

  /** A column by its exact name (back-quoted, so no character of it is parsed), then nested fields. */
  private static Column column(RowFilterExpr.ColumnRef ref) {
    Column column = functions.col("`" + ref.path().get(0).replace("`", "``") + "`");
    for (String field : ref.path().subList(1, ref.path().size())) {
      column = column.getField(field);
    }
    return column;
  }

  private static Column literal(RowFilterExpr.Literal literal) {
    return functions.lit(value(literal));
  }

  private static Object value(RowFilterExpr.Literal literal) {
    Object value = literal.value();
    if (value instanceof LocalDate date) {
      return Date.valueOf(date);
    }
    if (value instanceof LocalDateTime timestamp) {
      return Timestamp.valueOf(timestamp);
    }
    return value;
  }
}
