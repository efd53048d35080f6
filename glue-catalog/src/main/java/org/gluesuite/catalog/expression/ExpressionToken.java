package org.gluesuite.catalog.expression;

/** One token of a partition expression; {@code position} is 1-based, for messages. */
record ExpressionToken(Kind kind, String text, int position) {

  enum Kind { IDENTIFIER, STRING, NUMBER, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, END }

  /** True for a bare word equal to {@code keyword}, ignoring case (SQL keywords). */
  boolean isKeyword(String keyword) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  String describe() {
    return switch (kind) {
      case END -> "the end of the expression";
      case STRING -> "'" + text + "'";
      default -> "'" + text + "'";
    };
  }
}
