package org.gluesuite.lakeformation.rowfilter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gluesuite.lakeformation.LakeFormationErrors;

/** Splits a row filter into tokens; rejects characters and operators outside Lake Formation's subset. */
final class RowFilterLexer {
  static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "BETWEEN", "IN", "LIKE", "IS", "NULL", "TRUE",
      "FALSE", "DATE", "TIMESTAMP");

  private final String text;
  private int i;

  private RowFilterLexer(String text) {
    this.text = text;
  }

  static List<Token> tokenize(String text) {
    return new RowFilterLexer(text).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        tokens.add(new Token(Token.Kind.END, "", null, text.length() + 1));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = i;
    char c = text.charAt(i);
    if (c == '\'') {
      return string(start);
    }
    if (c == '"') {
      return quotedIdentifier(start);
    }
    if (Character.isDigit(c) || (c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))
        || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
      return number(start);
    }
    if (Character.isLetter(c) || c == '_') {
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
        i++;
      }
      String word = text.substring(start, i);
      boolean keyword = KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
      return new Token(keyword ? Token.Kind.KEYWORD : Token.Kind.IDENTIFIER, word, null, start + 1);
    }
    i++;
    switch (c) {
      case '(':
        return new Token(Token.Kind.LEFT_PAREN, "(", null, start + 1);
      case ')':
        return new Token(Token.Kind.RIGHT_PAREN, ")", null, start + 1);
      case ',':
        return new Token(Token.Kind.COMMA, ",", null, start + 1);
      case '.':
        return new Token(Token.Kind.DOT, ".", null, start + 1);
      case '=':
        return new Token(Token.Kind.OPERATOR, "=", null, start + 1);
      case '<':
        if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == '>')) {
          i++;
        }
        return new Token(Token.Kind.OPERATOR, text.substring(start, i), null, start + 1);
      case '>':
      case '!':
        if (i < text.length() && text.charAt(i) == '=') {
          i++;
          return new Token(Token.Kind.OPERATOR, text.substring(start, i), null, start + 1);
        }
        if (c == '>') {
          return new Token(Token.Kind.OPERATOR, ">", null, start + 1);
        }
        break;
      default:
        break;
    }
    throw LakeFormationErrors.rowFilterCharacter(text, start + 1, c);
  }

  private Token string(int start) {
    StringBuilder value = new StringBuilder();
    i++;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\'') {
        if (i < text.length() && text.charAt(i) == '\'') {
          value.append('\'');
          i++;
          continue;
        }
        return new Token(Token.Kind.STRING, text.substring(start, i), value.toString(), start + 1);
      }
      value.append(c);
    }
    throw LakeFormationErrors.rowFilterSyntax(text, start + 1, "the string starting here is not closed",
        "End it with a single quote; write a quote inside a string as two quotes ('O''Brien').");
  }

  private Token quotedIdentifier(int start) {
    int end = text.indexOf('"', i + 1);
    if (end < 0) {
      throw LakeFormationErrors.rowFilterSyntax(text, start + 1, "the quoted column name starting here is not closed",
          "End it with a double quote. (Strings are in single quotes: 'Delhi'.)");
    }
    i = end + 1;
    return new Token(Token.Kind.QUOTED_IDENTIFIER, text.substring(start, i), text.substring(start + 1, end), start + 1);
  }

  private Token number(int start) {
    i++;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
        || text.charAt(i) == 'e' || text.charAt(i) == 'E'
        || ((text.charAt(i) == '-' || text.charAt(i) == '+') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')))) {
      i++;
    }
    String literal = text.substring(start, i);
    try {
      BigDecimal value = new BigDecimal(literal);
      Object number = value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
          && !literal.contains(".") && !literal.toLowerCase(Locale.ROOT).contains("e") ? (Object) value.longValueExact()
          : value;
      return new Token(Token.Kind.NUMBER, literal, number, start + 1);
    } catch (NumberFormatException | ArithmeticException e) {
      throw LakeFormationErrors.rowFilterSyntax(text, start + 1, "'" + literal + "' is not a number",
          "Write numbers as 42, -3.5 or 1e3.");
    }
  }
}
