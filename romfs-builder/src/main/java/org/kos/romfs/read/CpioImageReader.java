package org.kos.romfs.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.kos.romfs.Compression;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.ImagePaths;

/**
 * Reads cpio "newc" (070701) and "crc" (070702) archives, plain or compressed. The index is built
 * by one pass over the headers with explicit limits (name size, entry count); the parser is ours,
 * not Commons Compress's, because it must record data offsets for random access and refuse
 * hostile sizes before allocating anything. Plain archives are then read at random; compressed
 * ones are decompressed again from the start for each content read.
 */
public final class CpioImageReader extends ChannelImage {
  private static final int HEADER = 110;
  private static final String TRAILER = "TRAILER!!!";

  private final Compression compression;
  private final Map<String, Long> checksums = new HashMap<>();

  /** Where headers come from: the file itself, or a decompressing stream over it. */
  private interface Source {
    long position();

    void readFully(byte[] b, int n) throws IOException;

    void skip(long n) throws IOException;
  }

  CpioImageReader(FileChannel channel, Compression compression, ReadLimits limits) throws IOException, BadImageException {
    super(channel);
    this.compression = compression;
    try (InputStream raw = compression == Compression.NONE ? null : decompressed()) {
      Source src = raw == null ? new ChannelSource() : new StreamSource(raw);
      try {
        index(src, limits);
      } catch (EOFException e) {
        throw new BadImageException(src.position(), "image is truncated (at uncompressed offset "
            + src.position() + ")");
      } catch (IOException e) {
        if (raw == null) {
          throw e;
        }
        throw new BadImageException(src.position(), "the " + compression.label()
            + " stream is corrupt near uncompressed offset " + src.position() + ": " + e.getMessage());
      }
    }
  }

  private void index(Source src, ReadLimits limits) throws IOException, BadImageException {
    byte[] header = new byte[HEADER];
    Map<String, String> firstOfInode = new HashMap<>();
    while (true) {
      long at = src.position();
      read(src, header, HEADER, at, "header");
      String magic = new String(header, 0, 6, StandardCharsets.US_ASCII);
      if (!magic.equals("070701") && !magic.equals("070702")) {
        throw new BadImageException(at, "bad cpio header magic '" + printable(magic) + "' (expected 070701 or 070702)");
      }
      long ino = hex(header, 1, at);
      int mode = (int) hex(header, 2, at);
      long nlink = hex(header, 5, at);
      long size = hex(header, 7, at);
      long devMajor = hex(header, 8, at);
      long devMinor = hex(header, 9, at);
      int rdevMajor = (int) hex(header, 10, at);
      int rdevMinor = (int) hex(header, 11, at);
      long nameSize = hex(header, 12, at);
      long check = hex(header, 13, at);
      if (nameSize < 1 || nameSize > ImagePaths.MAX_PATH_BYTES + 1) {
        throw new BadImageException(at + 94, "name size " + nameSize + " is not between 1 and "
            + (ImagePaths.MAX_PATH_BYTES + 1));
      }
      byte[] nameBytes = new byte[(int) nameSize];
      read(src, nameBytes, (int) nameSize, at + HEADER, "name");
      if (nameBytes[(int) nameSize - 1] != 0) {
        throw new BadImageException(at + HEADER, "name is not NUL-terminated");
      }
      String rawName = new String(nameBytes, 0, (int) nameSize - 1, StandardCharsets.UTF_8);
      src.skip(pad4(HEADER + nameSize) - HEADER - nameSize);
      long data = src.position();
      if (rawName.equals(TRAILER)) {
        regions.add(new Region(at, data, "trailer"));
        return;
      }
      if (compression == Compression.NONE && data + size > channel.size()) {
        throw new BadImageException(at + 54, String.format(
            "data of '%s' (%d bytes at 0x%x) runs past the end of the image (%d bytes)", rawName, size, data,
            channel.size()));
      }
      String path = path(rawName, at);
      EntryType type = type(mode, at, rawName);
      if (path.isEmpty()) {
        src.skip(pad4(size));
        continue;
      }
      if (entries.size() >= limits.maxEntries()) {
        throw new BadImageException(at, "more than " + limits.maxEntries() + " entries (the limit)");
      }
      if (ImagePaths.parent(path).chars().filter(c -> c == '/').count() + 1 > limits.maxDepth()) {
        throw new BadImageException(at, "'" + path + "' nests deeper than " + limits.maxDepth() + " levels");
      }
      String symlinkTarget = null;
      if (type == EntryType.SYMLINK) {
        if (size == 0 || size > 4096) {
          throw new BadImageException(at + 54, "symlink '" + path + "' has a target of " + size + " bytes");
        }
        byte[] t = new byte[(int) size];
        read(src, t, (int) size, data, "symlink target");
        symlinkTarget = new String(t, StandardCharsets.UTF_8);
        src.skip(pad4(size) - size);
      } else {
        src.skip(pad4(size));
      }
      regions.add(new Region(at, data, "header of '" + path + "'"));
      regions.add(new Region(data, data + size, "data of '" + path + "'"));
      String key = devMajor + ":" + devMinor + ":" + ino;
      String linkTarget = null;
      if (nlink > 1 && type != EntryType.DIRECTORY) {
        String first = firstOfInode.putIfAbsent(key, path);
        if (first != null && size == 0) {
          linkTarget = first;
        }
      }
      if (magic.equals("070702")) {
        checksums.put(path, check);
      }
      add(new ImageEntry(path, linkTarget != null ? EntryType.HARD_LINK : type, mode & 07777, linkTarget != null ? 0 : size,
          at, data, symlinkTarget, linkTarget, type.isDevice() ? rdevMajor : 0, type.isDevice() ? rdevMinor : 0), at);
    }
  }

  private String path(String raw, long at) throws BadImageException {
    String p = raw;
    while (p.startsWith("/") || p.startsWith("./")) {
      p = p.startsWith("/") ? p.substring(1) : p.substring(2);
    }
    if (p.equals(".")) {
      return "";
    }
    String bad = ImagePaths.problem(p);
    if (bad != null) {
      throw new BadImageException(at + HEADER, bad);
    }
    return p;
  }

  private static EntryType type(int mode, long at, String name) throws BadImageException {
    switch (mode & 0170000) {
      case 0100000: return EntryType.FILE;
      case 0040000: return EntryType.DIRECTORY;
      case 0120000: return EntryType.SYMLINK;
      case 0020000: return EntryType.CHAR_DEVICE;
      case 0060000: return EntryType.BLOCK_DEVICE;
      case 0010000: return EntryType.FIFO;
      case 0140000: return EntryType.SOCKET;
      default:
        throw new BadImageException(at + 14, String.format("'%s' has unknown file type in mode 0%o", name, mode));
    }
  }

  private static long hex(byte[] header, int field, long at) throws BadImageException {
    int from = 6 + 8 * (field - 1);
    long v = 0;
    for (int i = from; i < from + 8; i++) {
      int d = Character.digit(header[i], 16);
      if (d < 0) {
        throw new BadImageException(at + i, "cpio header field " + field + " is not hexadecimal");
      }
      v = v << 4 | d;
    }
    return v;
  }

  private static void read(Source src, byte[] b, int n, long at, String what) throws IOException, BadImageException {
    try {
      src.readFully(b, n);
    } catch (EOFException e) {
      throw new BadImageException(at, "image is truncated inside a " + what
          + (what.equals("header") ? " (no TRAILER!!! entry)" : ""));
    }
  }

  private static long pad4(long n) {
    return (n + 3) & ~3L;
  }

  private static String printable(String s) {
    return s.replaceAll("[^\\x20-\\x7e]", "?");
  }

  private InputStream decompressed() throws IOException, BadImageException {
    InputStream file = new BufferedInputStream(new PositionalStream(), 1 << 16);
    try {
      return new CompressorStreamFactory().createCompressorInputStream(compression.streamName(), file);
    } catch (CompressorException | LinkageError e) {
      file.close();
      throw new BadImageException(0, "cannot decompress the " + compression.label() + " stream: " + e.getMessage());
    }
  }

  /** The 070702 checksum of a file (sum of its bytes), or null for 070701 entries. */
  public Long checksum(String path) {
    return checksums.get(path);
  }

  @Override
  public ImageFormat format() {
    return ImageFormat.CPIO;
  }

  @Override
  public Compression compression() {
    return compression;
  }

  @Override
  public int read(ImageEntry entry, long position, ByteBuffer dst) throws IOException {
    if (compression == Compression.NONE) {
      return super.read(entry, position, dst);
    }
    ImageEntry e = contentOf(entry);
    if (position >= e.size()) {
      return -1;
    }
    try (InputStream in = open(e)) {
      in.skipNBytes(position);
      int want = (int) Math.min(dst.remaining(), e.size() - position);
      byte[] b = in.readNBytes(want);
      dst.put(b);
      return b.length;
    }
  }

  @Override
  public InputStream open(ImageEntry entry) throws IOException {
    if (compression == Compression.NONE) {
      return super.open(entry);
    }
    ImageEntry e = contentOf(entry);
    InputStream in;
    try {
      in = decompressed();
    } catch (BadImageException ex) {
      throw new IOException(ex.getMessage(), ex);
    }
    in.skipNBytes(e.dataOffset());
    return new BoundedStream(in, e.size());
  }

  /** At most {@code remaining} bytes of a stream; closing closes the stream. */
  private static final class BoundedStream extends java.io.FilterInputStream {
    private long remaining;

    BoundedStream(InputStream in, long size) {
      super(in);
      this.remaining = size;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n < 0) {
        throw new EOFException("image ended inside a file's data");
      }
      remaining -= n;
      return n;
    }
  }

  /** The file from its start, read positionally so that closing it leaves the channel open. */
  private final class PositionalStream extends InputStream {
    private long pos;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = channel.read(ByteBuffer.wrap(b, off, len), pos);
      if (n > 0) {
        pos += n;
      }
      return n;
    }
  }

  private final class ChannelSource implements Source {
    private long pos;

    @Override
    public long position() {
      return pos;
    }

    @Override
    public void readFully(byte[] b, int n) throws IOException {
      ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
      while (buf.hasRemaining()) {
        if (channel.read(buf, pos + buf.position()) < 0) {
          throw new EOFException();
        }
      }
      pos += n;
    }

    @Override
    public void skip(long n) {
      pos += n;
    }
  }

  private static final class StreamSource implements Source {
    private final InputStream in;
    private long pos;

    StreamSource(InputStream in) {
      this.in = in;
    }

    @Override
    public long position() {
      return pos;
    }

    @Override
    public void readFully(byte[] b, int n) throws IOException {
      int done = in.readNBytes(b, 0, n);
      if (done < n) {
        throw new EOFException();
      }
      pos += n;
    }

    @Override
    public void skip(long n) throws IOException {
      in.skipNBytes(n);
      pos += n;
    }
  }
}
