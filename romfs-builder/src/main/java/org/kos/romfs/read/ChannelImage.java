package org.kos.romfs.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kos.romfs.Compression;
import org.kos.romfs.EntryType;

/** Common part of the readers: the entry index and positional reads from the file channel. */
abstract class ChannelImage implements RomImage {
  protected final FileChannel channel;
  protected final List<ImageEntry> entries = new ArrayList<>();
  protected final List<Region> regions = new ArrayList<>();
  private final Map<String, ImageEntry> byPath = new HashMap<>();

  ChannelImage(FileChannel channel) {
    this.channel = channel;
  }

  /** Adds an entry; {@code at} is where it is described, for the duplicate-name error. */
  protected void add(ImageEntry e, long at) throws BadImageException {
    if (byPath.putIfAbsent(e.path(), e) != null) {
      throw new BadImageException(at, "'" + e.path() + "' appears twice");
    }
    entries.add(e);
  }

  @Override
  public Compression compression() {
    return Compression.NONE;
  }

  @Override
  public String label() {
    return "";
  }

  @Override
  public List<ImageEntry> entries() {
    return java.util.Collections.unmodifiableList(entries);
  }

  @Override
  public Optional<ImageEntry> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  @Override
  public List<Region> regions() {
    return java.util.Collections.unmodifiableList(regions);
  }

  /** A hard link's target entry; any other entry itself. */
  protected ImageEntry contentOf(ImageEntry e) throws IOException {
    if (e.type() == EntryType.HARD_LINK) {
      ImageEntry target = byPath.get(e.linkTarget());
      if (target == null) {
        throw new IOException("hard link target '" + e.linkTarget() + "' is missing");
      }
      return target;
    }
    if (e.type() != EntryType.FILE && e.type() != EntryType.SYMLINK) {
      throw new IOException("'" + e.path() + "' is a " + e.type().label() + " and has no content");
    }
    return e;
  }

  @Override
  public int read(ImageEntry entry, long position, ByteBuffer dst) throws IOException {
    ImageEntry e = contentOf(entry);
    if (position >= e.size()) {
      return -1;
    }
    ByteBuffer window = dst.slice();
    window.limit((int) Math.min(window.remaining(), e.size() - position));
    int total = 0;
    while (window.hasRemaining()) {
      int n = channel.read(window, e.dataOffset() + position + total);
      if (n < 0) {
        throw new IOException("image ended inside the data of '" + e.path() + "'");
      }
      total += n;
    }
    dst.position(dst.position() + total);
    return total;
  }

  @Override
  public InputStream open(ImageEntry entry) throws IOException {
    ImageEntry e = contentOf(entry);
    return new InputStream() {
      private long pos;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        int n = ChannelImage.this.read(e, pos, ByteBuffer.wrap(b, off, len));
        if (n > 0) {
          pos += n;
        }
        return n;
      }

      @Override
      public long skip(long n) {
        long k = Math.max(0, Math.min(n, e.size() - pos));
        pos += k;
        return k;
      }
    };
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** Reads exactly {@code n} bytes at {@code at}, or fewer if the file ends first. */
  protected ByteBuffer readAt(long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    while (b.hasRemaining()) {
      if (channel.read(b, at + b.position()) < 0) {
        break;
      }
    }
    b.flip();
    return b;
  }
}
