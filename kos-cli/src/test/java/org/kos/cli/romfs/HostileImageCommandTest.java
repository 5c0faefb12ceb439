package org.kos.cli.romfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/** ls, verify and extract on images our builder would not write (issue 17 #5, #6). */
class HostileImageCommandTest extends CliTest {
  @TempDir Path tmp;

  /** A cpio image of regular files (content: the name) and, for "NAME -> TARGET", symlinks. */
  private Path cpio(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CpioArchiveOutputStream out = new CpioArchiveOutputStream(bytes, CpioConstants.FORMAT_NEW)) {
      for (String n : names) {
        String[] link = n.split(" -> ", 2);
        CpioArchiveEntry e = new CpioArchiveEntry(CpioConstants.FORMAT_NEW, link[0]);
        byte[] data = (link.length == 2 ? link[1] : n).getBytes(StandardCharsets.UTF_8);
        e.setMode((link.length == 2 ? CpioConstants.C_ISLNK | 0777 : CpioConstants.C_ISREG | 0644));
        e.setSize(data.length);
        out.putArchiveEntry(e);
        out.write(data);
        out.closeArchiveEntry();
      }
    }
    return Files.write(tmp.resolve("i.cpio"), bytes.toByteArray());
  }

  @Test
  void lsShowsControlCharactersInNamesEscaped() throws IOException {
    Path img = cpio("a\u001b]0;owned\u0007b", "fake\nfile      0644 1 0x0  ok", "l -> x\u001b[2Jy");
    assertEquals(ExitCodes.OK, run("romfs", "ls", img.toString()), err.toString());
    assertFalse(out.toString().contains("\u001b") || out.toString().contains("\u0007"), out.toString());
    assertTrue(out.toString().contains("  a\\x1b]0;owned\\x07b\n"), out.toString());
    assertTrue(out.toString().contains("  fake\\x0afile      0644 1 0x0  ok\n"), out.toString());
    assertTrue(out.toString().contains("  l -> x\\x1b[2Jy\n"), out.toString());
    assertEquals(3, out.toString().lines().count());
  }

  @Test
  void verifyWarnsAboutControlCharactersAndStillPasses() throws IOException {
    Path img = cpio("evil\r\u001b[1Aname");
    assertEquals(ExitCodes.OK, run("romfs", "verify", img.toString()), err.toString());
    assertEquals("kos romfs: " + img + ": offset 0x0: warning[RF0103]: entry 'evil\\x0d\\x1b[1Aname' holds control"
        + " characters (shown escaped); a terminal or a script may be misled by it\n", err.toString());
  }

  @Test
  void extractOfAFileBelowAFileIsAnInputErrorWithItsOffsetAndLeavesNothing() throws IOException {
    Path img = cpio("a", "a/b");
    Path target = tmp.resolve("out");
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "extract", img.toString(), "-o", target.toString()), err.toString());
    assertTrue(err.toString().startsWith("kos romfs: " + img + ": offset 0x"), err.toString());
    assertTrue(err.toString().contains("error[RF0102]: 'a/b' is below 'a', which is a file"), err.toString());
    assertFalse(Files.exists(target), "partial output left");
  }

  @Test
  void verifyRejectsAFileBelowASymlink() throws IOException {
    Path img = cpio("dir/y", "link -> dir", "link/x");
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "verify", img.toString()));
    assertTrue(err.toString().contains("error[RF0102]: 'link/x' is below 'link', which is a symlink"), err.toString());
  }
}
