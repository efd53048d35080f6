package org.gluesuite.crawler.classify;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The first bytes of one data file, decompressed (gzip, bzip2), read lazily up to what a classifier asks
 * for: CSV takes 1 MB, JSON 1 MB growing to 10 MB. Remembers how much of the raw file that consumed so
 * that record counts can be extrapolated.
 */
public final class FileSample implements AutoCloseable {
  public static final int MB = 1 << 20;
  private static final int HEAD = 16;

  private final Path file;
  private final long size;
  private final byte[] head = new byte[HEAD];
  private final int headLength;
  private final Compression compression;
  private final CountingStream raw;
  private final InputStream content;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private boolean complete;

  private FileSample(Path file, long size, int headLength, Compression compression, CountingStream raw,
      InputStream content) {
    this.file = file;
    this.size = size;
    this.headLength = headLength;
    this.compression = compression;
    this.raw = raw;
    this.content = content;
  }

  /** Opens {@code file}. @throws SkippedFileException when it is empty, unreadable or compressed in an unknown way */
  public static FileSample open(Path file, long size) throws SkippedFileException {
    if (size == 0) {
      throw new SkippedFileException("empty file (0 bytes)");
    }
    byte[] head = new byte[HEAD];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, HEAD);
    } catch (AccessDeniedException e) {
      throw new SkippedFileException("unreadable: permission denied");
    } catch (IOException e) {
      throw new SkippedFileException("unreadable: " + e.getMessage());
    }
    Compression compression = Compression.detect(head, n);
    if (compression == Compression.NONE) {
      var unknown = Compression.unsupported(head, n, file.getFileName().toString());
      if (unknown.isPresent()) {
        throw new SkippedFileException("unsupported compression " + unknown.get()
            + " (the crawler reads gzip and bzip2; recompress or exclude the file)");
      }
    }
    try {
      CountingStream raw = new CountingStream(Files.newInputStream(file));
      InputStream content = switch (compression) {
        case GZIP -> new GZIPInputStream(raw, 1 << 16);
        case BZIP2 -> new BZip2CompressorInputStream(raw, true);
        case NONE -> raw;
      };
      FileSample sample = new FileSample(file, size, n, compression, raw, content);
      System.arraycopy(head, 0, sample.head, 0, n);
      return sample;
    } catch (IOException e) {
      throw new SkippedFileException("unreadable " + compression.parameter() + " data: " + e.getMessage());
    }
  }

  public Path file() {
    return file;
  }

  public long size() {
    return size;
  }

  public Compression compression() {
    return compression;
  }

  /** The first raw (compressed) bytes, for format magic numbers. */
  public boolean rawStartsWith(byte[] magic) {
    if (headLength < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Up to {@code limit} decompressed bytes from the start. @throws SkippedFileException if the data is corrupt */
  public byte[] bytes(int limit) throws SkippedFileException {
    try {
      byte[] chunk = new byte[1 << 16];
      while (!complete && buffer.size() < limit) {
        int n = content.read(chunk, 0, Math.min(chunk.length, limit - buffer.size()));
        if (n < 0) {
          complete = true;
        } else {
          buffer.write(chunk, 0, n);
        }
      }
    } catch (IOException e) {
      throw new SkippedFileException("corrupt " + compression.parameter() + " data: " + e.getMessage());
    }
    byte[] all = buffer.toByteArray();
    return all.length <= limit ? all : java.util.Arrays.copyOf(all, limit);
  }

  /** Whether the whole file has been read into the sample. */
  public boolean complete() {
    return complete;
  }

  /** The share of the raw file read so far, in (0, 1]. */
  public double fractionRead() {
    return complete ? 1.0 : Math.max(1e-9, Math.min(1.0, (double) raw.count / size));
  }

  /**
   * The sample as UTF-8 text (a BOM dropped), cut after the last full line when the file goes on.
   *
   * @throws SkippedFileException for binary content (NUL bytes) or bytes that are not UTF-8 (mixed encodings)
   */
  public String text(int limit) throws SkippedFileException {
    byte[] bytes = bytes(limit);
    int length = bytes.length;
    if (bytes.length == 0) {
      throw new SkippedFileException("empty file (no content after " + compression.parameter() + " decompression)");
    }
    for (int i = 0; i < Math.min(length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new SkippedFileException("binary content (NUL byte at offset " + i + "), not a text format we classify");
      }
    }
    if (!complete) {
      int lastNewline = length - 1;
      while (lastNewline >= 0 && bytes[lastNewline] != '\n') {
        lastNewline--;
      }
      length = lastNewline >= 0 ? lastNewline + 1 : length;
    }
    int start = length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, length - start));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new SkippedFileException("not valid UTF-8 (mixed or unsupported text encoding); convert it to UTF-8");
    }
  }

  @Override
  public void close() {
    try {
      content.close();
    } catch (IOException ignored) {
      // closing a read-only stream: nothing to recover
    }
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
