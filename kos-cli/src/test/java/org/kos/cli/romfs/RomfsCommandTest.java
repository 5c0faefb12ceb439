package org.kos.cli.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

class RomfsCommandTest extends CliTest {
  private static final Path TREE = Path.of("..", "testdata", "romfs", "tree").toAbsolutePath().normalize();

  @TempDir Path tmp;


  @Test
  void buildThenLsJsonShowsEveryEntry() throws Exception {
    Path img = tmp.resolve("i.romfs");
    assertEquals(ExitCodes.OK, run("romfs", "build", "-d", TREE.toString(), "-o", img.toString(), "-f", "romfs", "-V", "vol"), err.toString());
    assertEquals(ExitCodes.OK, run("romfs", "ls", "--json", img.toString()), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(List.of("format", "compression", "label", "entries"), fieldNames(json));
    assertEquals("romfs", json.get("format").asText());
    assertEquals("vol", json.get("label").asText());
    JsonNode client = null;
    for (JsonNode e : json.get("entries")) {
      if (e.get("path").asText().equals("bin/client")) {
        client = e;
      }
    }
    assertEquals(List.of("path", "type", "mode", "size", "headerOffset", "dataOffset", "symlinkTarget"), fieldNames(client));
    assertEquals("symlink", client.get("type").asText());
    assertEquals("0777", client.get("mode").asText());
    assertEquals(6, client.get("size").asLong());
    assertEquals("server", client.get("symlinkTarget").asText());
  }

  @Test
  void lsJsonNamesDevicesNumbersAndHardLinkTargets() throws Exception {
    Path img = tmp.resolve("m.romfs");
    Path manifest = TREE.resolveSibling("manifest.txt");
    assertEquals(ExitCodes.OK, run("romfs", "build", "-q", "-m", manifest.toString(), "-o", img.toString(), "-f", "romfs"), err.toString());
    assertEquals(ExitCodes.OK, run("romfs", "ls", "--json", img.toString()), err.toString());
    JsonNode entries = new ObjectMapper().readTree(out.toString()).get("entries");
    boolean sawDevice = false;
    boolean sawLink = false;
    for (JsonNode e : entries) {
      if (e.get("path").asText().equals("dev/sda1")) {
        sawDevice = e.get("major").asInt() == 8 && e.get("minor").asInt() == 1;
      }
      if (e.get("path").asText().equals("bin/server-again")) {
        sawLink = e.get("linkTarget").asText().equals("bin/server");
      }
    }
    assertTrue(sawDevice && sawLink, entries.toString());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void catWritesTheFileBytes() throws Exception {
    Path img = tmp.resolve("i.cpio");
    assertEquals(ExitCodes.OK, run("romfs", "build", "-q", "-d", TREE.toString(), "-o", img.toString(), "-f", "cpio", "-z", "gzip"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream saved = CatCommand.stdout;
    CatCommand.stdout = bytes;
    try {
      assertEquals(ExitCodes.OK, run("romfs", "cat", img.toString(), "/etc/hosts"), err.toString());
    } finally {
      CatCommand.stdout = saved;
    }
    assertArrayEquals(Files.readAllBytes(TREE.resolve("etc/hosts")), bytes.toByteArray());
  }

  @Test
  void verifyOfACorruptImageExitsOneWithTheOffset() throws Exception {
    Path img = tmp.resolve("i.romfs");
    run("romfs", "build", "-q", "-d", TREE.toString(), "-o", img.toString(), "-f", "romfs");
    byte[] b = Files.readAllBytes(img);
    b[0x40] ^= 0x10;
    Files.write(img, b);
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "verify", img.toString()));
    assertTrue(err.toString().contains(": offset 0x"), err.toString());
    assertTrue(!err.toString().contains("Exception"), err.toString());
  }

  @Test
  void unknownFormatExitsOne() throws Exception {
    Path junk = Files.writeString(tmp.resolve("junk"), "not an image at all");
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "ls", junk.toString()));
    assertTrue(err.toString().contains("unknown image format"), err.toString());
  }

  @Test
  void kosImageOfATreeWithASymlinkExitsOneAndWritesNothing() {
    Path img = tmp.resolve("i.kos");
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "build", "-d", TREE.toString(), "-o", img.toString()));
    assertTrue(err.toString().contains("regular files only"), err.toString());
    assertTrue(Files.notExists(img));
  }

  @Test
  void unknownFormatOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("romfs", "build", "-d", TREE.toString(), "-o", tmp.resolve("x").toString(), "-f", "iso"));
    assertTrue(err.toString().contains("unknown format 'iso'"), err.toString());
  }

  @Test
  void badManifestPrintsEachErrorWithIdLineAndCaretAndExitsOne() throws Exception {
    Path m = Files.writeString(tmp.resolve("image.manifest"), "/etc dir 0755\n/etc/motd file 06x4 motd\n/dev/null nod 0666 q 1 3\n");
    Path img = tmp.resolve("i.romfs");
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "build", "-f", "romfs", "-m", m.toString(), "-o", img.toString()));
    String shown = err.toString();
    assertTrue(shown.startsWith(m + ":2:16: error[RF0005]: mode must be octal, 0000 to 7777, found '06x4'\n"
        + "/etc/motd file 06x4 motd\n" + " ".repeat(15) + "^~~~\n"), shown);
    assertTrue(shown.contains(m + ":3:20: error[RF0009]: "), shown);
    assertTrue(shown.endsWith("2 errors\n"), shown);
    assertTrue(Files.notExists(img));
  }

  @Test
  void badManifestWithJsonPrintsDiagnosticsAsJsonOnStdout() throws Exception {
    Path m = Files.writeString(tmp.resolve("image.manifest"), "/bin/sh symlink 0777 busybox\n");
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "build", "--json", "-m", m.toString(), "-o", tmp.resolve("i").toString()));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("RF0002", json.get("diagnostics").get(0).get("id").asText());
    assertEquals(1, json.get("diagnostics").get(0).get("line").asInt());
    assertEquals(9, json.get("diagnostics").get(0).get("column").asInt());
    assertEquals(1, json.get("errors").asInt());
    assertEquals("", err.toString());
  }

  @Test
  void missingImageIsAnIoError() {
    assertEquals(ExitCodes.IO_ERROR, run("romfs", "verify", tmp.resolve("nope").toString()));
  }

  @Test
  void extractWritesTheTree() throws Exception {
    Path img = tmp.resolve("i.romfs");
    run("romfs", "build", "-q", "-d", TREE.toString(), "-o", img.toString(), "-f", "romfs");
    assertEquals(ExitCodes.OK, run("romfs", "extract", img.toString(), "-o", tmp.resolve("out").toString()), err.toString());
    assertArrayEquals(Files.readAllBytes(TREE.resolve("data/page.bin")), Files.readAllBytes(tmp.resolve("out/data/page.bin")));
  }

  @Test
  void lsOfADirectoryIsAnIoErrorNamingIt() {
    assertEquals(ExitCodes.IO_ERROR, run("romfs", "ls", TREE.toString()));
    assertEquals("kos: error: " + TREE + ": is a directory, not an image\n", err.toString());
  }

  @Test
  void extractIntoAFileIsAnIoErrorNamingTheOption() throws Exception {
    Path img = tmp.resolve("i.romfs");
    run("romfs", "build", "-q", "-d", TREE.toString(), "-o", img.toString(), "-f", "romfs");
    Path file = Files.writeString(tmp.resolve("notes.md"), "mine\n");
    assertEquals(ExitCodes.IO_ERROR, run("romfs", "extract", img.toString(), "-o", file.toString()));
    assertEquals("kos: error: -o " + file + ": not a directory\n", err.toString());
    assertEquals("mine\n", Files.readString(file));
  }

  @Test
  void buildIntoADirectoryIsAnIoErrorNamingIt() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("out"));
    assertEquals(ExitCodes.IO_ERROR, run("romfs", "build", "-q", "-d", TREE.toString(), "-o", dir.toString()));
    assertEquals("kos: error: " + dir + ": is a directory\n", err.toString());
  }

  @Test
  void extractOfOneEntrySaysEntryInTheSingular() throws Exception {
    Path tree = Files.createDirectories(tmp.resolve("one"));
    Files.writeString(tree.resolve("hosts"), "x\n");
    Path img = tmp.resolve("one.romfs");
    run("romfs", "build", "-q", "-d", tree.toString(), "-o", img.toString(), "-f", "romfs");
    assertEquals(ExitCodes.OK, run("romfs", "extract", img.toString(), "-o", tmp.resolve("out").toString()));
    assertEquals("extracted 1 entry into " + tmp.resolve("out") + "\n", out.toString());
  }
}
