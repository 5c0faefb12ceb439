package org.kos.kernel.fs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only image the system booted from, served by kl.core.FS. The tool that boots an image
 * implements it over its image reader; the kernel only lists, sizes and reads files.
 * Implementations must allow reads from several threads.
 */
public interface BootImage {
  /** A kernel booted without an image: no files, size 0. */
  BootImage NONE = of(Map.of());

  /** The regular files of the image in image order (directories and other entries left out). */
  List<BootFile> files();

  /**
   * Reads up to {@code len} bytes of {@code file} at {@code position} into {@code dst[off..]}.
   *
   * @return bytes read, -1 at or past the end of the file
   */
  int read(BootFile file, long position, byte[] dst, int off, int len) throws IOException;

  /** Size of the whole image in bytes. */
  long size();

  /**
   * An image held in memory: the files in the map's iteration order, ids 1, 2, ... in that order,
   * size the sum of the file sizes (for embedding and tests; there are no headers to count).
   */
  static BootImage of(Map<String, byte[]> files) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    List<BootFile> list = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, byte[]> e : copy.entrySet()) {
      list.add(new BootFile(e.getKey(), list.size() + 1, e.getValue().length));
      total += e.getValue().length;
    }
    List<BootFile> entries = List.copyOf(list);
    long size = total;
    return new BootImage() {
      @Override
      public List<BootFile> files() {
        return entries;
      }

      @Override
      public int read(BootFile file, long position, byte[] dst, int off, int len) {
        byte[] content = copy.get(file.path());
        if (content == null || position >= content.length) {
          return -1;
        }
        int n = (int) Math.min(len, content.length - position);
        System.arraycopy(content, (int) position, dst, off, n);
        return n;
      }

      @Override
      public long size() {
        return size;
      }
    };
  }
}
