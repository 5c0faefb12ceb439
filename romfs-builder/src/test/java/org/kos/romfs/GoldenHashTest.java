package org.kos.romfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.source.DirectoryScanner;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.source.ManifestParser;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.write.BuildOptions;

/**
 * Reproducibility: the testdata tree gives images whose SHA-256 is pinned in
 * testdata/romfs/golden-sha256.txt (regenerate on purpose with -Dkos.golden.update=true).
 */
class GoldenHashTest {
  private static final Path GOLDEN = TestData.ROOT.resolve("golden-sha256.txt");

  @TempDir Path tmp;

  private ImageTree fromTree(DirectoryScanner.Lister lister) throws IOException {
    return new DirectoryScanner(lister, Exclusions.NONE).scan(TestData.TREE).build(EntryOrder.BYTEWISE);
  }

  private ImageTree fromManifest() throws Exception {
    return new ManifestParser(Exclusions.NONE).parse(TestData.MANIFEST).build(EntryOrder.BYTEWISE);
  }

  private Map<String, String> hashes(ImageTree tree, ImageTree manifest) throws Exception {
    Map<String, String> h = new TreeMap<>();
    h.put("kos-tree", hash(TestData.build(withoutSymlinks(DirectoryScanner.PLATFORM), ImageFormat.KOS, BuildOptions.defaults(), tmp.resolve("k"))));
    h.put("romfs-tree", hash(TestData.build(tree, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("r"))));
    h.put("cpio-tree", hash(TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("c"))));
    h.put("cpio-gzip-tree", hash(TestData.build(tree, ImageFormat.CPIO,
        BuildOptions.defaults().withCompression(Compression.GZIP), tmp.resolve("cg"))));
    h.put("cpio-lz4-tree", hash(TestData.build(tree, ImageFormat.CPIO,
        BuildOptions.defaults().withCompression(Compression.LZ4), tmp.resolve("cl"))));
    h.put("romfs-manifest", hash(TestData.build(manifest, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("rm"))));
    h.put("cpio-manifest", hash(TestData.build(manifest, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("cm"))));
    return h;
  }

  /** kos holds regular files only: the tree minus its one symlink. */
  private ImageTree withoutSymlinks(DirectoryScanner.Lister lister) throws IOException {
    return new DirectoryScanner(lister, new Exclusions(List.of(new PathPattern("/bin/client"))))
        .scan(TestData.TREE).build(EntryOrder.BYTEWISE);
  }

  private static String hash(Path p) throws IOException {
    return TestData.sha256(p);
  }

  private static String render(Map<String, String> h) {
    StringBuilder sb = new StringBuilder();
    h.forEach((k, v) -> sb.append(v).append("  ").append(k).append('\n'));
    return sb.toString();
  }

  @Test
  void imagesOfTheTestdataTreeHaveTheGoldenHashes() throws Exception {
    String actual = render(hashes(fromTree(DirectoryScanner.PLATFORM), fromManifest()));
    if (Boolean.getBoolean("kos.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  @Test
  void shufflingTheOrderFilesAreFoundInChangesNoByte() throws Exception {
    Map<String, String> expected = hashes(fromTree(DirectoryScanner.PLATFORM), fromManifest());
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      DirectoryScanner.Lister shuffled = dir -> {
        List<String> names = new ArrayList<>(DirectoryScanner.PLATFORM.list(dir));
        Collections.shuffle(names, random);
        return names;
      };
      ImageTree tree = fromTree(shuffled);
      assertEquals(expected.get("romfs-tree"), hash(TestData.build(tree, ImageFormat.ROMFS, BuildOptions.defaults(), tmp.resolve("s"))));
      assertEquals(expected.get("cpio-tree"), hash(TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("s"))));
      assertEquals(expected.get("kos-tree"),
          hash(TestData.build(withoutSymlinks(shuffled), ImageFormat.KOS, BuildOptions.defaults(), tmp.resolve("s"))));
    }
  }

  @Test
  void manifestLinesInAnyOrderGiveTheSameImage() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.MANIFEST));
    lines.removeIf(l -> l.startsWith("#") || l.contains(" hlink "));
    Collections.reverse(lines);
    ImageTree reversed = new ManifestParser(Exclusions.NONE).parse("reversed", lines, TestData.ROOT).build(EntryOrder.BYTEWISE);
    List<String> forward = new ArrayList<>(Files.readAllLines(TestData.MANIFEST));
    forward.removeIf(l -> l.startsWith("#") || l.contains(" hlink "));
    ImageTree straight = new ManifestParser(Exclusions.NONE).parse("forward", forward, TestData.ROOT).build(EntryOrder.BYTEWISE);
    assertEquals(hash(TestData.build(straight, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("a"))),
        hash(TestData.build(reversed, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("b"))));
  }

  @Test
  void sourceDateEpochIsEveryCpioTimestampAndTheDefaultRomfsLabel() throws Exception {
    BuildOptions at = BuildOptions.defaults().withEpochSeconds(1_700_000_000L);
    ImageTree tree = fromTree(DirectoryScanner.PLATFORM);
    Path cpio = TestData.build(tree, ImageFormat.CPIO, at, tmp.resolve("e.cpio"));
    String text = new String(Files.readAllBytes(cpio), StandardCharsets.ISO_8859_1);
    // newc header: magic(6) ino(8) mode(8) uid(8) gid(8) nlink(8) mtime(8)
    assertEquals(String.format("%08x", 1_700_000_000L), text.substring(6 + 8 * 5, 6 + 8 * 6));
    Path romfs = TestData.build(tree, ImageFormat.ROMFS, at, tmp.resolve("e.romfs"));
    try (RomImage r = TestData.open(romfs)) {
      assertEquals(String.format("rom %08x", 1_700_000_000L), r.label());
    }
  }
}
