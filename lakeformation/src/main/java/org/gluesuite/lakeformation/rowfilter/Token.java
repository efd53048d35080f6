package org.gluesuite.lakeformation.rowfilter;

/** A lexical token of a row filter and its 1-based position. */
record Token(Kind kind, String text, Object value, int position) {
  enum Kind { IDENTIFIER, QUOTED_IDENTIFIER, KEYWORD, STRING, NUMBER, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, DOT,
    END }

  boolean isKeyword(String keyword) {
    return kind == Kind.KEYWORD && text.equalsIgnoreCase(keyword);
  }

  boolean is(Kind expected) {
    return kind == expected;
  }

  String shown() {
    return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
  }
}
