package org.kos.romfs.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.kos.romfs.Compression;

/**
 * Fuzz targets for every image reader (docs/fuzzing.md). The contract, as {@code kos romfs
 * verify} relies on: opening and verifying any bytes either succeeds or throws
 * {@link BadImageException} (which the CLI prints with its offset); any other throwable, a hang
 * or an allocation the image merely claims is a finding. Without JAZZER_FUZZ these replay the
 * seeds and regression inputs in {@code ImageReaderFuzzTestInputs/<method>/}.
 */
class ImageReaderFuzzTest {
  private static final Path FILE = tempImage();

  private static Path tempImage() {
    try {
      Path p = Files.createTempFile("fuzz-image", ".img");
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Opener {
    RomImage open(FileChannel ch) throws IOException, BadImageException;
  }

  /** Verifies {@code image} with the reader {@code opener} makes; only BadImageException may escape. */
  private static void verify(byte[] image, Opener opener) throws IOException {
    Files.write(FILE, image);
    try (FileChannel ch = FileChannel.open(FILE, StandardOpenOption.READ)) {
      try (RomImage img = opener.open(ch)) {
        ImageVerifier.verify(img);
      } catch (BadImageException expected) {
        // refused with an offset: what the contract allows
      }
    }
  }

  @FuzzTest
  void kosImage(byte[] image) throws IOException {
    verify(image, ch -> new KosImageReader(ch, ReadLimits.DEFAULT));
  }

  @FuzzTest
  void romfsImage(byte[] image) throws IOException {
    verify(image, ch -> new RomfsImageReader(ch, ReadLimits.DEFAULT));
  }

  @FuzzTest
  void cpioImage(byte[] image) throws IOException {
    verify(image, ch -> new CpioImageReader(ch, Compression.NONE, ReadLimits.DEFAULT));
  }

  /**
   * Compressed cpio: the first byte picks gzip, xz, zstd or lz4, and the rest is compressed with
   * it so that the fuzzer explores the archive inside; the second byte, when odd, damages the
   * compressed stream by cutting it. Format detection by magic (ImageReaders) runs too.
   */
  @FuzzTest
  void compressedCpioImage(byte[] data) throws IOException, CompressorException {
    if (data.length < 2) {
      return;
    }
    Compression c = switch (data[0] & 3) {
      case 0 -> Compression.GZIP;
      case 1 -> Compression.XZ;
      case 2 -> Compression.ZSTD;
      default -> Compression.LZ4;
    };
    byte[] rest = Arrays.copyOfRange(data, 2, data.length);
    byte[] packed = compress(c, rest);
    if ((data[1] & 1) != 0) {
      packed = Arrays.copyOf(packed, (data[1] & 0xff) % Math.max(1, packed.length));
    }
    verify(packed, ch -> {
      ImageReaders.Detected d = ImageReaders.detect(ch);
      return new CpioImageReader(ch, d.compression(), ReadLimits.DEFAULT);
    });
  }

  static byte[] compress(Compression c, byte[] raw) throws IOException, CompressorException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new CompressorStreamFactory().createCompressorOutputStream(c.streamName(), out)) {
      z.write(raw);
    }
    return out.toByteArray();
  }
}
