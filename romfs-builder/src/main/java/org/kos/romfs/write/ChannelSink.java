package org.kos.romfs.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A sequential writer over a file channel with one reusable buffer. Small files are copied through
 * the buffer; large ones go straight from channel to channel, so no file is ever held whole. It
 * keeps a copy of the first {@link #HEAD} bytes written, which romfs's superblock checksum covers.
 */
final class ChannelSink {
  static final int HEAD = 512;
  private static final int BUFFER = 1 << 20;
  private static final byte[] ZEROS = new byte[4096];

  private final FileChannel out;
  private final ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
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
      if (!buf.hasRemaining()) {
        flush();
      }
      int n = Math.min(len, buf.remaining());
      buf.put(bytes, off, n);
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
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
      long copied = size >= BUFFER && position >= HEAD ? transfer(in, size) : buffered(in, size);
      if (copied != size || in.size() != size) {
        throw new ImageBuildException(source + " changed while the image was built (expected " + size
            + " bytes, found " + in.size() + ")");
      }
    }
    progress.advance(size);
  }

  private long buffered(FileChannel in, long size) throws IOException {
    long done = 0;
    while (done < size) {
      if (!buf.hasRemaining()) {
        flush();
      }
      int want = (int) Math.min(buf.remaining(), size - done);
      ByteBuffer slice = buf.slice();
      slice.limit(want);
      int n = in.read(slice);
      if (n < 0) {
        break;
      }
      if (position < HEAD) {
        ByteBuffer copy = buf.duplicate();
        copy.limit(buf.position() + n);
        byte[] tmp = new byte[n];
        copy.get(tmp);
        keepHead(tmp, 0, n);
      }
      buf.position(buf.position() + n);
      done += n;
      position += n;
    }
    return done;
  }

  private long transfer(FileChannel in, long size) throws IOException {
    flush();
    long done = 0;
    while (done < size) {
      long n = in.transferTo(done, size - done, out);
      if (n <= 0) {
        if (done >= in.size()) {
          break;
        }
        continue;
      }
      done += n;
    }
    position += done;
    return done;
  }

  private void keepHead(byte[] bytes, int off, int len) {
    if (position < HEAD) {
      int n = (int) Math.min(len, HEAD - position);
      System.arraycopy(bytes, off, head, (int) position, n);
    }
  }

  void flush() throws IOException {
    buf.flip();
    while (buf.hasRemaining()) {
      out.write(buf);
    }
    buf.clear();
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
