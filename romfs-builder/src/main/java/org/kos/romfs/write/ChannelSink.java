package org.kos.romfs.write;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A sequential writer over a file channel with one large buffer, written out in big writes. Small
 * files are read straight into the buffer (one open, one read, a read that sees the end, a close:
 * what a build of many small files spends its time on); files of a buffer's size or more go from
 * channel to channel, so no file is ever held whole. It keeps a copy of the first {@link #HEAD}
 * bytes written, which romfs's superblock checksum covers.
 */
final class ChannelSink {
  static final int HEAD = 512;
  private static final int BUFFER = 1 << 20;
  private static final long SLICE = 16 << 20;
  private static final byte[] ZEROS = new byte[4096];

  private final FileChannel out;
  private final byte[] buf = new byte[BUFFER];
  private int fill;
  private final byte[] head = new byte[HEAD];
  private final ProgressListener progress;
  private long position;

  ChannelSink(FileChannel out, ProgressListener progress) {
    this.out = out;
    this.progress = progress;
  }

  long position() {
    return position;
  }

  /** The first {@link #HEAD} bytes written so far (zeros beyond what was written). */
  byte[] head() {
    return head.clone();
  }

  void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  void write(byte[] bytes, int off, int len) throws IOException {
    keepHead(bytes, off, len);
    while (len > 0) {
      if (fill == BUFFER) {
        flush();
      }
      int n = Math.min(len, BUFFER - fill);
      System.arraycopy(bytes, off, buf, fill, n);
      fill += n;
      off += n;
      len -= n;
      position += n;
    }
  }

  void zeros(long count) throws IOException {
    while (count > 0) {
      int n = (int) Math.min(count, ZEROS.length);
      write(ZEROS, 0, n);
      count -= n;
    }
  }

  /** Pads with zeros up to the next multiple of {@code alignment}. */
  void padTo(long alignment) throws IOException {
    zeros(Layout.align(position, alignment) - position);
  }

  /**
   * Copies exactly {@code size} bytes of {@code source}.
   *
   * @throws ImageBuildException if the file's length is no longer {@code size}
   */
  void copy(Path source, long size) throws IOException, ImageBuildException {
    if (size >= BUFFER) {
      transfer(source, size);
    } else {
      buffered(source, size);
      progress.advance(size);
    }
  }

  /** Reads the file into the buffer; a plain FileInputStream is the cheapest way to open a file. */
  private void buffered(Path source, long size) throws IOException, ImageBuildException {
    try (InputStream in = source.getFileSystem() == FileSystems.getDefault()
        ? new FileInputStream(source.toFile()) : Files.newInputStream(source)) {
      long done = 0;
      while (done < size) {
        if (fill == BUFFER) {
          flush();
        }
        int n = in.read(buf, fill, (int) Math.min(BUFFER - fill, size - done));
        if (n < 0) {
          throw changed(source, size, done);
        }
        if (position < HEAD) {
          keepHead(buf, fill, n);
        }
        fill += n;
        done += n;
        position += n;
      }
      if (in.read() >= 0) {
        throw changed(source, size, Files.size(source));
      }
    }
  }

  /** Copies a large file from channel to channel (in the kernel), after what the head must see. */
  private void transfer(Path source, long size) throws IOException, ImageBuildException {
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
      long done = 0;
      while (position < HEAD && done < size) {
        // Bytes the superblock checksum covers go through the buffer, where keepHead sees them.
        int n = in.read(ByteBuffer.wrap(buf, fill, (int) Math.min(HEAD - position, BUFFER - fill)));
        if (n < 0) {
          throw changed(source, size, done);
        }
        keepHead(buf, fill, n);
        fill += n;
        done += n;
        position += n;
      }
      flush();
      progress.advance(done);
      while (done < size) {
        // In slices, so that a progress bar moves during one large file.
        long n = in.transferTo(done, Math.min(size - done, SLICE), out);
        if (n <= 0) {
          if (done >= in.size()) {
            break;
          }
          continue;
        }
        done += n;
        position += n;
        progress.advance(n);
      }
      if (done != size || in.size() != size) {
        throw changed(source, size, in.size());
      }
    }
  }

  static ImageBuildException changed(Path source, long expected, long found) {
    return new ImageBuildException(source + " changed while the image was built (expected " + expected
        + " bytes, found " + found + ")");
  }

  private void keepHead(byte[] bytes, int off, int len) {
    if (position < HEAD) {
      int n = (int) Math.min(len, HEAD - position);
      System.arraycopy(bytes, off, head, (int) position, n);
    }
  }

  void flush() throws IOException {
    ByteBuffer b = ByteBuffer.wrap(buf, 0, fill);
    while (b.hasRemaining()) {
      out.write(b);
    }
    fill = 0;
  }

  /** Overwrites bytes already written (used for checksums that cover what follows them). */
  void patch(long at, byte[] bytes) throws IOException {
    flush();
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      out.write(b, at + b.position());
    }
    if (at < HEAD) {
      System.arraycopy(bytes, 0, head, (int) at, (int) Math.min(bytes.length, HEAD - at));
    }
  }
}
