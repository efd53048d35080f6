package org.gluesuite.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.bench.scenario.CsvReaderScenario;
import org.gluesuite.bench.scenario.EtlScenario;
import org.gluesuite.bench.scenario.InteractiveScenario;
import org.gluesuite.bench.scenario.JobStartupScenario;
import org.gluesuite.bench.scenario.JsonReaderScenario;
import org.gluesuite.bench.scenario.PushDownScenario;
import org.gluesuite.bench.scenario.StartupScenario;
import org.gluesuite.bench.scenario.TransformsScenario;

/** The scenarios, by name, in the order a full run measures them. */
public final class Scenarios {
  private static final Map<String, Scenario> ALL = new LinkedHashMap<>();

  static {
    for (Scenario s : List.of(new EtlScenario(), new PushDownScenario(), new TransformsScenario(),
        new CsvReaderScenario(), new JsonReaderScenario(), new StartupScenario(), new JobStartupScenario(),
        new InteractiveScenario())) {
      ALL.put(s.name(), s);
    }
  }

  private Scenarios() {
  }

  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  public static Scenario require(String name) {
    Scenario s = ALL.get(name);
    if (s == null) {
      throw BenchErrors.unknownScenario(name, names());
    }
    return s;
  }

  /** The size a child was told ({@link BenchSize#name()}: smoke, full or full-xN). */
  static BenchSize size(String name) {
    if (name.equals(BenchSize.SMOKE.name())) {
      return BenchSize.SMOKE;
    }
    return name.startsWith("full-x") ? BenchSize.full(Integer.parseInt(name.substring("full-x".length())))
        : BenchSize.FULL;
  }
}
