package org.kos.romfs.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kos.romfs.EntryType;

/**
 * Verifies an image beyond what opening it checks: no two regions (headers, table, names, data)
 * overlap, and every file's content can be read to its end (and, for cpio "crc" archives, matches
 * its checksum).
 */
public final class ImageVerifier {
  /** What a successful verification saw, with its warnings (RF0103). */
  public record Report(RomImage image, int entries, long contentBytes, List<TreeCheck.Finding> warnings) {}

  private ImageVerifier() {}

  /** Opens and verifies; the returned report's image is closed. */
  public static Report verify(Path image, ReadLimits limits) throws IOException, BadImageException {
    try (RomImage img = ImageReaders.open(image, limits)) {
      return verify(img);
    }
  }

  /** Verifies an image already open (the fuzz targets open each format's reader directly). */
  static Report verify(RomImage img) throws IOException, BadImageException {
    List<TreeCheck.Finding> findings = TreeCheck.check(img.entries());
    TreeCheck.Finding error = TreeCheck.firstError(findings);
    if (error != null) {
      throw error.toException();
    }
    checkOverlaps(img.regions());
    long bytes = 0;
    byte[] buf = new byte[1 << 16];
    for (ImageEntry e : img.entries()) {
      if (e.type() != EntryType.FILE) {
        continue;
      }
      long sum = 0;
      long read = 0;
      try (InputStream in = img.open(e)) {
        int n;
        while ((n = in.read(buf)) > 0) {
          read += n;
          for (int i = 0; i < n; i++) {
            sum += buf[i] & 0xff;
          }
        }
      } catch (IOException ex) {
        throw new BadImageException(e.dataOffset(), "data of '" + org.kos.romfs.ImagePaths.printable(e.path())
            + "' cannot be read: " + ex.getMessage());
      }
      if (read != e.size()) {
        throw new BadImageException(e.dataOffset(), "data of '" + org.kos.romfs.ImagePaths.printable(e.path())
            + "' ends after " + read + " of "
            + e.size() + " bytes");
      }
      if (img instanceof CpioImageReader cpio) {
        Long expected = cpio.checksum(e.path());
        if (expected != null && expected != (sum & 0xFFFF_FFFFL)) {
          throw new BadImageException(e.headerOffset() + 102, String.format(
              "checksum of '%s' is 0x%08x but its data sums to 0x%08x", org.kos.romfs.ImagePaths.printable(e.path()), expected, sum & 0xFFFF_FFFFL));
        }
      }
      bytes += read;
    }
    return new Report(img, img.entries().size(), bytes, findings);
  }

  /** Fails on the first region that starts before the previous one ended. */
  static void checkOverlaps(List<Region> regions) throws BadImageException {
    List<Region> sorted = new ArrayList<>(regions);
    sorted.removeIf(r -> r.end() <= r.start());
    sorted.sort(Comparator.comparingLong(Region::start).thenComparingLong(Region::end));
    for (int i = 1; i < sorted.size(); i++) {
      Region a = sorted.get(i - 1);
      Region b = sorted.get(i);
      if (b.start() < a.end()) {
        throw new BadImageException(b.start(), String.format(
            "%s (0x%x to 0x%x) overlaps %s (0x%x to 0x%x)", b.owner(), b.start(), b.end(), a.owner(), a.start(), a.end()));
      }
    }
  }
}
