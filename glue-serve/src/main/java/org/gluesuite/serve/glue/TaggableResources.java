package org.gluesuite.serve.glue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.serve.ServeErrors;

/**
 * The kinds of Glue resources {@code TagResource}/{@code GetTags}/{@code UntagResource} accept, by the first part of
 * the ARN's resource ({@code database}, {@code table}, {@code connection}; jobs, crawlers and workflows register
 * theirs), each with a check that the named resource exists.
 */
public final class TaggableResources {
  private final Map<String, Consumer<List<String>>> kinds = new ConcurrentHashMap<>();

  /** {@code requireExists} gets the ARN's resource path after the kind, and throws EntityNotFoundException. */
  public TaggableResources register(String kind, Consumer<List<String>> requireExists) {
    if (kinds.putIfAbsent(kind, requireExists) != null) {
      throw new IllegalArgumentException("Taggable resource kind '" + kind + "' is registered twice");
    }
    return this;
  }

  /**
   * The resource an ARN names ({@code table/sales/orders}), after checking it exists.
   *
   * @throws InvalidInputException if it is not a Glue ARN of a kind that can be tagged here
   */
  String requireExisting(String arn) {
    String[] fields = arn.split(":", 6);
    if (fields.length < 6 || !fields[0].equals("arn") || !fields[1].startsWith("aws") || !fields[2].equals("glue")
        || fields[5].isEmpty()) {
      throw ServeErrors.notAGlueArn(arn);
    }
    String resource = fields[5];
    List<String> path = List.of(resource.split("/", -1));
    Consumer<List<String>> check = kinds.get(path.get(0));
    if (check == null) {
      throw ServeErrors.notTaggable(arn, path.get(0), kinds.keySet().stream().sorted().toList());
    }
    check.accept(path.subList(1, path.size()));
    return resource;
  }
}
