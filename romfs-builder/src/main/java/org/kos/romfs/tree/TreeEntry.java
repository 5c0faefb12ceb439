package org.kos.romfs.tree;

import java.nio.file.Path;
import org.kos.romfs.EntryType;

/**
 * One entry to put into an image.
 *
 * @param path image path, relative, "" for the root directory
 * @param type what it is (never {@link EntryType#HARD_LINK}: links share a {@code linkKey})
 * @param mode permission bits (07777)
 * @param source the file whose bytes a {@link EntryType#FILE} holds; null otherwise
 * @param size bytes of a file, known when the tree is made and checked again while copying
 * @param symlinkTarget target of a {@link EntryType#SYMLINK}; null otherwise
 * @param major device major number of a device node
 * @param minor device minor number of a device node
 * @param linkKey entries with the same non-null key are hard links of one another
 */
public record TreeEntry(
    String path, EntryType type, int mode, Path source, long size, String symlinkTarget,
    int major, int minor, Object linkKey) {

  public TreeEntry {
    if (type == EntryType.HARD_LINK) {
      throw new IllegalArgumentException("a tree expresses hard links by a shared link key");
    }
    mode &= 07777;
  }

  public static TreeEntry directory(String path, int mode) {
    return new TreeEntry(path, EntryType.DIRECTORY, mode, null, 0, null, 0, 0, null);
  }

  public static TreeEntry file(String path, int mode, Path source, long size, Object linkKey) {
    return new TreeEntry(path, EntryType.FILE, mode, source, size, null, 0, 0, linkKey);
  }

  public static TreeEntry symlink(String path, int mode, String target, Object linkKey) {
    return new TreeEntry(path, EntryType.SYMLINK, mode, null, 0, target, 0, 0, linkKey);
  }

  public static TreeEntry device(String path, EntryType type, int mode, int major, int minor, Object linkKey) {
    if (!type.isDevice()) {
      throw new IllegalArgumentException(type + " is not a device");
    }
    return new TreeEntry(path, type, mode, null, 0, null, major, minor, linkKey);
  }

  public static TreeEntry special(String path, EntryType type, int mode, Object linkKey) {
    if (type != EntryType.FIFO && type != EntryType.SOCKET) {
      throw new IllegalArgumentException(type + " is not a fifo or socket");
    }
    return new TreeEntry(path, type, mode, null, 0, null, 0, 0, linkKey);
  }

  /** Whether any execute bit is set (what romfs keeps of the mode). */
  public boolean executable() {
    return (mode & 0111) != 0;
  }
}
