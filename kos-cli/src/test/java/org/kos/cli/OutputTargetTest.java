package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every command's {@code -o} does with what it names (issue 17 #1): a symlink stays a link
 * and the file it leads to gets the output. Each command is one test; the library's handling of
 * FIFOs and devices is tested in kos-runtime's AtomicFilesTest.
 */
class OutputTargetTest extends CliTest {
  private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();

  @TempDir Path tmp;
  /** Where solution builds keep their build directory: not in testdata, not beside the output. */
  @TempDir Path buildDir;

  /** A symlink {@code out.<ext>} to {@code real.<ext>}, which holds "old". */
  private Path link(String ext) throws IOException {
    Files.writeString(tmp.resolve("real." + ext), "old");
    return Files.createSymbolicLink(tmp.resolve("out." + ext), Path.of("real." + ext));
  }

  private void assertLinkKeptAndTargetWritten(Path link) throws IOException {
    assertTrue(Files.isSymbolicLink(link), link + " was replaced by a file");
    Path real = link.resolveSibling(Files.readSymbolicLink(link));
    assertTrue(Files.size(real) > 3 && !Files.readString(real, java.nio.charset.StandardCharsets.ISO_8859_1).equals("old"),
        "the link's file did not get the output");
  }

  @Test
  void nkIrToASymlinkWritesThroughTheLink() throws IOException {
    Path link = link("json");
    assertEquals(ExitCodes.OK, run("nk", "ir", "-I", TESTDATA.resolve("ir").toString(), "-o", link.toString(),
        TESTDATA.resolve("ir").toString()), err.toString());
    assertLinkKeptAndTargetWritten(link);
  }

  @Test
  void romfsBuildToASymlinkWritesThroughTheLink() throws IOException {
    Path link = link("img");
    assertEquals(ExitCodes.OK, run("romfs", "build", "-q", "-d", TESTDATA.resolve("romfs/tree").toString(),
        "-o", link.toString(), "-f", "romfs"), err.toString());
    assertLinkKeptAndTargetWritten(link);
  }

  @Test
  void rcExportToASymlinkWritesThroughTheLink() throws IOException {
    Path link = link("h");
    assertEquals(ExitCodes.OK, run("rc", "export", "--db", TESTDATA.resolve("retcode/golden/retcodes.json").toString(),
        "--lang", "c", "-o", link.toString()), err.toString());
    assertLinkKeptAndTargetWritten(link);
  }

  @Test
  void solutionBuildToASymlinkWritesThroughTheLink() throws IOException {
    Path link = link("img");
    assertEquals(ExitCodes.OK, run("solution", "build", "--build-dir", buildDir.toString(),
        TESTDATA.resolve("solutions/echo").toString(), "-o", link.toString()), err.toString());
    assertLinkKeptAndTargetWritten(link);
    List<String> left = new ArrayList<>();
    try (var s = Files.list(tmp)) {
      s.filter(p -> !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p))
          .forEach(p -> left.add(p.getFileName().toString()));
    }
    assertEquals(List.of(), left, "a staging directory was left behind");
  }

  // --- temporary files a killed run left behind (issue 17 #3)

  /** A pid no process has: that of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    org.junit.jupiter.api.Assumptions.assumeTrue(ProcessHandle.of(p.pid()).isEmpty());
    return p.pid();
  }

  @Test
  void romfsBuildRemovesTheTemporaryImageOfABuildThatWasKilled() throws Exception {
    Path stale = Files.write(tmp.resolve(".i.img.kos-tmp-" + deadPid() + "-5eed"), new byte[1 << 20]);
    assertEquals(ExitCodes.OK, run("romfs", "build", "-q", "-d", TESTDATA.resolve("romfs/tree").toString(),
        "-f", "romfs", "-o", tmp.resolve("i.img").toString()), err.toString());
    assertTrue(Files.notExists(stale), "the killed build's temporary image is still there");
  }

  @Test
  void nkCompileRemovesTheTemporaryFilesOfACompileThatWasKilled() throws Exception {
    Path shop = Files.createDirectories(tmp.resolve("gen/shop")); // where the stubs of package shop go
    Path stale = Files.writeString(shop.resolve(".Shop.java.kos-tmp-" + deadPid() + "-a1"), "half a source");
    assertEquals(ExitCodes.OK, run("nk", "compile", "-I", TESTDATA.resolve("ir").toString(),
        "-o", tmp.resolve("gen").toString(), TESTDATA.resolve("ir").toString()), err.toString());
    assertTrue(Files.list(shop).anyMatch(f -> f.toString().endsWith(".java")), "nothing generated into " + shop);
    assertTrue(Files.notExists(stale), "the killed compile's temporary file is still there");
  }
}
