package org.gluesuite.lakeformation;

import java.util.List;
import java.util.Objects;

/** Lake Formation's {@code LFTag} / {@code LFTagPair}: a key and values (one value when assigned to a resource). */
public record LfTag(String tagKey, List<String> tagValues) {
  public LfTag {
    Objects.requireNonNull(tagKey, "TagKey");
    tagValues = List.copyOf(tagValues);
  }
}
