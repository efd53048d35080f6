package org.gluesuite.dq;

/** A rule's outcome as Glue reports it in {@code ruleOutcomes} ({@code Passed}/{@code Failed}). */
public enum Outcome {
  PASSED("Passed", "PASS"),
  FAILED("Failed", "FAIL");

  private final String label;
  private final String resultCode;

  Outcome(String label, String resultCode) {
    this.label = label;
    this.resultCode = resultCode;
  }

  /** {@code Passed} or {@code Failed}: the {@code Outcome} column of Glue's rule outcomes. */
  public String label() {
    return label;
  }

  /** {@code PASS} or {@code FAIL}: the {@code Result} of a rule in Glue's {@code GetDataQualityResult}. */
  public String resultCode() {
    return resultCode;
  }

  public static Outcome of(boolean passed) {
    return passed ? PASSED : FAILED;
  }
}
