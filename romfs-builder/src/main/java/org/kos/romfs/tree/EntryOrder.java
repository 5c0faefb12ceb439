package org.kos.romfs.tree;

import java.util.ArrayList;
import java.util.List;
import org.kos.romfs.ImagePaths;

/**
 * Decides the order of a directory's children in the image. The default, {@link #BYTEWISE}, sorts
 * names by their UTF-8 bytes, which no locale or file system can change; that is what makes builds
 * reproducible. Another order (for instance the order {@code readdir} returned, to reproduce
 * genromfs) may place the romfs entries "." and ".." anywhere by returning them in the list; when
 * they are absent they go first.
 */
@FunctionalInterface
public interface EntryOrder {
  /**
   * Orders {@code names} (the children of {@code dir}, without "." and "..").
   *
   * @return a permutation of {@code names}, optionally with "." and ".." inserted
   */
  List<String> arrange(String dir, List<String> names);

  /**
   * The order the entries were added in (a manifest's line order): kept by every format, and by
   * the kos format across directories too, since its table is flat. Reproduces an image listed
   * with {@code kos romfs ls --manifest}.
   */
  EntryOrder AS_GIVEN = (dir, names) -> names;

  EntryOrder BYTEWISE = (dir, names) -> {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(ImagePaths::compareBytes);
    return sorted;
  };
}
