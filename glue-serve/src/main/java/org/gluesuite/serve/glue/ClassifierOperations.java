package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;
import static org.gluesuite.serve.glue.GlueCatalogOperations.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gluesuite.crawler.ClassifierDefinitions;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;

/**
 * Glue's classifier operations over the crawler definitions folder's {@code classifiers/}: {@code CreateClassifier},
 * {@code GetClassifier}, {@code GetClassifiers}, {@code UpdateClassifier}, {@code DeleteClassifier}. Each classifier
 * is the file {@code NAME.json} in {@code CreateClassifier}'s shape (CSV, grok and JSON; an {@code XMLClassifier} is
 * refused, as the crawlers cannot classify XML), checked by the reader crawls use.
 */
public final class ClassifierOperations {
  /** Glue's largest {@code GetClassifiers} page. */
  private static final int PAGE_SIZE = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClassifierOperations() {
  }

  public static void register(ServiceApi glue, ClassifierDefinitions classifiers) {
    glue.register("CreateClassifier", call -> {
      classifiers.create((ObjectNode) call.input().deepCopy());
      return Operation.NO_OUTPUT;
    });
    glue.register("GetClassifier", call -> output("Classifier", classifier(classifiers, call.string("Name"))));
    glue.register("GetClassifiers", call -> {
      Pages.Page<String> page = Pages.of(classifiers.names(), name -> name, call, PAGE_SIZE);
      return page("Classifiers", page.items().stream().map(name -> classifier(classifiers, name)).toList(),
          page.nextToken());
    });
    glue.register("UpdateClassifier", call -> {
      classifiers.update((ObjectNode) call.input().deepCopy());
      return Operation.NO_OUTPUT;
    });
    glue.register("DeleteClassifier", call -> {
      classifiers.delete(call.string("Name"));
      return Operation.NO_OUTPUT;
    });
  }

  /** Glue's {@code Classifier}: the stored kind member with its fields, plus {@code LastUpdated} (the file's time). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> classifier(ClassifierDefinitions classifiers, String name) {
    Map<String, Object> stored = JSON.convertValue(classifiers.source(name), LinkedHashMap.class);
    Instant updated = classifiers.lastUpdated(name);
    stored.values().forEach(fields -> ((Map<String, Object>) fields).put("LastUpdated", updated));
    return stored;
  }
}
