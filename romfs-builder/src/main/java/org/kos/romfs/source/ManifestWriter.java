package org.kos.romfs.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kos.romfs.read.ImageEntry;

/**
 * An image's entries as a manifest ({@link ManifestParser}'s format), in image order: built again
 * with that order kept ({@code kos romfs build -m FILE --order manifest}) from the files an
 * {@code extract} wrote, it gives the same entries in the same order. Each file's source is its
 * image path, relative to the manifest: the manifest belongs in the directory extracted into.
 */
public final class ManifestWriter {
  private ManifestWriter() {}

  /**
   * @throws IllegalArgumentException for a name or symlink target a manifest cannot hold (blanks,
   *     control characters: manifest fields are blank-separated lines)
   */
  public static String of(List<ImageEntry> entries) {
    StringBuilder b = new StringBuilder();
    Map<String, Integer> modes = new HashMap<>();
    for (ImageEntry e : entries) {
      String path = field(e.path(), e.path());
      modes.put(e.path(), e.mode());
      String mode = octal(e.mode());
      switch (e.type()) {
        case FILE -> line(b, path, "file", mode, path);
        case DIRECTORY -> line(b, path, "dir", mode, null);
        case SYMLINK -> line(b, path, "slink", mode, field(e.symlinkTarget(), e.path()));
        case HARD_LINK -> line(b, path, "hlink", octal(modes.getOrDefault(e.linkTarget(), e.mode())),
            "/" + field(e.linkTarget(), e.path()));
        case CHAR_DEVICE, BLOCK_DEVICE -> line(b, path, "nod", mode,
            (e.type() == org.kos.romfs.EntryType.CHAR_DEVICE ? "c " : "b ") + e.major() + " " + e.minor());
        case FIFO -> line(b, path, "pipe", mode, null);
        case SOCKET -> line(b, path, "sock", mode, null);
        default -> throw new IllegalArgumentException("'" + e.path() + "': no manifest type for " + e.type().label());
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String path, String type, String mode, String argument) {
    b.append('/').append(path).append(' ').append(type).append(' ').append(mode);
    if (argument != null) {
      b.append(' ').append(argument);
    }
    b.append('\n');
  }

  private static String field(String text, String entry) {
    if (text.isEmpty() || text.startsWith("#")) {
      throw new IllegalArgumentException("'" + entry + "': a manifest field cannot be empty or start with '#'");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException("'" + entry
            + "': a manifest cannot hold a blank or a control character in a name or link target");
      }
    }
    return text;
  }

  private static String octal(int mode) {
    String o = Integer.toOctalString(mode & 07777);
    return "0000".substring(o.length()) + o;
  }
}
