package org.gluesuite.lakeformation.rowfilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.gluesuite.common.ParsedText;
import org.gluesuite.lakeformation.LakeFormationErrors;

/**
 * A data cells filter's row filter expression, parsed and checked once: Lake Formation's PartiQL subset, fewer
 * than 2,048 characters. {@link #toColumn} compiles it into a Spark {@link Column} built from expression nodes
 * (never SQL text), so values in the filter are always values.
 */
public final class RowFilter extends ParsedText {
  /** Lake Formation's limit: a filter expression is shorter than this. */
  public static final int MAX_LENGTH = 2048;

  private final RowFilterExpr tree;

  private RowFilter(String expression, RowFilterExpr tree) {
    super(expression);
    this.tree = tree;
  }

  /** @throws RowFilterException naming the position in the expression and how to fix it */
  public static RowFilter parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw LakeFormationErrors.rowFilterSyntax(String.valueOf(expression), 1, "the filter expression is empty",
          "Write a condition such as city = 'Delhi', or use AllRowsWildcard for all rows.");
    }
    if (expression.length() >= MAX_LENGTH) {
      throw LakeFormationErrors.rowFilterTooLong(expression.length());
    }
    return new RowFilter(expression, RowFilterParser.parse(expression));
  }

  public String expression() {
    return text();
  }

  public RowFilterExpr tree() {
    return tree;
  }

  /** The top-level columns the filter reads. */
  public List<RowFilterExpr.ColumnRef> columns() {
    List<RowFilterExpr.ColumnRef> columns = new ArrayList<>();
    collect(tree, columns);
    return columns;
  }

  /**
   * The filter as a Spark predicate over a table with {@code tableColumns} (case-sensitive names).
   *
   * @throws RowFilterException if it names a column the table lacks
   */
  public Column toColumn(Set<String> tableColumns) {
    for (RowFilterExpr.ColumnRef column : columns()) {
      if (!tableColumns.contains(column.path().get(0))) {
        throw LakeFormationErrors.rowFilterUnknownColumn(text(), column.position(), column.path().get(0),
            tableColumns);
      }
    }
    return RowFilterCompiler.compile(tree);
  }

  private static void collect(RowFilterExpr expr, List<RowFilterExpr.ColumnRef> into) {
    if (expr instanceof RowFilterExpr.Comparison c) {
      into.add(c.column());
    } else if (expr instanceof RowFilterExpr.Between b) {
      into.add(b.column());
    } else if (expr instanceof RowFilterExpr.In in) {
      into.add(in.column());
    } else if (expr instanceof RowFilterExpr.Like like) {
      into.add(like.column());
    } else if (expr instanceof RowFilterExpr.IsNull isNull) {
      into.add(isNull.column());
    } else if (expr instanceof RowFilterExpr.Not not) {
      collect(not.operand(), into);
    } else if (expr instanceof RowFilterExpr.And and) {
      collect(and.left(), into);
      collect(and.right(), into);
    } else if (expr instanceof RowFilterExpr.Or or) {
      collect(or.left(), into);
      collect(or.right(), into);
    }
  }
}
