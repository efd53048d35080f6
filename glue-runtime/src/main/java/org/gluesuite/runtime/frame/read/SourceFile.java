package org.gluesuite.runtime.frame.read;

import java.io.Serializable;

/**
 * A file as it was listed: its URI and its length then. Every pass over a read (schema, rows, error records) reads
 * exactly that many bytes, so a file that a producer appends to while the job runs gives the same records each time.
 */
public record SourceFile(String path, long length) implements Serializable {
}
