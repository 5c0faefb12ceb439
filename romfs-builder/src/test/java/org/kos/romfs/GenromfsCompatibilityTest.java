package org.kos.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.romfs.read.ImageEntry;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.source.DirectoryScanner;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.write.AlignmentRule;
import org.kos.romfs.write.BuildOptions;

/**
 * Our romfs equals genromfs's byte for byte for the same tree and order.
 *
 * <p>The one thing the two tools do differently is order: genromfs lays entries out in the order
 * {@code readdir} returns them (which depends on the file system, and places "." and ".." of
 * subdirectories wherever readdir does), kos sorts byte-wise. To compare, both sides get the same
 * order: these tests read the raw readdir order of each directory with {@code ls -f -a} (which,
 * like genromfs, lists in readdir order, dots included) and give it to our builder as its
 * {@link EntryOrder}; at the root genromfs always puts "." and ".." first, and so do we.
 */
class GenromfsCompatibilityTest {
  @TempDir Path tmp;
  private Path tree;

  @BeforeEach
  void requireGenromfs() throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/genromfs")) || Files.isExecutable(Path.of("/usr/local/bin/genromfs"));
    assumeTrue(present, "genromfs is not installed (apt-get install genromfs); skipping the byte-for-byte comparison");
    tree = tmp.resolve("tree");
    TestData.copyTree(TestData.TREE, tree);
    // What git cannot hold: a hard link, an empty directory, a fifo, a non-executable directory.
    Files.createLink(tree.resolve("etc/hosts-again"), tree.resolve("etc/hosts"));
    Files.createDirectories(tree.resolve("empty-dir"));
    Files.createDirectories(tree.resolve("private"));
    Files.writeString(tree.resolve("private/k.bin"), "kernel-ish");
    new ProcessBuilder("mkfifo", tree.resolve("etc/initctl").toString()).start().waitFor();
    new ProcessBuilder("chmod", "600", tree.resolve("private").toString()).start().waitFor();
  }

  /** The order genromfs sees: readdir's, through ls -f. */
  private EntryOrder readdirOrder() {
    return (dir, names) -> {
      try {
        Process p = new ProcessBuilder("ls", "-f", "-a", tree.resolve(dir).toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<String> listed = new ArrayList<>(Arrays.asList(out.split("\n")));
        listed.removeIf(n -> n.isEmpty() || !n.equals(".") && !n.equals("..") && !names.contains(n));
        if (dir.isEmpty()) {
          listed.removeIf(n -> n.equals(".") || n.equals(".."));
        }
        return listed;
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private void assertSameAsGenromfs(BuildOptions options, List<String> flags, Exclusions exclusions) throws Exception {
    Path theirs = tmp.resolve("genromfs.img");
    List<String> cmd = new ArrayList<>(List.of("genromfs", "-f", theirs.toString(), "-d", tree.toString()));
    cmd.addAll(flags);
    assertEquals(0, TestData.run(cmd), "genromfs failed: " + cmd);
    ImageTree t = new DirectoryScanner(DirectoryScanner.PLATFORM, exclusions).scan(tree).build(readdirOrder());
    Path ours = TestData.build(t, ImageFormat.ROMFS, options, tmp.resolve("kos.img"));
    assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), "image differs from genromfs " + flags);
  }

  @Test
  void plainTreeIsByteIdentical() throws Exception {
    assertSameAsGenromfs(BuildOptions.defaults().withVolumeLabel("testvol"), List.of("-V", "testvol"), Exclusions.NONE);
  }

  @Test
  void fileAlignmentIsByteIdentical() throws Exception {
    assertSameAsGenromfs(BuildOptions.defaults().withVolumeLabel("v").withFileAlignment(512),
        List.of("-V", "v", "-a", "512"), Exclusions.NONE);
  }

  @Test
  void patternAlignmentIsByteIdentical() throws Exception {
    BuildOptions o = BuildOptions.defaults().withVolumeLabel("v")
        .withAlignments(List.of(AlignmentRule.parse("4096,/bin/*"), AlignmentRule.parse("256,*.bin"), AlignmentRule.parse("64,/etc")));
    assertSameAsGenromfs(o, List.of("-V", "v", "-A", "4096,/bin/*", "-A", "256,*.bin", "-A", "64,/etc"), Exclusions.NONE);
  }

  @Test
  void exclusionsAreByteIdentical() throws Exception {
    Exclusions x = new Exclusions(List.of(new PathPattern("*.bin"), new PathPattern("/etc/h*"), new PathPattern("empty-dir")));
    assertSameAsGenromfs(BuildOptions.defaults().withVolumeLabel("v"),
        List.of("-V", "v", "-x", "*.bin", "-x", "/etc/h*", "-x", "empty-dir"), x);
  }

  @Test
  void genromfsImagesReadBackWithEveryEntryAndByte() throws Exception {
    Path theirs = tmp.resolve("g.img");
    assertEquals(0, TestData.run(List.of("genromfs", "-f", theirs.toString(), "-d", tree.toString(), "-V", "lbl")));
    try (RomImage img = TestData.open(theirs)) {
      assertEquals("lbl", img.label());
      ImageTree t = TestData.scan(tree);
      assertEquals(t.size(), img.entries().size());
      for (var e : t.depthFirst()) {
        ImageEntry r = img.find(e.path()).orElseThrow(() -> new AssertionError(e.path()));
        if (e.type() == EntryType.FILE) {
          try (var in = img.open(r)) {
            assertArrayEquals(Files.readAllBytes(e.source()), in.readAllBytes(), e.path());
          }
        } else {
          assertEquals(e.type(), r.type(), e.path());
        }
      }
      assertEquals("server", img.find("bin/client").orElseThrow().symlinkTarget());
    }
    org.kos.romfs.read.ImageVerifier.verify(theirs, org.kos.romfs.read.ReadLimits.DEFAULT);
  }
}
