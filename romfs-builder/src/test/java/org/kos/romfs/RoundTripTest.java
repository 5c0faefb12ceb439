package org.kos.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.source.ManifestParser;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;
import org.kos.romfs.write.BuildOptions;
import org.kos.romfs.write.ImageBuildException;

/** Build every format from the testdata tree and manifest, read back, compare every entry. */
class RoundTripTest {
  @TempDir Path tmp;

  private static byte[] content(RomImage img, ImageEntry e) throws Exception {
    try (InputStream in = img.open(e)) {
      return in.readAllBytes();
    }
  }

  /** Every tree entry is in the image with the same type, bytes and (where the format keeps it) mode. */
  private enum Modes { ALL, EXEC_BIT, NONE }

  private static void assertHolds(ImageTree tree, RomImage img, Modes modes, boolean keepsDirs) throws Exception {
    List<String> expected = new ArrayList<>();
    for (TreeEntry t : tree.depthFirst()) {
      if (t.type() == EntryType.DIRECTORY && !keepsDirs) {
        continue;
      }
      expected.add(t.path());
      ImageEntry e = img.find(t.path()).orElseThrow(() -> new AssertionError("missing " + t.path()));
      EntryType type = e.type() == EntryType.HARD_LINK ? img.find(e.linkTarget()).orElseThrow().type() : e.type();
      assertEquals(t.type(), type, t.path());
      switch (t.type()) {
        case FILE:
          assertArrayEquals(Files.readAllBytes(t.source()), content(img, e), t.path());
          break;
        case SYMLINK:
          assertEquals(t.symlinkTarget(), e.symlinkTarget(), t.path());
          break;
        case CHAR_DEVICE:
        case BLOCK_DEVICE:
          assertEquals(t.major(), e.major(), t.path());
          assertEquals(t.minor(), e.minor(), t.path());
          break;
        default:
          break;
      }
      if (modes == Modes.ALL) {
        assertEquals(t.mode(), e.mode(), t.path());
      } else if (modes == Modes.EXEC_BIT && (t.type() == EntryType.FILE || t.type() == EntryType.DIRECTORY)) {
        assertEquals(t.executable(), (e.mode() & 0111) != 0, t.path());
      }
    }
    assertEquals(expected.size(), img.entries().size(), "entry count");
  }

  private ImageTree manifestTree() throws Exception {
    return new ManifestParser(Exclusions.NONE).parse(TestData.MANIFEST).build(EntryOrder.BYTEWISE);
  }

  @Test
  void romfsFromDirectoryReadsBackEveryEntry() throws Exception {
    ImageTree tree = TestData.scan(TestData.TREE);
    Path img = TestData.build(tree, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("i.romfs"));
    try (RomImage r = TestData.open(img)) {
      assertEquals(ImageFormat.ROMFS, r.format());
      assertEquals("rom 00000000", r.label());
      assertHolds(tree, r, Modes.EXEC_BIT, true);
    }
  }

  @Test
  void romfsFromManifestKeepsLinksDevicesFifosAndSockets() throws Exception {
    ImageTree tree = manifestTree();
    Path img = TestData.build(tree, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("m.romfs"));
    try (RomImage r = TestData.open(img)) {
      assertHolds(tree, r, Modes.EXEC_BIT, true);
      ImageEntry again = r.find("bin/server-again").orElseThrow();
      assertEquals(EntryType.HARD_LINK, again.type());
      assertEquals("bin/server", again.linkTarget());
    }
  }

  @Test
  void cpioFromManifestKeepsModesLinksAndDevices() throws Exception {
    ImageTree tree = manifestTree();
    Path img = TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("m.cpio"));
    try (RomImage r = TestData.open(img)) {
      assertEquals(ImageFormat.CPIO, r.format());
      assertHolds(tree, r, Modes.ALL, true);
    }
  }

  @Test
  void compressedCpioReadsBackThroughEveryCodec() throws Exception {
    ImageTree tree = TestData.scan(TestData.TREE);
    for (Compression c : List.of(Compression.GZIP, Compression.XZ, Compression.ZSTD, Compression.LZ4)) {
      Path img = TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults().withCompression(c), tmp.resolve("i." + c));
      try (RomImage r = TestData.open(img)) {
        assertEquals(c, r.compression());
        assertHolds(tree, r, Modes.ALL, true);
        ImageEntry page = r.find("data/page.bin").orElseThrow();
        ByteBuffer b = ByteBuffer.allocate(8);
        assertEquals(3, r.read(page, 4094, b), "a read stops at the end of the file");
        byte[] source = Files.readAllBytes(TestData.TREE.resolve("data/page.bin"));
        assertArrayEquals(java.util.Arrays.copyOfRange(source, 4094, 4097), java.util.Arrays.copyOf(b.array(), 3));
      }
    }
  }

  @Test
  void nonAsciiNamesAreStoredAsTheirUtf8BytesInEveryFormat() throws Exception {
    assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"),
        "Java decodes file names with the locale's charset; this module's tests run with LC_ALL=C.UTF-8 (pom.xml)");
    Path dir = tmp.resolve("names");
    Files.createDirectories(dir.resolve("日本"));
    Files.writeString(dir.resolve("grüße.txt"), "hallo");
    Files.writeString(dir.resolve("日本/語.bin"), "nihongo");
    ImageTree tree = TestData.scan(dir);
    for (ImageFormat f : ImageFormat.values()) {
      Path img = TestData.build(tree, f, BuildOptions.defaults(), tmp.resolve("names." + f));
      byte[] raw = Files.readAllBytes(img);
      for (String name : List.of("grüße.txt", "語.bin")) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (int i = 0; i + utf8.length <= raw.length && !found; i++) {
          found = Arrays.equals(raw, i, i + utf8.length, utf8, 0, utf8.length);
        }
        assertTrue(found, name + " in UTF-8 in the " + f + " image");
      }
      try (RomImage r = TestData.open(img)) {
        assertHolds(tree, r, f == ImageFormat.KOS ? Modes.NONE : f == ImageFormat.ROMFS ? Modes.EXEC_BIT : Modes.ALL,
            f != ImageFormat.KOS);
      }
    }
  }

  @Test
  void xzAndZstdImagesAreTheSameBytesWhenBuiltTwice() throws Exception {
    ImageTree tree = TestData.scan(TestData.TREE);
    for (Compression c : List.of(Compression.XZ, Compression.ZSTD)) {
      BuildOptions o = BuildOptions.defaults().withCompression(c);
      Path a = TestData.build(tree, ImageFormat.CPIO, o, tmp.resolve("a." + c));
      Path b = TestData.build(tree, ImageFormat.CPIO, o, tmp.resolve("b." + c));
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), c.label());
    }
  }

  @Test
  void aTruncatedXzOrZstdImageIsABadImage() throws Exception {
    ImageTree tree = TestData.scan(TestData.TREE);
    for (Compression c : List.of(Compression.XZ, Compression.ZSTD)) {
      Path img = TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults().withCompression(c), tmp.resolve("t." + c));
      byte[] whole = Files.readAllBytes(img);
      Path cut = Files.write(tmp.resolve("cut." + c), Arrays.copyOf(whole, whole.length / 2));
      assertThrows(BadImageException.class, () -> TestData.open(cut).close(), c.label());
    }
  }

  @Test
  void kosPutsEinitFirstAndAlignsDataToPages() throws Exception {
    Path dir = tmp.resolve("files");
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("a-first-by-name"), "x");
    Files.writeString(dir.resolve("bin/prog"), "prog");
    Files.writeString(dir.resolve("einit"), "init");
    ImageTree tree = TestData.scan(dir);
    Path img = TestData.build(tree, ImageFormat.KOS, BuildOptions.defaults(), tmp.resolve("i.kos"));
    byte[] bytes = Files.readAllBytes(img);
    assertEquals(0, bytes.length % 4096);
    try (RomImage r = TestData.open(img)) {
      assertEquals(ImageFormat.KOS, r.format());
      assertEquals(List.of("einit", "a-first-by-name", "bin/prog"), r.entries().stream().map(ImageEntry::path).toList());
      for (ImageEntry e : r.entries()) {
        assertEquals(0, e.dataOffset() % 4096, e.path());
      }
      assertHolds(tree, r, Modes.NONE, false);
    }
    ByteBuffer le = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    assertEquals(3, le.getInt(0));
    assertEquals(4 + 12 * 3, le.getInt(4), "first name right after the table");
    assertEquals("einit", new String(bytes, 40, 5, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void kosHonoursFileAlignmentAndPatternAlignment() throws Exception {
    Path dir = tmp.resolve("aligned");
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(dir.resolve("bin/prog"), "prog");
    Files.writeString(dir.resolve("bin/tool"), "tool");
    Files.writeString(dir.resolve("data"), "data");
    Files.writeString(dir.resolve("einit"), "init");
    ImageTree tree = TestData.scan(dir);
    BuildOptions options = BuildOptions.defaults().withFileAlignment(8192)
        .withAlignments(List.of(org.kos.romfs.write.AlignmentRule.parse("65536,/bin/p*")));
    Path img = TestData.build(tree, ImageFormat.KOS, options, tmp.resolve("a.kos"));
    try (RomImage r = TestData.open(img)) {
      for (ImageEntry e : r.entries()) {
        long alignment = e.path().equals("bin/prog") ? 65536 : 8192;
        assertEquals(0, e.dataOffset() % alignment, e.path() + " at 0x" + Long.toHexString(e.dataOffset()));
      }
      assertTrue(r.entries().stream().anyMatch(e -> e.dataOffset() % 65536 != 0), "only the pattern's file is 64 KiB aligned");
      assertHolds(tree, r, Modes.NONE, false);
    }
  }

  @Test
  void kosFromTestdataTreeRefusesItsSymlink() throws Exception {
    ImageTree tree = TestData.scan(TestData.TREE);
    var e = org.junit.jupiter.api.Assertions.assertThrows(org.kos.romfs.write.ImageBuildException.class,
        () -> TestData.build(tree, ImageFormat.KOS, BuildOptions.defaults(), tmp.resolve("k")));
    assertTrue(e.getMessage().contains("bin/client"), e.getMessage());
    assertTrue(Files.notExists(tmp.resolve("k")), "no image under the target name after a failed build");
    try (var s = Files.list(tmp)) {
      assertEquals(0, s.count(), "the temporary file is removed");
    }
  }

  @Test
  void largeFileIsStreamedAndReadBackAtRandomOffsets() throws Exception {
    Path dir = tmp.resolve("big");
    Files.createDirectories(dir);
    byte[] chunk = new byte[1 << 20];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = (byte) (i * 31 + 7);
    }
    try (var out = Files.newOutputStream(dir.resolve("blob"))) {
      for (int i = 0; i < 5; i++) {
        out.write(chunk);
      }
    }
    ImageTree tree = TestData.scan(dir);
    for (ImageFormat f : ImageFormat.values()) {
      Path img = TestData.build(tree, f, BuildOptions.defaults(), tmp.resolve("big." + f));
      try (RomImage r = TestData.open(img)) {
        ImageEntry e = r.find("blob").orElseThrow();
        assertEquals(5L << 20, e.size());
        ByteBuffer b = ByteBuffer.allocate(16);
        r.read(e, (3L << 20) + 5, b);
        assertEquals((byte) (5 * 31 + 7), b.get(0), f.toString());
      }
    }
  }
}
