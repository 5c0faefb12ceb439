package org.kos.romfs.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.kos.romfs.EntryType;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.ImagePaths;

/**
 * Reads the vendor's ROMFS: checks the count against the limit and the file, every name (inside
 * the image, NUL-terminated, a valid relative path) and every data range (4096-aligned, inside
 * the image). The format stores no modes: files are reported as 0755, since they are programs.
 */
public final class KosImageReader extends ChannelImage {
  static final int PAGE = 4096;

  KosImageReader(FileChannel channel, ReadLimits limits) throws IOException, BadImageException {
    super(channel);
    long length = channel.size();
    if (length < 4) {
      throw new BadImageException(0, "image is truncated: " + length + " bytes, a kos image has at least 4");
    }
    long count = readAt(0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
    if (count > limits.maxEntries()) {
      throw new BadImageException(0, "entry count " + count + " exceeds the limit of " + limits.maxEntries());
    }
    long tableEnd = 4 + 12 * count;
    if (tableEnd > length) {
      throw new BadImageException(0, "table of " + count + " entries needs " + tableEnd
          + " bytes but the image has only " + length + " (truncated?)");
    }
    regions.add(new Region(0, tableEnd, "entry table"));
    ByteBuffer table = readAt(4, (int) (12 * count)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      long row = 4 + 12L * i;
      long nameOffset = table.getInt() & 0xFFFF_FFFFL;
      long dataOffset = table.getInt() & 0xFFFF_FFFFL;
      long size = table.getInt() & 0xFFFF_FFFFL;
      if (nameOffset < tableEnd || nameOffset >= length) {
        throw new BadImageException(row, String.format(
            "entry %d: name offset 0x%x is outside the names area (0x%x to 0x%x)", i, nameOffset, tableEnd, length));
      }
      String name = name(nameOffset, length, i);
      String bad = ImagePaths.problem(name);
      if (bad != null || name.isEmpty()) {
        throw new BadImageException(nameOffset, "entry " + i + ": " + (bad != null ? bad : "empty name"));
      }
      if (dataOffset % PAGE != 0) {
        throw new BadImageException(row + 4, String.format(
            "data of '%s' at 0x%x is not %d-byte aligned", name, dataOffset, PAGE));
      }
      if (dataOffset + size > length) {
        throw new BadImageException(row + 4, String.format(
            "data of '%s' (%d bytes at 0x%x) runs past the end of the image (%d bytes)", name, size, dataOffset, length));
      }
      regions.add(new Region(nameOffset, nameOffset + name.getBytes(StandardCharsets.UTF_8).length + 1,
          "name of '" + name + "'"));
      regions.add(new Region(dataOffset, dataOffset + size, "data of '" + name + "'"));
      add(new ImageEntry(name, EntryType.FILE, 0755, size, row, dataOffset, null, null, 0, 0), row);
    }
  }

  private String name(long at, long length, int index) throws IOException, BadImageException {
    int max = (int) Math.min(ImagePaths.MAX_PATH_BYTES + 1, length - at);
    ByteBuffer b = readAt(at, max);
    for (int i = 0; i < b.limit(); i++) {
      if (b.get(i) == 0) {
        return new String(b.array(), 0, i, StandardCharsets.UTF_8);
      }
    }
    throw new BadImageException(at, "entry " + index + ": name is not NUL-terminated within "
        + ImagePaths.MAX_PATH_BYTES + " bytes or before the end of the image");
  }

  @Override
  public ImageFormat format() {
    return ImageFormat.KOS;
  }
}
