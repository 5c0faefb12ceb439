package org.kos.romfs.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;

/**
 * The Linux romfs layout, laid out exactly as genromfs 0.5.2 does so that the same tree in the same
 * order gives the same bytes:
 *
 * <ul>
 *   <li>headers in depth-first order, a directory's children right after its header; the root
 *       list starts with "." (the root directory itself) and ".." (a hard link to it), every other
 *       directory's list holds "." and ".." as hard links where the order puts them (first by
 *       default);
 *   <li>a regular file's <em>data</em> is aligned ({@code -a}, and {@code -A} rules); any other
 *       entry's <em>header</em> is aligned by the {@code -A} rules, and a hard link to a regular
 *       file also by {@code -a}; padding goes before the header;
 *   <li>of files sharing a link key, the first in order holds the data, the others are hard links;
 *   <li>the execute bit is set for regular files and directories with any execute permission;
 *   <li>header checksums make header plus padded name sum to zero; the superblock checksum makes the
 *       first 512 bytes (or the whole image if smaller) sum to zero; the file is zero-padded to 1 KiB.
 * </ul>
 */
public final class RomfsWriter implements ImageWriter {
  static final byte[] MAGIC = "-rom1fs-".getBytes(StandardCharsets.US_ASCII);
  private static final int HARD_LINK = 0;
  private static final int DIRECTORY = 1;
  private static final int REGULAR = 2;
  private static final int SYMLINK = 3;
  private static final int BLOCK = 4;
  private static final int CHAR = 5;
  private static final int SOCKET = 6;
  private static final int FIFO = 7;
  private static final long MAX_OFFSET = 0xFFFF_FFF0L;

  /** One file header to write. */
  private static final class Node {
    final byte[] name;
    final int type;
    final boolean exec;
    final TreeEntry entry;
    long header;
    long spec;
    long size;
    Node next;

    Node(String name, int type, boolean exec, TreeEntry entry) {
      this.name = name.getBytes(StandardCharsets.UTF_8);
      this.type = type;
      this.exec = exec;
      this.entry = entry;
    }

    long spaceNeeded() {
      return 16 + Layout.align(name.length + 1, 16);
    }
  }

  @Override
  public void write(ImageTree tree, BuildOptions options, FileChannel out) throws IOException, ImageBuildException {
    String label = options.volumeLabel() != null ? options.volumeLabel() : defaultLabel(options.epochSeconds());
    byte[] labelBytes = label.getBytes(StandardCharsets.UTF_8);
    Placement p = new Placement(tree, options, 16 + Layout.align(labelBytes.length + 1, 16));
    p.placeRoot();
    long fullSize = p.cursor;
    if (fullSize > MAX_OFFSET) {
      throw new ImageBuildException("the image would need " + fullSize + " bytes; romfs addresses at most 4 GiB");
    }

    ChannelSink sink = new ChannelSink(out, options.progress());
    options.progress().start(tree.contentBytes(), tree.size());
    ByteBuffer sb = ByteBuffer.allocate((int) (16 + Layout.align(labelBytes.length + 1, 16)));
    sb.put(MAGIC).putInt((int) fullSize).putInt(0).put(labelBytes);
    sink.write(sb.array());
    for (Node n : p.nodes) {
      sink.zeros(n.header - sink.position());
      sink.write(header(n));
      if (n.type == REGULAR) {
        sink.copy(n.entry.source(), n.size);
      } else if (n.type == SYMLINK) {
        sink.write(n.entry.symlinkTarget().getBytes(StandardCharsets.UTF_8));
      }
      sink.padTo(16);
    }
    sink.padTo(1024);
    sink.flush();
    byte[] head = sink.head();
    int covered = (int) Math.min(ChannelSink.HEAD, fullSize);
    int sum = checksum(head, covered);
    sink.patch(12, ByteBuffer.allocate(4).putInt(-sum).array());
    options.progress().finish();
  }

  /** genromfs's default volume name, "rom " and the timestamp as 8 hex digits. */
  static String defaultLabel(long epochSeconds) {
    String hex = Long.toHexString(epochSeconds & 0xFFFF_FFFFL);
    return "rom " + "0".repeat(8 - hex.length()) + hex;
  }

  private static byte[] header(Node n) {
    byte[] b = new byte[(int) n.spaceNeeded()];
    long next = n.next == null ? 0 : n.next.header;
    putInt(b, 0, (int) (next | (n.exec ? 8 : 0) | n.type));
    putInt(b, 4, (int) n.spec);
    putInt(b, 8, (int) n.size);
    System.arraycopy(n.name, 0, b, 16, n.name.length);
    putInt(b, 12, -checksum(b, b.length));
    return b;
  }

  private static void putInt(byte[] b, int at, int value) {
    b[at] = (byte) (value >>> 24);
    b[at + 1] = (byte) (value >>> 16);
    b[at + 2] = (byte) (value >>> 8);
    b[at + 3] = (byte) value;
  }

  /** Sum of big-endian 32-bit words of the first {@code length} bytes (a multiple of 4). */
  static int checksum(byte[] bytes, int length) {
    int sum = 0;
    for (int i = 0; i + 4 <= length; i += 4) {
      sum += (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | (bytes[i + 3] & 0xff);
    }
    return sum;
  }

  /** Assigns every header its offset, in the order genromfs's traversal would. */
  private static final class Placement {
    final ImageTree tree;
    final BuildOptions options;
    final List<Node> nodes = new ArrayList<>();
    final Map<Object, Node> firstOfLink = new HashMap<>();
    long cursor;

    Placement(ImageTree tree, BuildOptions options, long start) {
      this.tree = tree;
      this.options = options;
      this.cursor = start;
    }

    void placeRoot() throws ImageBuildException {
      TreeEntry root = tree.root();
      Node dot = new Node(ImageTree.DOT, DIRECTORY, root.executable(), root);
      place(dot, 16, 0);
      cursor += dot.spaceNeeded();
      List<Node> list = new ArrayList<>();
      list.add(dot);
      list.add(placeLink(ImageTree.DOTDOT, dot, 16));
      for (TreeEntry child : tree.children("")) {
        list.add(placeEntry(child, dot));
      }
      dot.spec = dot.header;
      chain(list);
    }

    private Node placeEntry(TreeEntry e, Node parent) throws ImageBuildException {
      String name = ImagePaths.baseName(e.path());
      if (e.linkKey() != null) {
        Node first = firstOfLink.get(e.linkKey());
        if (first != null) {
          int a = options.patternAlignment(e.path(), first.type == REGULAR ? options.fileAlignment() : 16);
          return placeLink(name, first, a);
        }
      }
      Node n;
      switch (e.type()) {
        case FILE:
          if (e.size() > MAX_OFFSET) {
            throw new ImageBuildException(e.path() + ": " + e.size() + " bytes is too large for romfs");
          }
          n = new Node(name, REGULAR, e.executable(), e);
          n.size = e.size();
          place(n, options.patternAlignment(e.path(), options.fileAlignment()), n.spaceNeeded());
          cursor += n.spaceNeeded() + Layout.align(n.size, 16);
          break;
        case SYMLINK:
          n = new Node(name, SYMLINK, false, e);
          n.size = e.symlinkTarget().getBytes(StandardCharsets.UTF_8).length;
          place(n, options.patternAlignment(e.path(), 16), 0);
          cursor += n.spaceNeeded() + Layout.align(n.size, 16);
          break;
        case DIRECTORY:
          n = new Node(name, DIRECTORY, e.executable(), e);
          place(n, options.patternAlignment(e.path(), 16), 0);
          cursor += n.spaceNeeded();
          placeDirectory(n, parent);
          break;
        default:
          n = new Node(name, specialType(e), false, e);
          if (e.type().isDevice()) {
            n.spec = ((long) (e.major() & 0xffff) << 16) | (e.minor() & 0xffff);
          }
          place(n, options.patternAlignment(e.path(), 16), 0);
          cursor += n.spaceNeeded();
          break;
      }
      if (e.linkKey() != null) {
        firstOfLink.put(e.linkKey(), n);
      }
      return n;
    }

    private void placeDirectory(Node dir, Node parent) throws ImageBuildException {
      String path = dir.entry.path();
      List<String> names = tree.childNames(path);
      List<TreeEntry> entries = tree.children(path);
      List<Node> list = new ArrayList<>(entries.size() + 2);
      if (!names.contains(ImageTree.DOT) && !names.contains(ImageTree.DOTDOT)) {
        // The default: "." and ".." first, as genromfs does when readdir returns them first.
        list.add(placeLink(ImageTree.DOT, dir, 16));
        list.add(placeLink(ImageTree.DOTDOT, parent, 16));
        for (TreeEntry e : entries) {
          list.add(placeEntry(e, dir));
        }
      } else {
        int next = 0;
        for (String name : names) {
          if (name.equals(ImageTree.DOT)) {
            list.add(placeLink(name, dir, 16));
          } else if (name.equals(ImageTree.DOTDOT)) {
            list.add(placeLink(name, parent, 16));
          } else {
            list.add(placeEntry(entries.get(next++), dir));
          }
        }
      }
      dir.spec = list.isEmpty() ? 0 : list.get(0).header;
      chain(list);
    }

    private Node placeLink(String name, Node target, int alignment) throws ImageBuildException {
      Node n = new Node(name, HARD_LINK, false, null);
      place(n, alignment, 0);
      n.spec = target.header;
      cursor += n.spaceNeeded();
      return n;
    }

    /** genromfs's alignnode(): pad so that {@code cursor + extra} is a multiple of the alignment. */
    private void place(Node n, int alignment, long extra) throws ImageBuildException {
      long misalign = (cursor + extra) & (alignment - 1);
      if (misalign != 0) {
        cursor += alignment - misalign;
      }
      if (cursor > MAX_OFFSET) {
        throw new ImageBuildException("the image would exceed 4 GiB, the limit of romfs");
      }
      n.header = cursor;
      nodes.add(n);
    }

    private static void chain(List<Node> list) {
      for (int i = 0; i + 1 < list.size(); i++) {
        list.get(i).next = list.get(i + 1);
      }
    }

    private static int specialType(TreeEntry e) {
      switch (e.type()) {
        case BLOCK_DEVICE: return BLOCK;
        case CHAR_DEVICE: return CHAR;
        case SOCKET: return SOCKET;
        case FIFO: return FIFO;
        default: throw new IllegalStateException("not a special file: " + e.type());
      }
    }
  }
}
