package org.gluesuite.common.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The problems found while reading definitions, in the order found. Readers record a problem and go on, so one
 * run reports every mistake of every file; {@link #throwIfAny} then stops before anything is used.
 */
public final class DefinitionProblems {
  private final List<DefinitionProblem> problems = new ArrayList<>();

  /** Records that {@code file} is wrong at {@code jsonPath}: {@code message} says what and how to fix it. */
  public void add(String file, String jsonPath, String message) {
    problems.add(new DefinitionProblem(file, jsonPath, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems were recorded so far; compare two counts to see whether a part added any. */
  public int count() {
    return problems.size();
  }

  public List<DefinitionProblem> list() {
    return List.copyOf(problems);
  }

  /**
   * @param subject what was read, for the message ("The workflow definitions in …")
   * @throws InvalidDefinitionException listing every problem, if there is any
   */
  public void throwIfAny(String subject) {
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(subject, problems);
    }
  }

  /** {@link #throwIfAny} over the problems of several documents read separately, in document order. */
  public static void throwIfAny(String subject, Collection<DefinitionNode> documents) {
    Set<DefinitionProblems> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<DefinitionProblem> all = new ArrayList<>();
    for (DefinitionNode document : documents) {
      if (seen.add(document.problems())) {
        all.addAll(document.problems().problems);
      }
    }
    if (!all.isEmpty()) {
      throw new InvalidDefinitionException(subject, all);
    }
  }
}
