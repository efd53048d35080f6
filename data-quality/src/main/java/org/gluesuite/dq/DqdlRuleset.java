package org.gluesuite.dq;

import java.util.ArrayList;
import java.util.List;
import org.gluesuite.dq.internal.DqdlSyntax;
import software.amazon.glue.dqdl.exception.InvalidDataQualityRulesetException;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.DQRuleset;
import software.amazon.glue.dqdl.parser.DQDLParser;

/**
 * A DQDL ruleset ({@code Rules = [ … ]}) read by AWS's own DQDL parser ({@code software.amazon.glue:dqdl}), each
 * top-level rule with its line and column. Immutable; parse once, evaluate many times.
 */
public final class DqdlRuleset {
  private final String text;
  private final DQRuleset parsed;
  private final List<DqdlRule> rules;

  private DqdlRuleset(String text, DQRuleset parsed, List<DqdlRule> rules) {
    this.text = text;
    this.parsed = parsed;
    this.rules = List.copyOf(rules);
  }

  /**
   * Parses {@code dqdl}.
   *
   * @throws InvalidRulesetException naming the line and column of every syntax error, or of each rule the DQDL
   *     parser rejects (unknown rule type, wrong parameters, a condition the rule type does not take)
   */
  public static DqdlRuleset parse(String dqdl) {
    if (dqdl == null || dqdl.isBlank()) {
      throw DataQualityErrors.invalidRuleset(List.of(new RulesetProblem(1, 1,
          "the ruleset is empty; write Rules = [ <rule>, … ], e.g. Rules = [ RowCount > 0 ]")));
    }
    DqdlSyntax.Result syntax = DqdlSyntax.read(dqdl);
    if (!syntax.syntaxErrors().isEmpty()) {
      throw DataQualityErrors.invalidRuleset(syntax.syntaxErrors());
    }
    DQRuleset parsed;
    try {
      parsed = new DQDLParser().parse(dqdl);
    } catch (InvalidDataQualityRulesetException | RuntimeException e) {
      throw DataQualityErrors.invalidRuleset(locate(syntax, e));
    }
    List<DqdlRule> rules = new ArrayList<>();
    List<DQRule> top = parsed.getRules();
    for (int i = 0; i < top.size(); i++) {
      DqdlSyntax.RuleText where = i < syntax.rules().size() ? syntax.rules().get(i) : null;
      rules.add(new DqdlRule(top.get(i), where == null ? 1 : where.line(), where == null ? 1 : where.column()));
    }
    return new DqdlRuleset(dqdl, parsed, rules);
  }

  /**
   * The DQDL parser stops at its first rejected rule and does not say where it is: each top-level rule is parsed on its
   * own (after the same metadata, sources and variables) to place every rejected one.
   */
  private static List<RulesetProblem> locate(DqdlSyntax.Result syntax, Exception whole) {
    List<RulesetProblem> problems = new ArrayList<>();
    for (DqdlSyntax.RuleText rule : syntax.rules()) {
      try {
        new DQDLParser().parse(syntax.preamble() + "Rules = [ " + rule.text() + " ]");
      } catch (InvalidDataQualityRulesetException | RuntimeException e) {
        problems.add(new RulesetProblem(rule.line(), rule.column(), clean(e.getMessage()) + " (in: " + rule.text()
            + ")"));
      }
    }
    if (problems.isEmpty()) {
      problems.add(new RulesetProblem(1, 1, clean(whole.getMessage())));
    }
    return problems;
  }

  private static String clean(String message) {
    if (message == null) {
      return "the DQDL parser rejected it";
    }
    return message.startsWith("Parsing Error: ") ? message.substring("Parsing Error: ".length()) : message;
  }

  /** The DQDL text as given. */
  public String text() {
    return text;
  }

  /** The top-level rules, in order. */
  public List<DqdlRule> rules() {
    return rules;
  }

  /** The aliases the ruleset's {@code DataSources} section names besides the primary one (may be empty). */
  public List<String> additionalSources() {
    return parsed.getAdditionalDataSourcesNames() == null ? List.of() : parsed.getAdditionalDataSourcesNames();
  }

  @Override
  public String toString() {
    return text;
  }
}
