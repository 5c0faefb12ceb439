package org.kos.romfs.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.ImagePaths;

/**
 * Reads a Linux romfs image. The walk is iterative (no recursion a deep image could overflow),
 * visits each header at most once (a second visit means the next/spec pointers loop), and checks
 * every header: 16-byte alignment, inside the image, NUL-terminated valid name, checksum, data
 * inside the image, "." and ".." linking to the right directories, hard links to files.
 */
public final class RomfsImageReader extends ChannelImage {
  static final byte[] MAGIC = "-rom1fs-".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_LABEL = 1024;
  private static final int MAX_SYMLINK = 4096;
  private static final EntryType[] TYPES = {
    EntryType.HARD_LINK, EntryType.DIRECTORY, EntryType.FILE, EntryType.SYMLINK,
    EntryType.BLOCK_DEVICE, EntryType.CHAR_DEVICE, EntryType.SOCKET, EntryType.FIFO
  };

  private final String label;
  private final long fullSize;

  /** A decoded, checked file header. */
  private record Header(long offset, long next, EntryType type, boolean exec, long spec, long size,
      String name, long dataOffset) {}

  /** A directory whose list is being walked. */
  private static final class Frame {
    final String path;
    final long self;
    final long parent;
    final int depth;
    long next;
    boolean dot;
    boolean dotdot;

    Frame(String path, long self, long parent, int depth, long first) {
      this.path = path;
      this.self = self;
      this.parent = parent;
      this.depth = depth;
      this.next = first;
    }
  }

  RomfsImageReader(FileChannel channel, ReadLimits limits) throws IOException, BadImageException {
    super(channel);
    long length = channel.size();
    if (length < 32) {
      throw new BadImageException(0, "image is truncated: " + length + " bytes, a romfs image has at least 32");
    }
    ByteBuffer sb = readAt(0, 16);
    fullSize = sb.getInt(8) & 0xFFFF_FFFFL;
    if (fullSize > length) {
      throw new BadImageException(8, "full size " + fullSize + " is past the end of the file (" + length
          + " bytes; truncated?)");
    }
    if (fullSize < 32) {
      throw new BadImageException(8, "full size " + fullSize + " is smaller than a superblock");
    }
    int covered = (int) Math.min(512, fullSize);
    int sum = sum(readAt(0, covered), covered);
    if (sum != 0) {
      throw new BadImageException(12, String.format(
          "superblock checksum is wrong: the first %d bytes sum to 0x%08x instead of 0", covered, sum));
    }
    ByteBuffer lb = readAt(16, (int) Math.min(MAX_LABEL, fullSize - 16));
    int labelLength = nul(lb);
    if (labelLength < 0) {
      throw new BadImageException(16, "volume name is not NUL-terminated");
    }
    label = new String(lb.array(), 0, labelLength, StandardCharsets.UTF_8);
    long first = 16 + align16(labelLength + 1);
    regions.add(new Region(0, first, "superblock"));
    walk(first, limits);
  }

  private void walk(long rootOffset, ReadLimits limits) throws IOException, BadImageException {
    Header root = header(rootOffset, "root directory");
    if (root.type() != EntryType.DIRECTORY) {
      throw new BadImageException(rootOffset, "the first file header is a " + root.type().label()
          + ", not the root directory");
    }
    Set<Long> visited = new HashSet<>();
    Map<Long, ImageEntry> byHeader = new HashMap<>();
    List<Header> links = new ArrayList<>();
    List<String> linkPaths = new ArrayList<>();
    long maxHeaders = 3L * limits.maxEntries() + 2;
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame("", rootOffset, rootOffset, 0, root.spec()));
    while (!stack.isEmpty()) {
      Frame dir = stack.peek();
      if (dir.next == 0) {
        stack.pop();
        continue;
      }
      long at = dir.next;
      if (!visited.add(at)) {
        throw new BadImageException(at, "file header reached a second time: the next/spec pointers form a loop");
      }
      if (visited.size() > maxHeaders) {
        throw new BadImageException(at, "more than " + maxHeaders + " file headers (the entry limit is "
            + limits.maxEntries() + ")");
      }
      Header h = header(at, dir.path.isEmpty() ? "/" : "/" + dir.path);
      dir.next = h.next();
      if (h.name().equals(".") || h.name().equals("..")) {
        dot(dir, h);
        continue;
      }
      String bad = ImagePaths.nameProblem(h.name());
      if (bad != null) {
        throw new BadImageException(at + 16, "in directory '/" + dir.path + "': " + bad);
      }
      if (entries.size() >= limits.maxEntries()) {
        throw new BadImageException(at, "more than " + limits.maxEntries() + " entries (the limit)");
      }
      String path = ImagePaths.child(dir.path, h.name());
      regions.add(new Region(at, h.dataOffset(), "header of '" + path + "'"));
      if (h.size() > 0) {
        regions.add(new Region(h.dataOffset(), h.dataOffset() + h.size(), "data of '" + path + "'"));
      }
      if (h.type() == EntryType.HARD_LINK) {
        links.add(h);
        linkPaths.add(path);
        continue;
      }
      ImageEntry e = new ImageEntry(path, h.type(), mode(h), h.size(), at, h.dataOffset(),
          h.type() == EntryType.SYMLINK ? symlink(h, path) : null, null,
          h.type().isDevice() ? (int) (h.spec() >>> 16) : 0, h.type().isDevice() ? (int) (h.spec() & 0xffff) : 0);
      add(e, at);
      byHeader.put(at, e);
      if (h.type() == EntryType.DIRECTORY) {
        if (dir.depth + 1 > limits.maxDepth()) {
          throw new BadImageException(at, "directories nest deeper than " + limits.maxDepth() + " levels");
        }
        stack.push(new Frame(path, at, dir.self, dir.depth + 1, h.spec()));
      }
    }
    resolveLinks(links, linkPaths, byHeader);
  }

  private void dot(Frame dir, Header h) throws BadImageException {
    boolean isDot = h.name().equals(".");
    if (isDot ? dir.dot : dir.dotdot) {
      throw new BadImageException(h.offset(), "directory '/" + dir.path + "' has a second '" + h.name() + "'");
    }
    if (isDot) {
      dir.dot = true;
    } else {
      dir.dotdot = true;
    }
    regions.add(new Region(h.offset(), h.dataOffset(), "'" + h.name() + "' of '/" + dir.path + "'"));
    long expected = isDot ? dir.self : dir.parent;
    boolean rootSelf = isDot && dir.path.isEmpty() && h.offset() == dir.self && h.type() == EntryType.DIRECTORY;
    if (!rootSelf && (h.type() != EntryType.HARD_LINK || h.spec() != expected)) {
      throw new BadImageException(h.offset(), String.format(
          "'%s' in '/%s' must be a hard link to 0x%x, found a %s to 0x%x", h.name(), dir.path, expected,
          h.type().label(), h.spec()));
    }
  }

  private void resolveLinks(List<Header> links, List<String> paths, Map<Long, ImageEntry> byHeader)
      throws BadImageException {
    for (int i = 0; i < links.size(); i++) {
      Header h = links.get(i);
      ImageEntry target = byHeader.get(h.spec());
      if (target == null || target.type() == EntryType.DIRECTORY) {
        throw new BadImageException(h.offset(), String.format(
            "hard link '%s' points to 0x%x, which is not the header of a file", paths.get(i), h.spec()));
      }
      add(new ImageEntry(paths.get(i), EntryType.HARD_LINK, target.mode(), 0, h.offset(), target.dataOffset(),
          null, target.path(), target.major(), target.minor()), h.offset());
    }
  }

  private Header header(long at, String where) throws IOException, BadImageException {
    if (at % 16 != 0) {
      throw new BadImageException(at, "file header in '" + where + "' is not 16-byte aligned");
    }
    if (at + 32 > fullSize) {
      throw new BadImageException(at, String.format(
          "file header in '%s' runs past the end of the image (full size 0x%x)", where, fullSize));
    }
    ByteBuffer b = readAt(at, (int) Math.min(16 + ImagePaths.MAX_NAME_BYTES + 16, fullSize - at));
    ByteBuffer nameBytes = b.duplicate().position(16).slice();
    int nameLength = nul(nameBytes);
    if (nameLength < 0 || nameLength > ImagePaths.MAX_NAME_BYTES) {
      throw new BadImageException(at + 16, "name in '" + where + "' is not NUL-terminated within "
          + ImagePaths.MAX_NAME_BYTES + " bytes");
    }
    long headerLength = 16 + align16(nameLength + 1);
    if (at + headerLength > fullSize) {
      throw new BadImageException(at, "file header in '" + where + "' runs past the end of the image");
    }
    int sum = sum(b, (int) headerLength);
    String name = new String(b.array(), 16, nameLength, StandardCharsets.UTF_8);
    if (sum != 0) {
      throw new BadImageException(at + 12, String.format(
          "checksum of the header of '%s' in '%s' is wrong: it sums to 0x%08x instead of 0", name, where, sum));
    }
    int word = b.getInt(0);
    long next = word & 0xFFFF_FFF0L;
    EntryType type = TYPES[word & 7];
    long spec = b.getInt(4) & 0xFFFF_FFFFL;
    long size = b.getInt(8) & 0xFFFF_FFFFL;
    long data = at + headerLength;
    if (next != 0 && next + 32 > fullSize) {
      throw new BadImageException(at, String.format(
          "next pointer 0x%x of '%s' is past the end of the image (0x%x)", next, name, fullSize));
    }
    boolean hasData = type == EntryType.FILE || type == EntryType.SYMLINK;
    if (!hasData && size != 0) {
      throw new BadImageException(at + 8, "a " + type.label() + " ('" + name + "') must have size 0, found " + size);
    }
    if (hasData && data + size > fullSize) {
      throw new BadImageException(at + 8, String.format(
          "data of '%s' (%d bytes at 0x%x) runs past the end of the image (0x%x)", name, size, data, fullSize));
    }
    if ((type == EntryType.DIRECTORY || type == EntryType.HARD_LINK)
        && (spec % 16 != 0 || spec + 32 > fullSize) && !(type == EntryType.DIRECTORY && spec == 0)) {
      throw new BadImageException(at + 4, String.format(
          "'%s' points to 0x%x, which is not a header inside the image", name, spec));
    }
    return new Header(at, next, type, (word & 8) != 0, spec, size, name, data);
  }

  private String symlink(Header h, String path) throws IOException, BadImageException {
    if (h.size() > MAX_SYMLINK) {
      throw new BadImageException(h.offset() + 8, "symlink '" + path + "' target is longer than " + MAX_SYMLINK + " bytes");
    }
    ByteBuffer b = readAt(h.dataOffset(), (int) h.size());
    String target = new String(b.array(), 0, b.limit(), StandardCharsets.UTF_8);
    if (target.isEmpty() || target.indexOf('\0') >= 0) {
      throw new BadImageException(h.dataOffset(), "symlink '" + path + "' has an empty target or one with a NUL byte");
    }
    return target;
  }

  private static int mode(Header h) {
    switch (h.type()) {
      case FILE:
      case DIRECTORY:
        return h.exec() ? 0755 : 0644;
      case SYMLINK:
        return 0777;
      case CHAR_DEVICE:
      case BLOCK_DEVICE:
        return 0600;
      default:
        return 0644;
    }
  }

  private static int nul(ByteBuffer b) {
    for (int i = b.position(); i < b.limit(); i++) {
      if (b.get(i) == 0) {
        return i - b.position();
      }
    }
    return -1;
  }

  private static long align16(long n) {
    return (n + 15) & ~15L;
  }

  /** Sum of the big-endian words of the first {@code n} bytes of {@code b}. */
  private static int sum(ByteBuffer b, int n) {
    int s = 0;
    for (int i = 0; i + 4 <= n && i + 4 <= b.limit(); i += 4) {
      s += b.getInt(i);
    }
    return s;
  }

  @Override
  public ImageFormat format() {
    return ImageFormat.ROMFS;
  }

  @Override
  public String label() {
    return label;
  }

  /** The number of bytes the superblock declares accessible. */
  public long fullSize() {
    return fullSize;
  }
}
