package org.kos.romfs.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.kos.romfs.Compression;
import org.kos.romfs.ImageFormat;

/**
 * An opened, structurally checked image. Content is read on demand from the file (random access
 * for kos, romfs and uncompressed cpio); nothing is copied whole into memory.
 */
public interface RomImage extends Closeable {
  ImageFormat format();

  Compression compression();

  /** The romfs volume name; "" for formats without one. */
  String label();

  /** Entries in image order, the root directory excluded. */
  List<ImageEntry> entries();

  Optional<ImageEntry> find(String path);

  /**
   * Reads content of a file or symlink (a hard link reads its target) at {@code position}.
   *
   * @return bytes read, or -1 at the end of the content
   */
  int read(ImageEntry entry, long position, ByteBuffer dst) throws IOException;

  /** The content of a file or symlink as a stream (a hard link reads its target). */
  InputStream open(ImageEntry entry) throws IOException;

  /** Byte ranges owned by headers, tables, names and data, for the overlap check. */
  List<Region> regions();
}
