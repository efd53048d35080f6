package org.gluesuite.lakeformation.rowfilter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gluesuite.lakeformation.LakeFormationErrors;
import org.gluesuite.lakeformation.rowfilter.RowFilterExpr.ColumnRef;
import org.gluesuite.lakeformation.rowfilter.RowFilterExpr.Literal;
import org.gluesuite.lakeformation.rowfilter.RowFilterExpr.Operator;

/**
 * Recursive-descent parser of Lake Formation's row filter subset of PartiQL:
 * <pre>
 *   filter     := or
 *   or         := and ( OR and )*
 *   and        := not ( AND not )*
 *   not        := NOT not | '(' or ')' | predicate
 *   predicate  := column op literal | literal op column
 *               | column [NOT] BETWEEN literal AND literal | column [NOT] IN ( literal, … )
 *               | column [NOT] LIKE 'pattern' | column IS [NOT] NULL
 *   op         := = | &lt;&gt; | != | &lt; | &lt;= | &gt; | &gt;=
 *   literal    := 'string' | number | TRUE | FALSE | DATE 'yyyy-mm-dd' | TIMESTAMP 'yyyy-mm-dd hh:mm:ss'
 * </pre>
 * No functions, no arithmetic, no column-to-column comparisons; keywords are case-insensitive, strings are not.
 */
final class RowFilterParser {
  private final String text;
  private final List<Token> tokens;
  private int next;

  private RowFilterParser(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  static RowFilterExpr parse(String text) {
    RowFilterParser parser = new RowFilterParser(text, RowFilterLexer.tokenize(text));
    RowFilterExpr expr = parser.or();
    Token end = parser.peek();
    if (!end.is(Token.Kind.END)) {
      throw parser.unexpected(end, "AND, OR or the end of the filter");
    }
    return expr;
  }

  private RowFilterExpr or() {
    RowFilterExpr left = and();
    while (peek().isKeyword("OR")) {
      next++;
      left = new RowFilterExpr.Or(left, and());
    }
    return left;
  }

  private RowFilterExpr and() {
    RowFilterExpr left = not();
    while (peek().isKeyword("AND")) {
      next++;
      left = new RowFilterExpr.And(left, not());
    }
    return left;
  }

  private RowFilterExpr not() {
    Token token = peek();
    if (token.isKeyword("NOT")) {
      next++;
      return new RowFilterExpr.Not(not());
    }
    if (token.is(Token.Kind.LEFT_PAREN)) {
      next++;
      RowFilterExpr inner = or();
      expect(Token.Kind.RIGHT_PAREN, "')' to close the '(' at position " + token.position());
      return inner;
    }
    return predicate();
  }

  private RowFilterExpr predicate() {
    Token first = peek();
    if (isLiteralStart(first)) {
      Literal literal = literal();
      Token op = take();
      if (!op.is(Token.Kind.OPERATOR)) {
        throw LakeFormationErrors.rowFilterSyntax(text, op.position(), "a literal must be compared with a column",
            "Write the column first: column = value, column BETWEEN a AND b, column IN (…).");
      }
      return new RowFilterExpr.Comparison(column(), operator(op).flipped(), literal);
    }
    ColumnRef column = column();
    Token token = take();
    if (token.is(Token.Kind.OPERATOR)) {
      Operator operator = operator(token);
      Token value = peek();
      if (value.isKeyword("NULL")) {
        throw LakeFormationErrors.rowFilterSyntax(text, value.position(), "a comparison with NULL is never true",
            "Write " + column.name() + " IS NULL (or IS NOT NULL).");
      }
      if (value.is(Token.Kind.IDENTIFIER) && tokens.get(next + 1).is(Token.Kind.LEFT_PAREN)) {
        throw LakeFormationErrors.rowFilterFunction(text, value.position(), value.text());
      }
      if (value.is(Token.Kind.IDENTIFIER) || value.is(Token.Kind.QUOTED_IDENTIFIER)) {
        throw LakeFormationErrors.rowFilterColumnComparison(text, value.position(), column.name(),
            value.kind() == Token.Kind.QUOTED_IDENTIFIER ? String.valueOf(value.value()) : value.text());
      }
      return new RowFilterExpr.Comparison(column, operator, literal());
    }
    if (token.isKeyword("IS")) {
      boolean negated = peek().isKeyword("NOT");
      if (negated) {
        next++;
      }
      Token nullToken = take();
      if (!nullToken.isKeyword("NULL")) {
        throw unexpected(nullToken, "NULL (IS NULL / IS NOT NULL)");
      }
      return new RowFilterExpr.IsNull(column, negated);
    }
    boolean negated = token.isKeyword("NOT");
    Token keyword = negated ? take() : token;
    if (keyword.isKeyword("BETWEEN")) {
      Literal low = literal();
      Token and = take();
      if (!and.isKeyword("AND")) {
        throw unexpected(and, "AND (column BETWEEN low AND high)");
      }
      return new RowFilterExpr.Between(column, low, literal(), negated);
    }
    if (keyword.isKeyword("IN")) {
      expect(Token.Kind.LEFT_PAREN, "'(' after IN");
      List<Literal> values = new ArrayList<>();
      values.add(literal());
      while (peek().is(Token.Kind.COMMA)) {
        next++;
        values.add(literal());
      }
      expect(Token.Kind.RIGHT_PAREN, "',' or ')' in the IN list");
      return new RowFilterExpr.In(column, values, negated);
    }
    if (keyword.isKeyword("LIKE")) {
      Token pattern = take();
      if (!pattern.is(Token.Kind.STRING)) {
        throw unexpected(pattern, "a string pattern after LIKE, e.g. 'Del%'");
      }
      return new RowFilterExpr.Like(column, (String) pattern.value(), negated);
    }
    throw unexpected(keyword, negated ? "BETWEEN, IN or LIKE after NOT"
        : "a comparison (= <> != < <= > >=), BETWEEN, IN, LIKE or IS [NOT] NULL");
  }

  private ColumnRef column() {
    Token token = take();
    if (!token.is(Token.Kind.IDENTIFIER) && !token.is(Token.Kind.QUOTED_IDENTIFIER)) {
      throw unexpected(token, "a column name");
    }
    if (peek().is(Token.Kind.LEFT_PAREN) && token.is(Token.Kind.IDENTIFIER)) {
      throw LakeFormationErrors.rowFilterFunction(text, token.position(), token.text());
    }
    List<String> path = new ArrayList<>();
    path.add(token.is(Token.Kind.QUOTED_IDENTIFIER) ? (String) token.value() : token.text());
    while (peek().is(Token.Kind.DOT)) {
      next++;
      Token field = take();
      if (!field.is(Token.Kind.IDENTIFIER) && !field.is(Token.Kind.QUOTED_IDENTIFIER)) {
        throw unexpected(field, "a field name after '.'");
      }
      path.add(field.is(Token.Kind.QUOTED_IDENTIFIER) ? (String) field.value() : field.text());
    }
    return new ColumnRef(path, token.position());
  }

  private static boolean isLiteralStart(Token token) {
    return token.is(Token.Kind.STRING) || token.is(Token.Kind.NUMBER) || token.isKeyword("TRUE")
        || token.isKeyword("FALSE") || token.isKeyword("DATE") || token.isKeyword("TIMESTAMP");
  }

  private Literal literal() {
    Token token = take();
    if (token.is(Token.Kind.STRING) || token.is(Token.Kind.NUMBER)) {
      return new Literal(token.value(), token.position());
    }
    if (token.isKeyword("TRUE") || token.isKeyword("FALSE")) {
      return new Literal(token.isKeyword("TRUE"), token.position());
    }
    if (token.isKeyword("DATE") || token.isKeyword("TIMESTAMP")) {
      Token value = take();
      if (!value.is(Token.Kind.STRING)) {
        throw unexpected(value, "a quoted value after " + token.text() + ", e.g. DATE '2024-01-31'");
      }
      try {
        Object parsed = token.isKeyword("DATE") ? LocalDate.parse((String) value.value())
            : LocalDateTime.parse(((String) value.value()).replace(' ', 'T'));
        return new Literal(parsed, token.position());
      } catch (DateTimeParseException e) {
        throw LakeFormationErrors.rowFilterSyntax(text, value.position(), value.text() + " is not a valid "
            + token.text().toUpperCase(java.util.Locale.ROOT), "Write DATE 'yyyy-MM-dd' or TIMESTAMP 'yyyy-MM-dd HH:mm:ss'.");
      }
    }
    if (token.is(Token.Kind.IDENTIFIER) && peek().is(Token.Kind.LEFT_PAREN)) {
      throw LakeFormationErrors.rowFilterFunction(text, token.position(), token.text());
    }
    if (token.is(Token.Kind.IDENTIFIER) || token.is(Token.Kind.QUOTED_IDENTIFIER)) {
      throw LakeFormationErrors.rowFilterSyntax(text, token.position(), "expected a literal but found the column "
          + token.shown(), "Row filters compare a column with a literal; quote strings with single quotes ('"
          + token.text().replace("\"", "") + "').");
    }
    throw unexpected(token, "a literal: 'string', number, TRUE, FALSE, DATE '…' or TIMESTAMP '…'");
  }

  private Operator operator(Token token) {
    return switch (token.text()) {
      case "=" -> Operator.EQ;
      case "<>", "!=" -> Operator.NE;
      case "<" -> Operator.LT;
      case "<=" -> Operator.LE;
      case ">" -> Operator.GT;
      case ">=" -> Operator.GE;
      default -> throw unexpected(token, "a comparison operator");
    };
  }

  private void expect(Token.Kind kind, String what) {
    Token token = take();
    if (!token.is(kind)) {
      throw unexpected(token, what);
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token token = tokens.get(next);
    if (!token.is(Token.Kind.END)) {
      next++;
    }
    return token;
  }

  private RuntimeException unexpected(Token token, String expected) {
    return LakeFormationErrors.rowFilterSyntax(text, token.position(), "expected " + expected + " but found "
        + token.shown(), "See the row filter syntax: column op literal, combined with AND, OR, NOT and parentheses.");
  }
}
