package org.gluesuite.runtime.context.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.gluesuite.runtime.bookmark.BookmarkLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after writers that died (killed, or their machine lost) before finishing: each staging folder has an
 * owner file ({@code _glue_staging/<id>.owner}: host, process id and start time); when that process is gone,
 * <ul>
 *   <li>a write that never started publishing is deleted (nothing of it was visible);</li>
 *   <li>a write killed while publishing ({@code <id>.publishing} exists) is rolled back partition by partition where
 *       it was unfinished: its files are removed from the destination and what it had put aside in
 *       {@code _glue_trash/<id>} is restored; partitions it had finished moving are kept (complete, and replaced by
 *       the rerun that redoes the uncommitted run).</li>
 * </ul>
 * Writes of live processes are never touched.
 */
final class StagingRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(StagingRecovery.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String OWNER_SUFFIX = ".owner";
  static final String JOURNAL_SUFFIX = ".publishing";
  /** An owner file being written; never read as an owner. */
  private static final String PARTIAL_SUFFIX = ".partial";

  private StagingRecovery() {
  }

  static void recoverDeadWrites(FileSystem fs, Path target) throws IOException {
    Path stagingRoot = new Path(target, StagedFileWriter.STAGING_DIR);
    if (!fs.exists(stagingRoot)) {
      return;
    }
    for (FileStatus status : fs.listStatus(stagingRoot)) {
      String name = status.getPath().getName();
      if (!name.endsWith(OWNER_SUFFIX)) {
        continue;
      }
      BookmarkLock.Owner owner = readOwner(fs, status.getPath());
      if (owner != null && owner.alive()) {
        continue;
      }
      String writeId = name.substring(0, name.length() - OWNER_SUFFIX.length());
      Path journal = new Path(stagingRoot, writeId + JOURNAL_SUFFIX);
      if (fs.exists(journal)) {
        rollBackUnfinished(fs, PublishJournal.read(fs, journal));
      }
      LOG.warn("Removing the staging of write {} under {}: its process {} is gone", writeId, target,
          owner == null ? "(unknown)" : owner.pid());
      fs.delete(new Path(stagingRoot, writeId), true);
      fs.delete(new Path(new Path(target, StagedFileWriter.TRASH_DIR), writeId), true);
      fs.delete(journal, false);
      fs.delete(status.getPath(), false);
    }
  }

  private static void rollBackUnfinished(FileSystem fs, PublishJournal journal) throws IOException {
    for (PublishJournal.Entry entry : journal.entries()) {
      Path staged = new Path(entry.staged());
      Path destination = new Path(entry.destination());
      Path trash = new Path(entry.trash());
      if (!hasDataFiles(fs, staged)) {
        continue;
      }
      if (fs.exists(destination)) {
        for (FileStatus file : fs.listStatus(destination)) {
          if (file.isFile() && file.getPath().getName().startsWith(StagedFileWriter.filePrefix(journal.filePrefix()))) {
            fs.delete(file.getPath(), false);
          }
        }
      }
      if (!fs.exists(trash)) {
        continue;
      }
      if (!fs.exists(destination)) {
        fs.mkdirs(destination.getParent());
        fs.rename(trash, destination);
        continue;
      }
      for (FileStatus file : fs.listStatus(trash)) {
        fs.rename(file.getPath(), new Path(destination, file.getPath().getName()));
      }
    }
  }

  private static boolean hasDataFiles(FileSystem fs, Path folder) throws IOException {
    if (!fs.exists(folder)) {
      return false;
    }
    for (FileStatus file : fs.listStatus(folder)) {
      String name = file.getPath().getName();
      if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static BookmarkLock.Owner readOwner(FileSystem fs, Path file) {
    try (InputStream in = fs.open(file)) {
      return JSON.readValue(in, BookmarkLock.Owner.class);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Writes the owner file whole under a temporary name, then renames it into place: a concurrent writer's
   * {@link #recoverDeadWrites} must never read a half-written owner file, which it would take for a dead one.
   */
  static void writeOwner(FileSystem fs, Path file, String runId) throws IOException {
    Path partial = new Path(file.getParent(), file.getName() + PARTIAL_SUFFIX);
    try (java.io.OutputStream out = fs.create(partial, true)) {
      out.write(JSON.writeValueAsBytes(BookmarkLock.Owner.current(runId)));
    }
    if (!fs.rename(partial, file)) {
      throw new IOException("could not rename " + partial + " to " + file);
    }
  }
}
