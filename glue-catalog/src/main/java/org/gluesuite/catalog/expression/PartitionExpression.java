package org.gluesuite.catalog.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.expression.ExpressionToken.Kind;
import org.gluesuite.catalog.types.TypeParser;

/**
 * A {@code GetPartitions} {@code Expression}, parsed once against a table's partition keys. Grammar (keywords in any
 * case, keys bare or quoted with {@code `} or {@code "}):
 *
 * <pre>
 * expression := term (OR term)*          term := factor (AND factor)*
 * factor     := NOT factor | '(' expression ')' | predicate
 * predicate  := key op value | value op key              op := = | &lt;&gt; | != | &lt; | &gt; | &lt;= | &gt;=
 *             | key [NOT] IN '(' value (',' value)* ')' | key [NOT] BETWEEN value AND value
 *             | key [NOT] LIKE 'pattern'                 | key IS [NOT] NULL
 * value      := 'text' | number
 * </pre>
 *
 * Values compare with the key's type (string, date, timestamp, tinyint/smallint/int/bigint, decimal: the types
 * Glue's expressions support); a key of another type, an unknown key, or a value that is not of the key's type is an
 * {@link org.gluesuite.catalog.InvalidInputException} naming the expression, the table and the character.
 */
public final class PartitionExpression {
  private final String text;
  private final Condition condition;

  private PartitionExpression(String text, Condition condition) {
    this.text = text;
    this.condition = condition;
  }

  /** Parses {@code expression} for {@code table}'s partition keys. */
  public static PartitionExpression parse(String expression, Table table) {
    Objects.requireNonNull(expression, "expression");
    return new PartitionExpression(expression, new Parser(expression, table).parseAll());
  }

  /** True when the partition's values satisfy the expression (unknown, as in SQL, does not). */
  public boolean matches(List<String> values) {
    return Boolean.TRUE.equals(condition.test(values));
  }

  public boolean matches(Partition partition) {
    return matches(partition.values());
  }

  /** The partitions of {@code partitions} the expression selects, in their order. */
  public List<Partition> filter(List<Partition> partitions) {
    return partitions.stream().filter(this::matches).toList();
  }

  @Override
  public String toString() {
    return text;
  }

  /** Recursive descent over the tokens; every failure names the character where it was found. */
  private static final class Parser {
    private final String text;
    private final Table table;
    private final List<ExpressionToken> tokens;
    private int next;

    Parser(String text, Table table) {
      this.text = text;
      this.table = table;
      this.tokens = ExpressionLexer.tokens(text, table.qualifiedName());
    }

    Condition parseAll() {
      if (peek().kind() == Kind.END) {
        throw fail(peek(), "it is empty");
      }
      Condition condition = expression();
      if (peek().kind() != Kind.END) {
        throw fail(peek(), "expected AND, OR or the end but found " + peek().describe());
      }
      return condition;
    }

    private Condition expression() {
      Condition left = term();
      while (peek().isKeyword("OR")) {
        next++;
        left = new Condition.Or(left, term());
      }
      return left;
    }

    private Condition term() {
      Condition left = factor();
      while (peek().isKeyword("AND")) {
        next++;
        left = new Condition.And(left, factor());
      }
      return left;
    }

    private Condition factor() {
      ExpressionToken token = peek();
      if (token.isKeyword("NOT")) {
        next++;
        return new Condition.Not(factor());
      }
      if (token.kind() == Kind.LEFT_PAREN) {
        next++;
        Condition inner = expression();
        expect(Kind.RIGHT_PAREN, "')' to close the '(' at character " + token.position());
        return inner;
      }
      return predicate();
    }

    private Condition predicate() {
      ExpressionToken first = take();
      if (first.kind() == Kind.STRING || first.kind() == Kind.NUMBER) {
        // value op key: the same comparison with the operator mirrored.
        ExpressionToken op = take();
        if (op.kind() != Kind.OPERATOR) {
          throw fail(op, "expected a comparison operator after the value " + first.describe());
        }
        Key key = key(take());
        return new Condition.Comparison(key.index, key.type, mirror(op.text()), value(first, key));
      }
      Key key = key(first);
      ExpressionToken token = take();
      if (token.kind() == Kind.OPERATOR) {
        return new Condition.Comparison(key.index, key.type, token.text(), value(take(), key));
      }
      if (token.isKeyword("IS")) {
        boolean not = peek().isKeyword("NOT");
        if (not) {
          next++;
        }
        ExpressionToken nullWord = take();
        if (!nullWord.isKeyword("NULL")) {
          throw fail(nullWord, "expected NULL after IS");
        }
        Condition isNull = new Condition.IsNull(key.index);
        return not ? new Condition.Not(isNull) : isNull;
      }
      boolean not = token.isKeyword("NOT");
      if (not) {
        token = take();
      }
      Condition condition;
      if (token.isKeyword("IN")) {
        condition = in(key);
      } else if (token.isKeyword("BETWEEN")) {
        Comparable<?> low = value(take(), key);
        ExpressionToken and = take();
        if (!and.isKeyword("AND")) {
          throw fail(and, "expected AND between the two bounds of BETWEEN");
        }
        condition = new Condition.Between(key.index, key.type, low, value(take(), key));
      } else if (token.isKeyword("LIKE")) {
        ExpressionToken pattern = take();
        if (pattern.kind() != Kind.STRING || key.type != KeyType.STRING) {
          throw fail(pattern, "LIKE takes a quoted pattern and compares string keys only");
        }
        condition = Condition.Like.of(key.index, pattern.text());
      } else {
        throw fail(token, "expected a comparison operator, IN, BETWEEN, LIKE or IS after partition key '"
            + key.name + "' but found " + token.describe());
      }
      return not ? new Condition.Not(condition) : condition;
    }

    private Condition in(Key key) {
      expect(Kind.LEFT_PAREN, "'(' after IN");
      List<Comparable<?>> values = new ArrayList<>();
      values.add(value(take(), key));
      while (peek().kind() == Kind.COMMA) {
        next++;
        values.add(value(take(), key));
      }
      expect(Kind.RIGHT_PAREN, "',' or ')' in the IN list");
      return new Condition.In(key.index, key.type, List.copyOf(values));
    }

    private Key key(ExpressionToken token) {
      if (token.kind() != Kind.IDENTIFIER) {
        throw fail(token, "expected a partition key but found " + token.describe());
      }
      List<Column> keys = table.partitionKeys();
      for (int i = 0; i < keys.size(); i++) {
        Column column = keys.get(i);
        if (column.name().equalsIgnoreCase(token.text())) {
          KeyType type = KeyType.of(TypeParser.catalogType(column.type(), "partition key '" + column.name()
              + "' of table " + table.qualifiedName()));
          if (type == null) {
            throw fail(token, "partition key '" + column.name() + "' has type '" + column.type() + "', which Glue's"
                + " partition expressions do not support (string, date, timestamp, tinyint, smallint, int, bigint and"
                + " decimal keys can be filtered)");
          }
          return new Key(i, column.name(), type);
        }
      }
      throw fail(token, "'" + token.text() + "' is not a partition key of the table; its partition keys are "
          + keys.stream().map(Column::name).toList());
    }

    private Comparable<?> value(ExpressionToken token, Key key) {
      if (token.kind() != Kind.STRING && token.kind() != Kind.NUMBER) {
        throw fail(token, "expected a value (a quoted string or a number) for partition key '" + key.name
            + "' but found " + token.describe());
      }
      Comparable<?> value = key.type.read(token.text());
      if (value == null) {
        throw fail(token, token.describe() + " is not " + key.type.described() + " value, as partition key '"
            + key.name + "' needs (e.g. " + key.type.example() + ")");
      }
      return value;
    }

    private static String mirror(String operator) {
      return switch (operator) {
        case "<" -> ">";
        case ">" -> "<";
        case "<=" -> ">=";
        case ">=" -> "<=";
        default -> operator;
      };
    }

    private ExpressionToken peek() {
      return tokens.get(next);
    }

    private ExpressionToken take() {
      ExpressionToken token = tokens.get(next);
      if (token.kind() != Kind.END) {
        next++;
      }
      return token;
    }

    private void expect(Kind kind, String what) {
      ExpressionToken token = take();
      if (token.kind() != kind) {
        throw fail(token, "expected " + what + " but found " + token.describe());
      }
    }

    private RuntimeException fail(ExpressionToken at, String reason) {
      return CatalogErrors.invalidPartitionExpression(text, table.qualifiedName(), at.position(), reason);
    }

    private record Key(int index, String name, KeyType type) {
    }
  }
}
