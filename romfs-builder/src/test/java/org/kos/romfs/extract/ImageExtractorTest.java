package org.kos.romfs.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.TestData;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.source.ManifestParser;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.write.BuildOptions;

class ImageExtractorTest {
  @TempDir Path tmp;

  private Path image(String... manifest) throws Exception {
    ImageTree t = new ManifestParser(Exclusions.NONE).parse("m", List.of(manifest), TestData.ROOT).build(EntryOrder.BYTEWISE);
    return TestData.build(t, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("img"));
  }

  @Test
  void extractsFilesLinksAndModesAndWarnsAboutDevices() throws Exception {
    Path img = image("/bin/server file 0755 tree/bin/server", "/bin/sh slink 0777 server",
        "/bin/again hlink 0755 /bin/server", "/dev/null nod 0666 c 1 3");
    List<String> warnings = new ArrayList<>();
    try (RomImage r = TestData.open(img)) {
      ImageExtractor.extract(r, tmp.resolve("out"), warnings::add);
    }
    Path out = tmp.resolve("out");
    assertArrayEquals(Files.readAllBytes(TestData.TREE.resolve("bin/server")), Files.readAllBytes(out.resolve("bin/again")));
    assertEquals("server", Files.readSymbolicLink(out.resolve("bin/sh")).toString());
    assertTrue(Files.isExecutable(out.resolve("bin/server")));
    assertEquals(1, warnings.size());
  }

  @Test
  void symlinkPointingOutsideTheTargetIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path img = image("/a file 0644 tree/a", "/etc/passwd slink 0777 ../../../etc/passwd");
    try (RomImage r = TestData.open(img)) {
      BadImageException e = assertThrows(BadImageException.class, () -> ImageExtractor.extract(r, tmp.resolve("out"), w -> {}));
      assertTrue(e.getMessage().contains("points outside the target directory"), e.getMessage());
    }
    assertTrue(Files.notExists(tmp.resolve("out/a")));
  }

  @Test
  void absoluteSymlinkIsRefused() throws Exception {
    Path img = image("/x slink 0777 /etc/shadow");
    try (RomImage r = TestData.open(img)) {
      assertThrows(BadImageException.class, () -> ImageExtractor.extract(r, tmp.resolve("out"), w -> {}));
    }
  }

  // --- trees extract cannot write, refused before anything is written (issue 17 #4, #5)

  private static List<Path> contents(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (var s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).toList();
    }
  }

  private BadImageException refusedExtracting(Path out, String... entries) throws Exception {
    Path img = org.kos.romfs.HostileCpio.write(tmp.resolve("i.cpio"), entries);
    try (RomImage r = TestData.open(img)) {
      return assertThrows(BadImageException.class, () -> ImageExtractor.extract(r, out, w -> {}));
    }
  }

  @Test
  void symlinkChainResolvingOutsideTheTargetIsRefusedAndNothingIsWritten() throws Exception {
    String deep = org.kos.romfs.HostileCpio.deep(20);
    String up = org.kos.romfs.HostileCpio.up(20);
    Path out = tmp.resolve("out");
    BadImageException e = refusedExtracting(out, "d " + deep, "l " + deep + "/s " + up, "l e " + deep + "/s/" + up + "/etc");
    assertTrue(e.getMessage().contains("error[RF0101]"), e.getMessage());
    assertEquals(List.of(), contents(out));
  }

  @Test
  void symlinkThroughASymlinkAlreadyInTheTargetIsRefused() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.createSymbolicLink(out.resolve("up"), Path.of(".."));
    BadImageException e = refusedExtracting(out, "l e up/../etc");
    assertTrue(e.getMessage().contains("error[RF0101]: symlink 'e' -> 'up/../etc' resolves outside the image through symlink 'up'"),
        e.getMessage());
    assertEquals(List.of(out.resolve("up")), contents(out));
  }

  @Test
  void fileBelowAFileIsRefusedWithItsOffsetAndNothingIsWritten() throws Exception {
    Path out = tmp.resolve("out");
    BadImageException e = refusedExtracting(out, "f a", "f a/b");
    assertTrue(e.getMessage().contains("error[RF0102]: 'a/b' is below 'a', which is a file"), e.getMessage());
    assertEquals(List.of(), contents(out));
  }

  @Test
  void fileBelowASymlinkIsRefusedAndNothingIsWritten() throws Exception {
    Path out = tmp.resolve("out");
    BadImageException e = refusedExtracting(out, "d dir", "f dir/y", "l link dir", "f link/x");
    assertTrue(e.getMessage().contains("error[RF0102]: 'link/x' is below 'link', which is a symlink"), e.getMessage());
    assertEquals(List.of(), contents(out));
  }

  @Test
  void warningsAboutSkippedEntriesShowControlCharactersEscaped() throws Exception {
    Path img = image("/dev/a\u001bb nod 0666 c 1 3");
    List<String> warnings = new ArrayList<>();
    try (RomImage r = TestData.open(img)) {
      ImageExtractor.extract(r, tmp.resolve("out"), warnings::add);
    }
    assertEquals(List.of("skipped chardev 'dev/a\\x1bb': cannot be created by this tool"), warnings);
  }
}
