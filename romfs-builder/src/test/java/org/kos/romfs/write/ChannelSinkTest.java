package org.kos.romfs.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelSinkTest {
  private static final int LARGE = 3 << 20;

  @TempDir Path tmp;

  private Path file(String name, int size) throws Exception {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 7 + 1);
    }
    return Files.write(tmp.resolve(name), b);
  }

  private byte[] copied(long offset, Path source, long size) throws Exception {
    Path out = tmp.resolve("out");
    try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ChannelSink sink = new ChannelSink(ch, ProgressListener.NONE);
      sink.zeros(offset);
      sink.copy(source, size);
      sink.flush();
    }
    return Files.readAllBytes(out);
  }

  @Test
  void smallAndLargeFilesAreCopiedWholeWhereverTheyStart() throws Exception {
    for (int size : new int[] {0, 1, 100, 5000, (1 << 20) - 1, LARGE}) {
      for (long offset : new long[] {0, 96, 4096}) {
        Path src = file("f" + size, size);
        byte[] out = copied(offset, src, size);
        assertEquals(offset + size, out.length, size + "@" + offset);
        assertArrayEquals(Files.readAllBytes(src), Arrays.copyOfRange(out, (int) offset, out.length), size + "@" + offset);
      }
    }
  }

  @Test
  void headKeepsTheFirstBytesOfALargeFileStreamedFromTheStart() throws Exception {
    Path src = file("big", LARGE);
    try (FileChannel ch = FileChannel.open(tmp.resolve("out"), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ChannelSink sink = new ChannelSink(ch, ProgressListener.NONE);
      sink.zeros(16);
      sink.copy(src, LARGE);
      sink.flush();
      assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(tmp.resolve("out")), 0, ChannelSink.HEAD), sink.head());
    }
  }

  @Test
  void aFileThatShrankOrGrewSinceTheScanIsRefused() throws Exception {
    for (int size : new int[] {100, LARGE}) {
      Path src = file("f" + size, size);
      ImageBuildException shrank = assertThrows(ImageBuildException.class, () -> copied(0, src, size + 1L));
      assertTrue(shrank.getMessage().contains("changed while the image was built"), shrank.getMessage());
      ImageBuildException grew = assertThrows(ImageBuildException.class, () -> copied(0, src, size - 1L));
      assertTrue(grew.getMessage().contains("found " + size), grew.getMessage());
    }
  }
}
