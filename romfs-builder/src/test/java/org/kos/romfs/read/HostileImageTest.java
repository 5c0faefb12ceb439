package org.kos.romfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.TestData;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.tree.TreeEntry;
import org.kos.romfs.write.BuildOptions;

/**
 * Images built to hurt the reader. Each must be refused with a clear message naming the offset,
 * within a few seconds (the timeout guards against hangs, it measures nothing) and without
 * allocating what the image claims.
 */
class HostileImageTest {
  private static final Duration BOUND = Duration.ofSeconds(20);

  @TempDir Path tmp;
  private byte[] romfs;
  private byte[] kos;
  private byte[] cpio;

  @BeforeEach
  void goodImages() throws Exception {
    ImageTree tree = TestData.scan(TestData.TREE);
    romfs = Files.readAllBytes(TestData.build(tree, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("r")));
    cpio = Files.readAllBytes(TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("c")));
    ImageTree files = ImageTree.builder(0755)
        .add(TreeEntry.file("einit", 0755, TestData.TREE.resolve("einit"), 30, null))
        .add(TreeEntry.file("hosts", 0644, TestData.TREE.resolve("etc/hosts"), 20, null))
        .build(EntryOrder.BYTEWISE);
    kos = Files.readAllBytes(TestData.build(files, ImageFormat.KOS, BuildOptions.defaults(), tmp.resolve("k")));
  }

  private BadImageException refused(byte[] image, String expected) {
    return refused(image, expected, ReadLimits.DEFAULT);
  }

  private BadImageException refused(byte[] image, String expected, ReadLimits limits) {
    Path p = tmp.resolve("hostile.img");
    return assertTimeoutPreemptively(BOUND, () -> {
      Files.write(p, image);
      BadImageException e = assertThrows(BadImageException.class, () -> ImageVerifier.verify(p, limits));
      assertTrue(e.getMessage().startsWith("offset 0x"), e.getMessage());
      assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' lacks '" + expected + "'");
      return e;
    });
  }

  // --- romfs helpers: header offsets of the image of the testdata tree

  private static int u32(byte[] b, int at) {
    return ByteBuffer.wrap(b).getInt(at);
  }

  private static void put(byte[] b, int at, int v) {
    ByteBuffer.wrap(b).putInt(at, v);
  }

  /** Rewrites the checksum of the header at {@code at} so that only the field we broke is wrong. */
  private static void fixHeaderSum(byte[] b, int at) {
    int nameLen = 0;
    while (b[at + 16 + nameLen] != 0) {
      nameLen++;
    }
    int len = 16 + ((nameLen + 16) & ~15);
    put(b, at + 12, 0);
    int sum = 0;
    for (int i = 0; i < len; i += 4) {
      sum += u32(b, at + i);
    }
    put(b, at + 12, -sum);
  }

  private static void fixSuperblockSum(byte[] b) {
    put(b, 12, 0);
    int sum = 0;
    for (int i = 0; i < Math.min(512, u32(b, 8)); i += 4) {
      sum += u32(b, i);
    }
    put(b, 12, -sum);
  }

  private static int headerNamed(byte[] b, String name) {
    byte[] n = (name + "\0").getBytes(StandardCharsets.US_ASCII);
    for (int at = 32; at + 16 + n.length <= b.length; at += 16) {
      if (Arrays.equals(b, at + 16, at + 16 + n.length, n, 0, n.length)) {
        return at;
      }
    }
    throw new AssertionError("no header " + name);
  }

  private byte[] romfsWith(String header, int field, int value) {
    byte[] b = romfs.clone();
    int at = headerNamed(b, header);
    put(b, at + field, value);
    fixHeaderSum(b, at);
    fixSuperblockSum(b);
    return b;
  }

  @Test
  void truncatedRomfsIsRefused() {
    refused(Arrays.copyOf(romfs, 200), "past the end of the file");
  }

  @Test
  void romfsCyclicNextPointerIsRefused() {
    int at = headerNamed(romfs, "etc");
    byte[] b = romfsWith("etc", 0, at | (u32(romfs, at) & 15));
    refused(b, "loop");
  }

  @Test
  void romfsDirectoryPointingBackToItsParentIsRefused() {
    byte[] b = romfsWith("bin", 4, u32(romfs, 16 + 16) & ~15 & 0 | 0x20);
    refused(b, "loop");
  }

  @Test
  void romfsNextPointerPastTheEndIsRefused() {
    refused(romfsWith("hosts", 0, 0x7fff_fff0 | 2), "past the end of the image");
  }

  @Test
  void romfsFileOfFourGigabytesIsRefused() {
    refused(romfsWith("hosts", 8, 0xFFFF_FFFF), "runs past the end of the image");
  }

  @Test
  void romfsBadHeaderChecksumIsRefused() {
    byte[] b = romfs.clone();
    int at = headerNamed(b, "hosts");
    b[at + 16] = 'H';
    fixSuperblockSum(b);
    refused(b, "checksum of the header");
  }

  @Test
  void romfsBadSuperblockChecksumIsRefused() {
    byte[] b = romfs.clone();
    b[13] ^= 1;
    BadImageException e = refused(b, "superblock checksum");
    assertTrue(e.offset() == 12);
  }

  @Test
  void romfsNameWithSlashDotDotIsRefused() {
    byte[] b = romfs.clone();
    int at = headerNamed(b, "hosts");
    System.arraycopy("../x\0".getBytes(StandardCharsets.US_ASCII), 0, b, at + 16, 5);
    fixHeaderSum(b, at);
    fixSuperblockSum(b);
    refused(b, "contains '/'");
  }

  @Test
  void romfsDotDotThatIsAFileIsRefused() {
    byte[] b = romfs.clone();
    int at = headerNamed(b, "hosts");
    System.arraycopy("..\0".getBytes(StandardCharsets.US_ASCII), 0, b, at + 16, 3);
    fixHeaderSum(b, at);
    fixSuperblockSum(b);
    refused(b, "'..'");
  }

  @Test
  void romfsAndCpioWithHundredThousandEntriesAreRefusedByTheLimit() throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty"));
    ImageTree.Builder many = ImageTree.builder(0755);
    for (int i = 0; i < 100_000; i++) {
      many.add(TreeEntry.file(String.format("d%02d/f%05d", i % 100, i), 0644, empty, 0, null));
    }
    ImageTree tree = many.build(EntryOrder.BYTEWISE);
    Path romfsImage = TestData.build(tree, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("many.romfs"));
    refused(Files.readAllBytes(romfsImage), "more than 65536 entries");
    Path cpioImage = TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("many.cpio"));
    refused(Files.readAllBytes(cpioImage), "more than 65536 entries");
  }

  // --- kos

  private byte[] kosWith(int at, int value) {
    byte[] b = kos.clone();
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    return b;
  }

  @Test
  void kosTableLongerThanTheImageIsRefused() {
    refused(Arrays.copyOf(kos, 20), "truncated");
  }

  @Test
  void kosWithHundredThousandEntriesIsRefusedBeforeReadingTheTable() {
    refused(kosWith(0, 100_000), "entry count 100000 exceeds the limit");
  }

  @Test
  void kosCountBeyondTheFileIsRefusedEvenUnderAHighLimit() {
    refused(kosWith(0, 100_000), "needs 1200004 bytes", new ReadLimits(1_000_000, 128));
  }

  @Test
  void kosDataOffsetPastTheEndIsRefused() {
    refused(kosWith(4 + 4, 0x7fff_f000), "runs past the end of the image");
  }

  @Test
  void kosFileOfFourGigabytesIsRefused() {
    refused(kosWith(4 + 8, 0xFFFF_FFFF), "4294967295 bytes");
  }

  @Test
  void kosMisalignedDataIsRefused() {
    refused(kosWith(4 + 4, 0x1001), "not 4096-byte aligned");
  }

  @Test
  void kosDotDotNameIsRefused() {
    byte[] b = kos.clone();
    System.arraycopy("../ev".getBytes(StandardCharsets.US_ASCII), 0, b, 28, 5);
    refused(b, "'..' is not allowed");
  }

  @Test
  void kosNameOutsideTheNamesAreaIsRefused() {
    refused(kosWith(4, 2), "outside the names area");
  }

  @Test
  void kosOverlappingDataIsRefusedByVerify() {
    int second = ByteBuffer.wrap(kos).order(ByteOrder.LITTLE_ENDIAN).getInt(4 + 12 + 4);
    refused(kosWith(4 + 12 + 4, second - 4096), "overlaps");
  }

  // --- cpio and detection

  @Test
  void truncatedCpioIsRefused() {
    refused(Arrays.copyOf(cpio, 300), "truncated");
  }

  @Test
  void cpioDotDotNameIsRefused() {
    byte[] b = cpio.clone();
    // the first entry is "-dash": make it "../sh"
    System.arraycopy("../sh".getBytes(StandardCharsets.US_ASCII), 0, b, 110, 5);
    refused(b, "'..' is not allowed");
  }

  @Test
  void cpioFileOfFourGigabytesIsRefused() {
    byte[] b = cpio.clone();
    System.arraycopy("FFFFFFFF".getBytes(StandardCharsets.US_ASCII), 0, b, 6 + 8 * 6, 8);
    refused(b, "runs past the end of the image");
  }

  @Test
  void cpioCrcEntryWhoseDataDoesNotSumToItsChecksumIsRefusedByVerify() throws Exception {
    byte[] data = "checked content\n".getBytes(StandardCharsets.US_ASCII);
    long sum = 0;
    for (byte x : data) {
      sum += x & 0xff;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CpioArchiveOutputStream out = new CpioArchiveOutputStream(bytes, CpioConstants.FORMAT_NEW_CRC)) {
      CpioArchiveEntry e = new CpioArchiveEntry(CpioConstants.FORMAT_NEW_CRC, "file");
      e.setMode(CpioConstants.C_ISREG | 0644);
      e.setSize(data.length);
      e.setChksum(sum);
      out.putArchiveEntry(e);
      out.write(data);
      out.closeArchiveEntry();
    }
    byte[] good = bytes.toByteArray();
    Path p = Files.write(tmp.resolve("good.cpio"), good);
    assertEquals(1, ImageVerifier.verify(p, ReadLimits.DEFAULT).entries(), "the intact 070702 archive verifies");
    byte[] bad = good.clone();
    bad[116] ^= 1; // first data byte: 110-byte header + "file\0", padded to 4
    refused(bad, "checksum of 'file' is 0x");
  }

  @Test
  void unknownFormatIsRefused() {
    refused("\u007fELF and then some".getBytes(StandardCharsets.US_ASCII), "unknown image format");
  }
}
