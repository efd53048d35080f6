package org.gluesuite.runtime.job;

import java.nio.file.Path;
import java.util.Optional;
import org.gluesuite.runtime.bookmark.BookmarkStore;

/**
 * Where the launcher keeps what outlives a run, besides run records: job bookmarks and error records. In a
 * workspace these are {@code bookmarks/} and {@code errors/} next to {@code runs/}.
 *
 * @param bookmarks the bookmark store; null when this environment keeps no bookmarks (a run asking for
 *     {@code job-bookmark-enable} or {@code pause} then fails before it starts)
 * @param errorsRoot where error records go ({@code <root>/<job>/<run id>/<source>/}); null to count them only
 */
public record RunnerSettings(BookmarkStore bookmarks, Path errorsRoot) {

  /** Keeps no bookmarks and writes no error records (counts only). */
  public static RunnerSettings none() {
    return new RunnerSettings(null, null);
  }

  /** The workspace layout: {@code <workspace>/bookmarks} and {@code <workspace>/errors}. */
  public static RunnerSettings inWorkspace(Path workspace) {
    Path root = workspace.toAbsolutePath().normalize();
    return new RunnerSettings(new BookmarkStore(root.resolve("bookmarks")), root.resolve("errors"));
  }

  /**
   * What a run store implies: a {@link FileJobRunStore} at {@code <workspace>/runs/jobs} sits in a workspace, so
   * bookmarks and error records go next to it; any other store gets {@link #none()}.
   */
  public static RunnerSettings forRunStore(JobRunStore store) {
    if (store instanceof FileJobRunStore files) {
      Path root = files.root().toAbsolutePath().normalize();
      if (root.getFileName() != null && root.getFileName().toString().equals("jobs") && root.getParent() != null
          && root.getParent().getFileName().toString().equals("runs") && root.getParent().getParent() != null) {
        return inWorkspace(root.getParent().getParent());
      }
    }
    return none();
  }

  public Optional<BookmarkStore> bookmarkStore() {
    return Optional.ofNullable(bookmarks);
  }
}
