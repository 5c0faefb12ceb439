package org.kos.romfs.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kos.romfs.EntryType;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;

/**
 * The vendor's ROMFS (spec §5): a little-endian u32 count, a table of {u32 name offset, u32 data
 * offset, u32 size}, the NUL-terminated names right after the table, then each file's data at a
 * 4096-byte boundary (or a larger {@code -a}/{@code -A} alignment), the image zero-padded to 4096.
 * Only regular files are stored, named by their image path; the init program, {@code einit}, comes
 * first, the rest in the tree's flat order (depth first, or as given: the vendor's einit, programs,
 * files, {@code ksm.module}). Hard-linked files are stored once per name.
 */
public final class KosWriter implements ImageWriter {
  /** The name the kernel starts as the init program. */
  public static final String INIT_NAME = "einit";
  public static final int PAGE = 4096;
  private static final long MAX_U32 = 0xFFFF_FFFFL;

  @Override
  public void write(ImageTree tree, BuildOptions options, FileChannel out) throws IOException, ImageBuildException {
    List<TreeEntry> files = files(tree);
    List<byte[]> names = new ArrayList<>(files.size());
    long cursor = 4 + 12L * files.size();
    for (TreeEntry f : files) {
      byte[] name = f.path().getBytes(StandardCharsets.UTF_8);
      names.add(name);
      cursor += name.length + 1;
    }
    long[] offsets = new long[files.size()];
    cursor = Layout.align(cursor, PAGE);
    for (int i = 0; i < files.size(); i++) {
      TreeEntry f = files.get(i);
      int alignment = Math.max(PAGE, options.patternAlignment(f.path(), options.fileAlignment()));
      offsets[i] = Layout.align(cursor, alignment);
      cursor = offsets[i] + f.size();
      if (offsets[i] > MAX_U32 || f.size() > MAX_U32) {
        throw new ImageBuildException(f.path() + ": the kos format addresses at most 4 GiB");
      }
    }

    ChannelSink sink = new ChannelSink(out, options.progress());
    options.progress().start(tree.contentBytes(), files.size());
    ByteBuffer table = ByteBuffer.allocate(4 + 12 * files.size()).order(ByteOrder.LITTLE_ENDIAN);
    table.putInt(files.size());
    long nameOffset = table.capacity();
    for (int i = 0; i < files.size(); i++) {
      table.putInt((int) nameOffset).putInt((int) offsets[i]).putInt((int) files.get(i).size());
      nameOffset += names.get(i).length + 1;
    }
    sink.write(table.array());
    for (byte[] name : names) {
      sink.write(name);
      sink.zeros(1);
    }
    for (int i = 0; i < files.size(); i++) {
      sink.zeros(offsets[i] - sink.position());
      sink.copy(files.get(i).source(), files.get(i).size());
    }
    sink.padTo(PAGE);
    if (sink.position() == 0) {
      sink.zeros(PAGE);
    }
    sink.flush();
    options.progress().finish();
  }

  private static List<TreeEntry> files(ImageTree tree) throws ImageBuildException {
    List<TreeEntry> files = new ArrayList<>();
    for (TreeEntry e : tree.flatOrder()) {
      if (e.type() == EntryType.FILE) {
        if (e.path().equals(INIT_NAME)) {
          files.add(0, e);
        } else {
          files.add(e);
        }
      } else if (e.type() != EntryType.DIRECTORY) {
        throw new ImageBuildException("'" + e.path() + "' is a " + e.type().label()
            + "; the kos format holds regular files only (use --format romfs or cpio)");
      }
    }
    return files;
  }
}
