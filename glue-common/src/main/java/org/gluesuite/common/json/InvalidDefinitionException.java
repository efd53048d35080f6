package org.gluesuite.common.json;

import java.util.List;
import java.util.stream.Collectors;
import org.gluesuite.common.GlueSuiteUserException;

/**
 * Definitions (crawlers, workflows, declared schemas, Lake Formation grants) that cannot be used. Holds every problem
 * found, each with its file and JSON path, not just the first; nothing ran.
 */
public final class InvalidDefinitionException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;
  private final transient List<DefinitionProblem> problems;

  InvalidDefinitionException(String subject, List<DefinitionProblem> problems) {
    super(subject + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + "; nothing ran. Fix " + (problems.size() == 1 ? "it" : "each of these") + ":\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }

  /** What AWS's APIs answer to a request they cannot accept. */
  @Override
  public String errorCode() {
    return "InvalidInputException";
  }
}
