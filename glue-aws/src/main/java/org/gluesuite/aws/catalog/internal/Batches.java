package org.gluesuite.aws.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Splits a batch into AWS's per-call limit and merges what each call returned, in order. */
public final class Batches {
  private Batches() {
  }

  public static <T, R> List<R> inChunks(List<T> items, int limit, Function<List<T>, List<R>> call) {
    List<R> merged = new ArrayList<>();
    for (int from = 0; from < items.size(); from += limit) {
      merged.addAll(call.apply(items.subList(from, Math.min(items.size(), from + limit))));
    }
    return List.copyOf(merged);
  }
}
