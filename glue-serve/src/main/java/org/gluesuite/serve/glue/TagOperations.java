package org.gluesuite.serve.glue;

import static org.gluesuite.serve.glue.GlueCatalogOperations.output;

import java.util.Map;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.ServiceApi;

/** TagResource, UntagResource, GetTags on the resource kinds of {@link TaggableResources}. */
final class TagOperations {
  private TagOperations() {
  }

  @SuppressWarnings("unchecked")
  static void register(ServiceApi glue, EmbeddedCatalog catalog, TaggableResources taggables) {
    glue.register("TagResource", call -> {
      catalog.tagResource(taggables.requireExisting(call.string("ResourceArn")), call.read("TagsToAdd", Map.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("UntagResource", call -> {
      catalog.untagResource(taggables.requireExisting(call.string("ResourceArn")),
          call.readList("TagsToRemove", String.class));
      return Operation.NO_OUTPUT;
    });
    glue.register("GetTags", call -> output("Tags",
        catalog.getTags(taggables.requireExisting(call.string("ResourceArn")))));
  }
}
