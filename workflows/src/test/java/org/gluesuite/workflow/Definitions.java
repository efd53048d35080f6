package org.gluesuite.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.WorkflowDefinition;

/** Writes workflow folders for tests: JSON in Glue's shapes, single quotes for readability. */
public final class Definitions {
  private final Path dir;

  private Definitions(Path dir) {
    this.dir = dir;
  }

  public static Definitions in(Path dir) {
    return new Definitions(dir);
  }

  public Path dir() {
    return dir;
  }

  public Definitions workflow(String json) {
    return write("workflow.json", json);
  }

  /** A job with the given extra fields, e.g. {@code 'MaxRetries': 2}. */
  public Definitions job(String name, String extra) {
    return write("jobs/" + name + ".json", "{'Name': '" + name + "', 'Command': {'Name': 'glueetl', "
        + "'ScriptLocation': 's3://scripts/" + name + ".scala'}" + (extra.isEmpty() ? "" : ", " + extra) + "}");
  }

  public Definitions trigger(String name, String json) {
    return write("triggers/" + name + ".json", "{'Name': '" + name + "', " + json + "}");
  }

  /** An ON_DEMAND start trigger running {@code jobs}. */
  public Definitions start(String... jobs) {
    return trigger("start", "'Type': 'ON_DEMAND', 'Actions': [" + actions(jobs) + "]");
  }

  /** A CONDITIONAL trigger: {@code conditions} like "a=SUCCEEDED", then the jobs it starts. */
  public Definitions when(String name, String logical, String[] conditions, String... jobs) {
    StringBuilder c = new StringBuilder();
    for (String condition : conditions) {
      String[] parts = condition.split("=");
      c.append(c.length() == 0 ? "" : ", ").append("{'LogicalOperator': 'EQUALS', 'JobName': '").append(parts[0])
          .append("', 'State': '").append(parts[1]).append("'}");
    }
    return trigger(name, "'Type': 'CONDITIONAL', 'StartOnCreation': true, 'Predicate': {'Logical': '" + logical
        + "', 'Conditions': [" + c + "]}, 'Actions': [" + actions(jobs) + "]");
  }

  public WorkflowDefinition load() {
    return new DefinitionLoader(Set.of("raw-crawler")).load(dir);
  }

  private static String actions(String... jobs) {
    StringBuilder a = new StringBuilder();
    for (String job : jobs) {
      a.append(a.length() == 0 ? "" : ", ").append("{'JobName': '").append(job).append("'}");
    }
    return a.toString();
  }

  public Definitions write(String file, String json) {
    try {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, json.replace('\'', '"'));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
