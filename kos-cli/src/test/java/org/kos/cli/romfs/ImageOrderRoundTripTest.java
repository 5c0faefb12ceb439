package org.kos.cli.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/**
 * An image keeps its order through {@code ls --manifest}, {@code extract} and {@code build -m
 * --order manifest}: a kos image in the vendor's order (einit, programs not sorted, ksm.module
 * last), written here byte by byte as the spec describes it, comes back byte for byte; so do romfs
 * and cpio images whose entries are not in sorted order.
 */
class ImageOrderRoundTripTest extends CliTest {
  @TempDir Path tmp;

  /** The vendor's ROMFS (spec §5), written independently of the builder: count, table, names, pages. */
  private static byte[] vendorImage(Map<String, byte[]> files) {
    List<byte[]> names = new ArrayList<>();
    files.keySet().forEach(n -> names.add(n.getBytes(StandardCharsets.UTF_8)));
    int table = 4 + 12 * files.size();
    int cursor = table + names.stream().mapToInt(n -> n.length + 1).sum();
    List<Integer> offsets = new ArrayList<>();
    for (byte[] data : files.values()) {
      cursor = (cursor + 4095) / 4096 * 4096;
      offsets.add(cursor);
      cursor += data.length;
    }
    int size = Math.max(4096, (cursor + 4095) / 4096 * 4096);
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(files.size());
    int nameOffset = table;
    int i = 0;
    for (byte[] data : files.values()) {
      b.putInt(nameOffset).putInt(offsets.get(i)).putInt(data.length);
      nameOffset += names.get(i++).length + 1;
    }
    names.forEach(n -> b.put(n).put((byte) 0));
    i = 0;
    for (byte[] data : files.values()) {
      b.position(offsets.get(i++));
      b.put(data);
    }
    return b.array();
  }

  /** ls --manifest into the directory extracted into, then a build from that manifest; the new image's bytes. */
  private byte[] rebuild(Path image, String order, String... options) throws Exception {
    Path x = Files.createDirectories(tmp.resolve("x-" + image.getFileName() + "-" + order));
    assertEquals(ExitCodes.OK, run("romfs", "extract", "-q", "-o", x.toString(), image.toString()), err.toString());
    assertEquals(ExitCodes.OK, run("romfs", "ls", "--manifest", image.toString()), err.toString());
    Path manifest = x.resolve("image.manifest");
    Files.writeString(manifest, out.toString());
    Path copy = tmp.resolve("copy-" + order + "-" + image.getFileName());
    List<String> args = new ArrayList<>(List.of("romfs", "build", "-q", "-m", manifest.toString(), "--order", order,
        "-o", copy.toString()));
    args.addAll(Arrays.asList(options));
    assertEquals(ExitCodes.OK, run(args.toArray(new String[0])), err.toString());
    return Files.readAllBytes(copy);
  }

  private Path vendorOrderImage() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("einit", "init program".getBytes(StandardCharsets.UTF_8));
    files.put("Server", new byte[5000]);
    files.put("Client", "client".getBytes(StandardCharsets.UTF_8));
    files.put("Audit", "audit".getBytes(StandardCharsets.UTF_8));
    files.put("ksm.module", "{\"policy\": 1}".getBytes(StandardCharsets.UTF_8));
    Path image = tmp.resolve("vendor.img");
    Files.write(image, vendorImage(files));
    return image;
  }

  @Test
  void aVendorOrderKosImageIsRebuiltByteForByteFromItsManifest() throws Exception {
    Path image = vendorOrderImage();
    assertArrayEquals(Files.readAllBytes(image), rebuild(image, "manifest"));
  }

  @Test
  void theSortedOrderDoesNotReproduceAVendorOrderImage() throws Exception {
    Path image = vendorOrderImage();
    assertFalse(Arrays.equals(Files.readAllBytes(image), rebuild(image, "sorted")));
  }

  @Test
  void lsManifestListsTheEntriesInImageOrder() throws Exception {
    assertEquals(ExitCodes.OK, run("romfs", "ls", "--manifest", vendorOrderImage().toString()), err.toString());
    List<String> paths = out.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" ")[0]).toList();
    assertEquals(List.of("/einit", "/Server", "/Client", "/Audit", "/ksm.module"), paths);
  }

  /** A manifest whose lines are in no sorted order, with directories, a symlink and a hard link. */
  private Path unsortedManifest() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("b.txt"), "bee\n");
    Files.writeString(src.resolve("a.txt"), "ay\n");
    Files.writeString(src.resolve("z.bin"), "zed".repeat(700));
    Path manifest = src.resolve("unsorted.manifest");
    Files.writeString(manifest, String.join("\n",
        "/zeta       dir    0755",
        "/zeta/z.bin file   0644 z.bin",
        "/b.txt      file   0644 b.txt",
        "/alpha      dir    0700",
        "/alpha/link slink  0777 ../b.txt",
        "/alpha/a    file   0755 a.txt",
        "/a.hard     hlink  0755 /alpha/a",
        ""));
    return manifest;
  }

  private void assertRoundTrip(String format, String... options) throws Exception {
    Path image = tmp.resolve("unsorted." + format);
    List<String> formatAndOptions = new ArrayList<>(List.of("-f", format));
    formatAndOptions.addAll(Arrays.asList(options));
    String[] same = formatAndOptions.toArray(new String[0]);
    List<String> args = new ArrayList<>(List.of("romfs", "build", "-q", "-m", unsortedManifest().toString(),
        "--order", "manifest", "-o", image.toString()));
    args.addAll(formatAndOptions);
    assertEquals(ExitCodes.OK, run(args.toArray(new String[0])), err.toString());
    byte[] sorted = rebuild(image, "sorted", same);
    assertFalse(Arrays.equals(Files.readAllBytes(image), sorted), "the manifest's order must matter for this test");
    assertArrayEquals(Files.readAllBytes(image), rebuild(image, "manifest", same));
  }

  @Test
  void aRomfsImageInManifestOrderIsRebuiltByteForByte() throws Exception {
    assertRoundTrip("romfs", "-V", "vol");
  }

  @Test
  void aCpioImageInManifestOrderIsRebuiltByteForByte() throws Exception {
    assertRoundTrip("cpio");
  }

  @Test
  void orderManifestNeedsAManifest() {
    assertEquals(ExitCodes.USAGE, run("romfs", "build", "-d", tmp.toString(), "--order", "manifest",
        "-o", tmp.resolve("i.img").toString()));
    assertTrue(err.toString().contains("--order manifest needs a manifest"), err.toString());
  }

  @Test
  void anUnknownOrderIsAUsageError() throws Exception {
    assertEquals(ExitCodes.USAGE, run("romfs", "build", "-m", unsortedManifest().toString(), "--order", "random",
        "-o", tmp.resolve("i.img").toString()));
    assertTrue(err.toString().contains("--order: expected sorted or manifest"), err.toString());
  }

  @Test
  void aNameWithABlankCannotBeListedAsAManifest() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("einit", new byte[1]);
    files.put("two words", new byte[1]);
    Path image = tmp.resolve("blank.img");
    Files.write(image, vendorImage(files));
    assertEquals(ExitCodes.INPUT_ERROR, run("romfs", "ls", "--manifest", image.toString()));
    assertTrue(err.toString().contains("'two words': a manifest cannot hold a blank"), err.toString());
  }
}
