package org.kos.einit.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kl.core.CoreEntity;
import kl.core.FS;
import kl.core.FSProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kos.kernel.Kernel;
import org.kos.kernel.fs.BootFile;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.kernel.task.Process;
import org.kos.kernel.task.ProgramSource;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.read.ImageReaders;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;
import org.kos.romfs.write.BuildOptions;
import org.kos.romfs.write.ImageBuilder;

/** The files of an image built by romfs-builder, as the kernel's boot image and through kl.core.FS. */
@org.junit.jupiter.api.Timeout(value = 30, unit = TimeUnit.SECONDS)
class RomBootImageTest {
  @TempDir Path dir;

  static final byte[] BIG = pattern(FS.BlockSize * 2 + 17);
  static final byte[] SMALL = "key=value\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  static byte[] pattern(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 31 + 5);
    }
    return b;
  }

  /** etc/ (a directory), etc/app.conf, data.bin and data.link (a hard link to data.bin). */
  Path image(ImageFormat format) throws Exception {
    Path big = Files.write(dir.resolve("big"), BIG);
    Path small = Files.write(dir.resolve("small"), SMALL);
    Object link = new Object();
    ImageTree.Builder tree = ImageTree.builder(0755);
    tree.add(TreeEntry.file("data.bin", 0644, big, BIG.length, link));
    tree.add(TreeEntry.file("data.link", 0644, big, BIG.length, link));
    tree.add(TreeEntry.directory("etc", 0755));
    tree.add(TreeEntry.file("etc/app.conf", 0644, small, SMALL.length, null));
    Path image = dir.resolve("boot-" + format + ".img");
    ImageBuilder.build(tree.build(EntryOrder.BYTEWISE), format, BuildOptions.defaults(), image);
    return image;
  }

  @ParameterizedTest
  @EnumSource(ImageFormat.class)
  void regularFilesAndHardLinksAreListedWithTheirContentSizesInAnyFormat(ImageFormat format) throws Exception {
    Path image = image(format);
    try (RomImage rom = ImageReaders.open(image)) {
      List<String> listed = new ArrayList<>();
      for (BootFile f : new RomBootImage(rom, Files.size(image)).files()) {
        listed.add(f.path() + " " + f.size());
      }
      listed.sort(null);
      assertEquals(List.of("data.bin " + BIG.length, "data.link " + BIG.length, "etc/app.conf " + SMALL.length),
          listed);
    }
  }

  @Test
  void filesHaveDistinctIdsAndTheImageItsFileSize() throws Exception {
    Path image = image(ImageFormat.ROMFS);
    try (RomImage rom = ImageReaders.open(image)) {
      RomBootImage boot = new RomBootImage(rom, Files.size(image));
      assertEquals(3, boot.files().stream().mapToLong(BootFile::id).distinct().count());
      assertEquals(Files.size(image), boot.size());
    }
  }

  @Test
  void hardLinkReadsItsTargetsContent() throws Exception {
    Path image = image(ImageFormat.ROMFS);
    try (RomImage rom = ImageReaders.open(image)) {
      RomBootImage boot = new RomBootImage(rom, Files.size(image));
      BootFile link = boot.files().stream().filter(f -> f.path().equals("data.link")).findFirst().orElseThrow();
      byte[] got = new byte[BIG.length + 1];
      int n = 0;
      for (int r; (r = boot.read(link, n, got, n, got.length - n)) > 0; ) {
        n += r;
      }
      assertArrayEquals(BIG, java.util.Arrays.copyOf(got, n));
    }
  }

  @Test
  void processReadsAFileOfTheBootedImageThroughTheFsEndpoint() throws Exception {
    Path image = image(ImageFormat.KOS);
    List<Object> seen = new CopyOnWriteArrayList<>();
    try (RomImage rom = ImageReaders.open(image)) {
      Kernel kernel = new Kernel(ProgramSource.of(Map.of("reader", args -> {
        FSProxy fs = new FSProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_FS_FS);
        HandleDesc h = fs.open("/data.bin").handle();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int block = 0; ; block++) {
          FS.ReadOut r = fs.read(h, block);
          content.write(r.data(), 0, r.read());
          if (r.read() < FS.BlockSize) {
            break;
          }
        }
        seen.add(content.toByteArray());
        seen.add(fs.close(h));
      })), new RomBootImage(rom, Files.size(image)), Kernel.DEFAULT_HANDLE_QUOTA, Kernel.DEFAULT_MEMORY_QUOTA,
          SecurityMonitor.ALLOW_ALL);
      Process p = kernel.boot("reader");
      p.awaitExit(10, TimeUnit.SECONDS);
      kernel.shutdown();
    }
    assertArrayEquals(BIG, (byte[]) seen.get(0));
    assertEquals(Retcode.rcOk, seen.get(1));
  }
}
