package org.gluesuite.runtime.frame.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.gluesuite.runtime.frame.FrameErrors;

/**
 * Lists the files under source paths (recursing into folders, skipping hidden {@code _x}/{@code .x} files) and
 * opens them with Hadoop's FileSystem, decompressing by extension (.gz, .bz2, ...).
 */
public final class SourceFiles {
  private SourceFiles() {
  }

  /** Every file under the paths with its length, sorted by URI so two reads of the same data see the same order. */
  public static List<SourceFile> list(List<String> paths, Configuration conf) {
    List<SourceFile> out = new ArrayList<>();
    statuses(paths, conf).forEach((path, status) -> out.add(new SourceFile(path, status.getLen())));
    return out;
  }

  /** Every file under the paths with its last-modified time (epoch millis), sorted by URI. */
  public static java.util.SortedMap<String, Long> listWithTimes(List<String> paths, Configuration conf) {
    java.util.TreeMap<String, Long> out = new java.util.TreeMap<>();
    statuses(paths, conf).forEach((path, status) -> out.put(path, status.getModificationTime()));
    return out;
  }

  private static java.util.SortedMap<String, FileStatus> statuses(List<String> paths, Configuration conf) {
    java.util.TreeMap<String, FileStatus> files = new java.util.TreeMap<>();
    for (String p : paths) {
      Path path = new Path(p);
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status;
        try {
          status = fs.getFileStatus(path);   // one metadata call (a HEAD on S3), not exists() and then this
        } catch (java.io.FileNotFoundException missing) {
          throw FrameErrors.pathNotFound(p);
        }
        if (status.isFile()) {
          files.put(status.getPath().toString(), status);
          continue;
        }
        collect(fs, path, path, files);
      } catch (IOException e) {
        throw FrameErrors.readFailed(p, e);
      }
    }
    return files;
  }

  /**
   * Lists recursively with {@code listStatus}: unlike {@code listFiles}, it builds no LocatedFileStatus, which on the
   * local file system costs a permission lookup (a forked process) per file.
   */
  private static void collect(FileSystem fs, Path root, Path folder, java.util.Map<String, FileStatus> files)
      throws IOException {
    for (FileStatus child : fs.listStatus(folder)) {
      if (isHidden(root, child.getPath())) {
        continue;
      }
      if (child.isDirectory()) {
        collect(fs, root, child.getPath(), files);
      } else {
        files.put(child.getPath().toString(), child);
      }
    }
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits the sorted files into at most {@code maxGroups} contiguous groups, one read task each (like Glue's
   * groupFiles): contiguous so records keep file order across tasks.
   */
  public static <T> List<List<T>> group(List<T> files, int maxGroups) {
    int groups = Math.max(1, Math.min(files.size(), maxGroups));
    List<List<T>> out = new ArrayList<>(groups);
    int base = files.size() / groups;
    int extra = files.size() % groups;
    int start = 0;
    for (int g = 0; g < groups; g++) {
      int size = base + (g < extra ? 1 : 0);
      out.add(new ArrayList<>(files.subList(start, start + size)));
      start += size;
    }
    return out;
  }

  /**
   * A UTF-8 reader over the file's decompressed content, closed when the task ends if not before. Reads the length
   * the file had when listed: bytes appended since are not read; a file that got shorter fails the read.
   */
  public static BufferedReader open(SourceFile file, Configuration conf) throws IOException {
    org.gluesuite.runtime.internal.CrashPoints.reached("mid-read");
    Path path = new Path(file.path());
    FileSystem fs = path.getFileSystem(conf);
    InputStream in = new ListedLengthStream(fs.open(path), file);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    if (codec != null) {
      in = codec.createInputStream(in);
    }
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    // Readers close at end of file; a failed or cancelled task closes them here, so no stream leaks.
    org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> {
        try {
          reader.close();
        } catch (IOException ignored) {
          // Already closed or broken: nothing left to release.
        }
      });
    }
    return reader;
  }

  /** The first {@code length} bytes of a file; the end of the file before them is an error naming the file. */
  private static final class ListedLengthStream extends java.io.FilterInputStream {
    private final SourceFile file;
    private long remaining;

    ListedLengthStream(InputStream in, SourceFile file) {
      super(in);
      this.file = file;
      this.remaining = file.length();
    }

    @Override
    public int read() throws IOException {
      if (remaining == 0) {
        return -1;
      }
      int b = super.read();
      if (b < 0) {
        throw shrank();
      }
      remaining--;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) throws IOException {
      if (remaining == 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(len, remaining));
      if (n < 0) {
        throw shrank();
      }
      remaining -= n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, remaining));
      remaining -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), remaining);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private IOException shrank() {
      return new IOException("the file ended after " + (file.length() - remaining) + " of the " + file.length()
          + " bytes it had when the job listed it: it was truncated or replaced while the job read it. Rerun the "
          + "job once the producer has finished writing it");
    }
  }
}
