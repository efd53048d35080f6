package org.gluesuite.crawler.scan;

import java.nio.file.Path;

/** A data file found under a target: its path, the leaf folder relative to the target ('/'-separated, "" at the root), size. */
public record DataFile(Path path, String folder, long size) {
}
