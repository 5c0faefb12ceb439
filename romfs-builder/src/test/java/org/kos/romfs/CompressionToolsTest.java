package org.kos.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.write.BuildOptions;

/**
 * Our xz and zstd cpio images are what the standard tools read: `xz -dc` / `zstd -dc` of the image
 * gives the uncompressed cpio image byte for byte. Skipped when the tool is not installed.
 */
class CompressionToolsTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"XZ, xz", "ZSTD, zstd"})
  void theSystemToolDecompressesTheImageToTheUncompressedCpio(Compression codec, String tool) throws Exception {
    Path exe = Path.of("/usr/bin", tool);
    assumeTrue(Files.isExecutable(exe), tool + " is not installed; skipping the comparison with it");
    ImageTree tree = TestData.scan(TestData.TREE);
    Path plain = TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults(), tmp.resolve("plain.cpio"));
    Path packed = TestData.build(tree, ImageFormat.CPIO, BuildOptions.defaults().withCompression(codec),
        tmp.resolve("packed.cpio." + tool));
    Path out = tmp.resolve("unpacked.cpio");
    Process p = new ProcessBuilder(exe.toString(), "-dc", packed.toString())
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    assertEquals(0, p.waitFor(), tool + " -dc failed");
    assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(out));
  }
}
