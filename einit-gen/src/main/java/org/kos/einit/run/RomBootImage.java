package org.kos.einit.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.kernel.fs.BootFile;
import org.kos.kernel.fs.BootImage;
import org.kos.romfs.EntryType;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;

/**
 * An opened image as the kernel's boot image: its regular files and hard links (a hard link has
 * its target's size and content) in image order, each identified by the offset of its header,
 * read at random positions. Reads lock the image, which the kernel's program loading shares.
 */
final class RomBootImage implements BootImage {
  private final RomImage image;
  private final long size;
  private final List<BootFile> files;
  private final Map<String, ImageEntry> entries = new HashMap<>();

  /** {@code size}: bytes of the image file. */
  RomBootImage(RomImage image, long size) {
    this.image = image;
    this.size = size;
    List<BootFile> list = new ArrayList<>();
    for (ImageEntry e : image.entries()) {
      if (e.type() == EntryType.FILE || e.type() == EntryType.HARD_LINK) {
        entries.put(e.path(), e);
        list.add(new BootFile(e.path(), e.headerOffset(), contentSize(e)));
      }
    }
    this.files = List.copyOf(list);
  }

  private long contentSize(ImageEntry e) {
    if (e.type() != EntryType.HARD_LINK) {
      return e.size();
    }
    return image.find(e.linkTarget()).map(ImageEntry::size).orElse(0L);
  }

  @Override
  public List<BootFile> files() {
    return files;
  }

  @Override
  public int read(BootFile file, long position, byte[] dst, int off, int len) throws IOException {
    ImageEntry e = entries.get(file.path());
    if (e == null) {
      throw new IOException("no file " + file.path() + " in the image");
    }
    synchronized (image) {
      return image.read(e, position, ByteBuffer.wrap(dst, off, len));
    }
  }

  @Override
  public long size() {
    return size;
  }
}
