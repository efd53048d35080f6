package org.gluesuite.runtime.context.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The renames a sink made while moving staged data into place, so that a failure part-way can put every
 * file and folder back where it was: the old partitions return, the new data goes back to staging.
 */
final class MoveLog {
  private record Move(Path from, Path to) {
  }

  private final FileSystem fs;
  private final Deque<Move> done = new ArrayDeque<>();

  MoveLog(FileSystem fs) {
    this.fs = fs;
  }

  void move(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not move " + from + " to " + to);
    }
    done.push(new Move(from, to));
  }

  /** Reverses the moves, newest first. Returns a description of what could not be restored, or null. */
  String undo() {
    StringBuilder failures = new StringBuilder();
    while (!done.isEmpty()) {
      Move move = done.pop();
      try {
        fs.mkdirs(move.from().getParent());
        if (!fs.rename(move.to(), move.from())) {
          failures.append(move.to()).append(" (should be at ").append(move.from()).append("); ");
        }
      } catch (IOException e) {
        failures.append(move.to()).append(" (").append(e.getMessage()).append("); ");
      }
    }
    return failures.isEmpty() ? null : failures.toString();
  }
}
