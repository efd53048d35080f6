package org.gluesuite.dq;

/**
 * One thing wrong with a DQDL ruleset, where it is: {@code line} and {@code column} count from 1 in the DQDL text
 * (the ruleset string itself, not the file that holds it).
 */
public record RulesetProblem(int line, int column, String message) {
  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
