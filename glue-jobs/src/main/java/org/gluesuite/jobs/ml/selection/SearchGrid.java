package org.gluesuite.jobs.ml.selection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.common.GlueSuiteUserException;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.jobs.shipping.ModelParams;
import org.gluesuite.jobs.shipping.ModelType;

/**
 * The candidates to try: per algorithm, a list of values per parameter; every combination is one candidate.
 * Written as JSON, algorithms by their {@link Candidate#ALGORITHMS} name, each parameter with a list of values:
 *
 * <pre>{"linear": {"regParam": [0.0, 0.1], "elasticNetParam": [0.0, 0.5]},
 *  "rf": {"numTrees": [100], "maxDepth": [5, 10]},
 *  "gbt": {"maxIter": [32], "maxDepth": [3, 5]},
 *  "fm": {}}</pre>
 *
 * <p>An algorithm with no parameters ({@code {}}) is one candidate with MLlib's defaults.
 *
 * @param parameters per algorithm, per parameter name, the values to try (in the order given)
 */
public record SearchGrid(Map<ModelType, Map<String, List<Object>>> parameters) {

  public SearchGrid {
    Map<ModelType, Map<String, List<Object>>> copy = new LinkedHashMap<>();
    parameters.forEach((type, values) -> {
      Map<String, List<Object>> inner = new LinkedHashMap<>();
      values.forEach((name, list) -> inner.put(name, List.copyOf(list)));
      copy.put(type, inner);
    });
    parameters = java.util.Collections.unmodifiableMap(copy);
    if (candidates(parameters).isEmpty()) {
      throw SelectionErrors.emptyGrid();
    }
  }

  /**
   * The default grid, 18 candidates sized for the small daily or per-order tables of the pipelines: elastic-net
   * linear regression (6), random forests of depth 6 to 14 (6), boosted trees of 60 steps of size 0.05 or 0.1 on
   * 80 % subsamples (4; full-sample GBT overfits these tables, issue 13's research) and factorization machines (2).
   */
  public static SearchGrid defaults() {
    Map<ModelType, Map<String, List<Object>>> grid = new LinkedHashMap<>();
    grid.put(ModelType.LINEAR, values("regParam", List.of(0.0, 0.01, 0.1), "elasticNetParam", List.of(0.0, 0.5)));
    grid.put(ModelType.RF, values("numTrees", List.of(100L), "maxDepth", List.of(6L, 10L, 14L),
        "minInstancesPerNode", List.of(1L, 5L)));
    // at most 60 steps: longer GBT lineages overflow the stack where no checkpoint folder is set
    grid.put(ModelType.GBT, values("maxIter", List.of(60L), "maxDepth", List.of(3L, 5L),
        "stepSize", List.of(0.05, 0.1), "subsamplingRate", List.of(0.8)));
    // MLlib's default stepSize (1.0) diverges here even on scaled features
    grid.put(ModelType.FM, values("factorSize", List.of(4L), "stepSize", List.of(0.01, 0.1)));
    return new SearchGrid(grid);
  }

  /** Parameter names and their value lists, in the order given: {@code values("maxDepth", List.of(3L, 5L))}. */
  public static Map<String, List<Object>> values(Object... namesAndLists) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndLists.length; i += 2) {
      out.put((String) namesAndLists[i], new ArrayList<>((List<?>) namesAndLists[i + 1]));
    }
    return out;
  }

  /**
   * Reads a grid file. Every mistake (unknown algorithm, a parameter the regressor does not have, a value of the
   * wrong type) is reported with the file and JSON path, all at once.
   *
   * @throws org.gluesuite.common.json.InvalidDefinitionException listing the problems
   */
  public static SearchGrid read(Path file) {
    DefinitionProblems problems = new DefinitionProblems();
    DefinitionNode root = DefinitionNode.read(file, file.toString(), problems);
    Map<ModelType, Map<String, List<Object>>> grid = new LinkedHashMap<>();
    root.allowOnly(Candidate.ALGORITHMS);
    for (String name : root.keys()) {
      if (!Candidate.ALGORITHMS.contains(name)) {
        continue;
      }
      ModelType type = ModelType.parse(name);
      DefinitionNode params = root.object(name);
      Map<String, List<Object>> values = new LinkedHashMap<>();
      for (String param : params.keys()) {
        List<Object> list = new ArrayList<>();
        int before = problems.count();
        List<DefinitionNode> elements = params.elements(param);
        if (elements.isEmpty() && problems.count() == before) {
          params.problemAt(param, "is empty; list the values to try, e.g. [5, 10]");
        }
        for (DefinitionNode element : elements) {
          Object value = element.scalar();
          if (value == null) {
            continue;
          }
          try {
            type.estimator(new ModelParams(Map.of(param, value)), "features", "label");
            list.add(value);
          } catch (GlueSuiteUserException e) {
            element.problem(e.getMessage().replaceFirst("^Invalid --model_params: ", "")
                + " Fix the value or remove the parameter");
          }
        }
        values.put(param, list);
      }
      grid.put(type, values);
    }
    problems.throwIfAny("The model-selection grid " + file);
    return new SearchGrid(grid);
  }

  /** Every combination, algorithm by algorithm in the grid's order, the first parameter varying slowest. */
  public List<Candidate> candidates() {
    return candidates(parameters);
  }

  private static List<Candidate> candidates(Map<ModelType, Map<String, List<Object>>> parameters) {
    List<Candidate> out = new ArrayList<>();
    parameters.forEach((type, values) -> {
      List<Map<String, Object>> combinations = new ArrayList<>();
      combinations.add(new LinkedHashMap<>());
      for (Map.Entry<String, List<Object>> p : values.entrySet()) {
        List<Map<String, Object>> next = new ArrayList<>();
        for (Map<String, Object> partial : combinations) {
          for (Object value : p.getValue()) {
            Map<String, Object> extended = new LinkedHashMap<>(partial);
            extended.put(p.getKey(), value);
            next.add(extended);
          }
        }
        combinations = next;
      }
      combinations.forEach(c -> out.add(new Candidate(type, new ModelParams(c))));
    });
    return out;
  }
}
