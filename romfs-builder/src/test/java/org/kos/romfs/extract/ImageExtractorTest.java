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
}
