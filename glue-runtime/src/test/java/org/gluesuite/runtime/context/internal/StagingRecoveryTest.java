package org.gluesuite.runtime.context.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

class StagingRecoveryTest {

  /**
   * Two writers starting on the same target: one writes its owner file while the other looks for dead writes.
   * The looking writer must never take the owner file for a dead write's (a half-written file reads as no owner)
   * and delete it under the live writer.
   */
  @Test
  void recoverDeadWrites_whileAnotherWriterWritesItsOwnerFile_neverRemovesIt() throws Exception {
    java.nio.file.Path folder = Files.createTempDirectory(
        java.nio.file.Path.of("target").toAbsolutePath(), "staging-recovery");
    Path target = new Path(folder.resolve("curated").toUri());
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path stagingRoot = new Path(target, StagedFileWriter.STAGING_DIR);
    fs.mkdirs(stagingRoot);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService recoverer = Executors.newSingleThreadExecutor();
    try {
      Future<?> recovering = recoverer.submit(() -> {
        while (writing.get()) {
          StagingRecovery.recoverDeadWrites(fs, target);
        }
        return null;
      });
      for (int i = 0; i < 300; i++) {
        Path owner = new Path(stagingRoot, "write-" + i + StagingRecovery.OWNER_SUFFIX);
        StagingRecovery.writeOwner(fs, owner, "jr_" + i);
        assertThat(fs.exists(owner)).as("owner file of live write %d", i).isTrue();
      }
      writing.set(false);
      recovering.get(60, TimeUnit.SECONDS);
    } finally {
      writing.set(false);
      recoverer.shutdownNow();
    }
  }
}
