package org.kos.romfs.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.TestData;
import org.kos.romfs.tree.ImageTree;

class ProgressTest {
  @TempDir Path tmp;

  /** Remembers what a writer reported. */
  private static final class Recorder implements ProgressListener {
    long total = -1;
    final List<Long> advances = new ArrayList<>();
    int finished;

    @Override
    public void start(long totalBytes, int entries) {
      total = totalBytes;
    }

    @Override
    public void advance(long bytes) {
      advances.add(bytes);
    }

    @Override
    public void finish() {
      finished++;
    }
  }

  @Test
  void everyFormatReportsEveryContentByteOnceAndMovesDuringALargeFile() throws Exception {
    Path dir = tmp.resolve("tree");
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("bin/small"), "small");
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big").toFile(), "rw")) {
      big.setLength((40L << 20) + 5); // sparse: cheap to make, read as zeros
    }
    ImageTree tree = TestData.scan(dir);
    for (ImageFormat f : ImageFormat.values()) {
      Recorder r = new Recorder();
      TestData.build(tree, f, BuildOptions.defaults().withProgress(r), tmp.resolve("i." + f));
      assertEquals(tree.contentBytes(), r.total, f.toString());
      assertEquals(r.total, r.advances.stream().mapToLong(Long::longValue).sum(), f.toString());
      assertEquals(1, r.finished, f.toString());
      assertTrue(r.advances.stream().filter(b -> b > 0).count() >= 3, f + ": " + r.advances.size() + " advances");
    }
  }
}
