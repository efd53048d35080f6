package org.gluesuite.runtime.context.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.gluesuite.common.json.PascalCaseJson;
import org.gluesuite.runtime.context.WriteMode;

/**
 * What a sink is about to move into place, written next to its staging folder
 * ({@code _glue_staging/<id>.publishing}) before the first move, so that the next writer to the same folder can
 * repair the result of a process killed half-way through the moves (see {@link StagingRecovery}).
 */
@PascalCaseJson
record PublishJournal(String filePrefix, WriteMode writeMode, List<Entry> entries) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One staged folder, where it goes, and where what it replaces is put aside. */
  @PascalCaseJson
  record Entry(String staged, String destination, String trash) {
  }

  void write(FileSystem fs, Path file) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(JSON.writeValueAsBytes(this));
    }
  }

  static PublishJournal read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return JSON.readValue(in, PublishJournal.class);
    }
  }
}
