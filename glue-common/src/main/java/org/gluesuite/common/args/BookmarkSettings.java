package org.gluesuite.common.args;

import java.util.Objects;
import java.util.Optional;

/**
 * How a run uses its job bookmark: the option, and for {@link BookmarkOption#PAUSE} an optional
 * window of run ids ({@code --job-bookmark-from} / {@code --job-bookmark-to}).
 *
 * <p>Invariant: a window is only present with PAUSE, and then both ends are present. Build values
 * with the static factories.
 */
public record BookmarkSettings(BookmarkOption option, Optional<String> fromRunId, Optional<String> toRunId) {

  public BookmarkSettings {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(fromRunId, "fromRunId");
    Objects.requireNonNull(toRunId, "toRunId");
    if (fromRunId.isPresent() != toRunId.isPresent()) {
      throw new IllegalArgumentException("fromRunId and toRunId must be both present or both empty");
    }
    if (fromRunId.isPresent() && option != BookmarkOption.PAUSE) {
      throw new IllegalArgumentException("a run window is only allowed with " + BookmarkOption.PAUSE);
    }
  }

  /** Glue's default: bookmarks off. */
  public static BookmarkSettings disabled() {
    return new BookmarkSettings(BookmarkOption.DISABLE, Optional.empty(), Optional.empty());
  }

  public static BookmarkSettings enabled() {
    return new BookmarkSettings(BookmarkOption.ENABLE, Optional.empty(), Optional.empty());
  }

  /** Paused, processing from the last committed bookmark. */
  public static BookmarkSettings paused() {
    return new BookmarkSettings(BookmarkOption.PAUSE, Optional.empty(), Optional.empty());
  }

  /** Paused, reprocessing the input of the runs after {@code fromRunId} up to and including {@code toRunId}. */
  public static BookmarkSettings pausedBetween(String fromRunId, String toRunId) {
    return new BookmarkSettings(BookmarkOption.PAUSE,
        Optional.of(Objects.requireNonNull(fromRunId, "fromRunId")),
        Optional.of(Objects.requireNonNull(toRunId, "toRunId")));
  }

  /** True if the run window is given. */
  public boolean hasRunWindow() {
    return fromRunId.isPresent();
  }
}
