package org.gluesuite.lakeformation.rowfilter;

import java.util.List;

/** The parsed row filter: Lake Formation's PartiQL subset, one node type per construct. */
public sealed interface RowFilterExpr {

  /** A column (or a nested field, {@code address.city}) and where it starts in the expression (1-based). */
  record ColumnRef(List<String> path, int position) {
    public ColumnRef {
      path = List.copyOf(path);
    }

    public String name() {
      return String.join(".", path);
    }
  }

  /** A literal: a String, Long, BigDecimal, Boolean, LocalDate or LocalDateTime. */
  record Literal(Object value, int position) {
  }

  enum Operator {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator with its operands swapped ({@code 1 < x} is {@code x > 1}). */
    Operator flipped() {
      return switch (this) {
        case LT -> GT;
        case LE -> GE;
        case GT -> LT;
        case GE -> LE;
        default -> this;
      };
    }
  }

  record Comparison(ColumnRef column, Operator operator, Literal value) implements RowFilterExpr {
  }

  record Between(ColumnRef column, Literal low, Literal high, boolean negated) implements RowFilterExpr {
  }

  record In(ColumnRef column, List<Literal> values, boolean negated) implements RowFilterExpr {
    public In {
      values = List.copyOf(values);
    }
  }

  record Like(ColumnRef column, String pattern, boolean negated) implements RowFilterExpr {
  }

  record IsNull(ColumnRef column, boolean negated) implements RowFilterExpr {
  }

  record Not(RowFilterExpr operand) implements RowFilterExpr {
  }

  record And(RowFilterExpr left, RowFilterExpr right) implements RowFilterExpr {
  }

  record Or(RowFilterExpr left, RowFilterExpr right) implements RowFilterExpr {
  }
}
