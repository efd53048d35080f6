package org.gluesuite.catalog.expression;

import java.util.ArrayList;
import java.util.List;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.expression.ExpressionToken.Kind;

/**
 * Splits an expression into tokens: bare or quoted ({@code `key`}, {@code "key"}) identifiers, single-quoted
 * strings ({@code ''} is a quote), numbers, {@code = <> != < > <= >=}, parentheses and commas.
 */
final class ExpressionLexer {
  private final String text;
  private final String table;
  private int i;

  private ExpressionLexer(String text, String table) {
    this.text = text;
    this.table = table;
  }

  static List<ExpressionToken> tokens(String text, String table) {
    return new ExpressionLexer(text, table).all();
  }

  private List<ExpressionToken> all() {
    List<ExpressionToken> tokens = new ArrayList<>();
    while (true) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        tokens.add(new ExpressionToken(Kind.END, "", i + 1));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private ExpressionToken next() {
    int start = i;
    char c = text.charAt(i);
    if (c == '(' || c == ')' || c == ',') {
      i++;
      Kind kind = c == '(' ? Kind.LEFT_PAREN : c == ')' ? Kind.RIGHT_PAREN : Kind.COMMA;
      return new ExpressionToken(kind, String.valueOf(c), start + 1);
    }
    if (c == '\'') {
      return new ExpressionToken(Kind.STRING, quoted('\''), start + 1);
    }
    if (c == '`' || c == '"') {
      return new ExpressionToken(Kind.IDENTIFIER, quoted(c), start + 1);
    }
    if (c == '=' ) {
      i++;
      return new ExpressionToken(Kind.OPERATOR, "=", start + 1);
    }
    if (c == '<' || c == '>' || c == '!') {
      i++;
      if (i < text.length() && (text.charAt(i) == '=' || (c == '<' && text.charAt(i) == '>'))) {
        i++;
      }
      String op = text.substring(start, i);
      if (op.equals("!")) {
        throw CatalogErrors.invalidPartitionExpression(text, table, start + 1, "'!' must be followed by '=' (write != or <>)");
      }
      return new ExpressionToken(Kind.OPERATOR, op.equals("!=") ? "<>" : op, start + 1);
    }
    if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && i + 1 < text.length()
        && Character.isDigit(text.charAt(i + 1)))) {
      i++;
      while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      return new ExpressionToken(Kind.NUMBER, text.substring(start, i), start + 1);
    }
    if (Character.isLetter(c) || c == '_') {
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
        i++;
      }
      return new ExpressionToken(Kind.IDENTIFIER, text.substring(start, i), start + 1);
    }
    throw CatalogErrors.invalidPartitionExpression(text, table, start + 1, "unexpected character '" + c + "'");
  }

  private String quoted(char quote) {
    int start = i;
    i++;
    StringBuilder value = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == quote) {
        if (i < text.length() && text.charAt(i) == quote) {
          value.append(quote);
          i++;
          continue;
        }
        return value.toString();
      }
      value.append(c);
    }
    throw CatalogErrors.invalidPartitionExpression(text, table, start + 1, "the quote " + quote + " opened here is never"
        + " closed");
  }
}
