package org.gluesuite.dq;

/** One evaluation: its published result and what it produced (rule outcomes, original data, row-level outcomes). */
public record DataQualityEvaluation(DataQualityResult result, DataQualityOutputs outputs) {
  public boolean passed() {
    return result.passed();
  }
}
