package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.List;
import software.amazon.glue.dqdl.model.DQRule;

/**
 * One top-level rule of a ruleset as AWS's DQDL parser read it, with where it starts in the DQDL text. Its text
 * ({@link #toString()}) is the parser's canonical form, which is also the {@code Rule} Glue reports for it.
 */
public record DqdlRule(DQRule rule, int line, int column) {

  /** The rule and, for a composite rule ({@code (A) and (B)}), every rule nested in it, depth first. */
  public List<DQRule> leaves() {
    List<DQRule> leaves = new ArrayList<>();
    collect(rule, leaves);
    return leaves;
  }

  private static void collect(DQRule rule, List<DQRule> into) {
    if (rule.getNestedRules() == null || rule.getNestedRules().isEmpty()) {
      into.add(rule);
    } else {
      rule.getNestedRules().forEach(nested -> collect(nested, into));
    }
  }

  @Override
  public String toString() {
    return rule.toString();
  }
}
