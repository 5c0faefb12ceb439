package org.kos.romfs.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.kos.romfs.Compression;
import org.kos.romfs.ImageFormat;

/**
 * Opens an image, recognising its format by its own bytes: "-rom1fs-" is romfs; "07070" is cpio;
 * a gzip, xz, zstd or lz4 frame magic is compressed cpio; otherwise the kos table must be
 * plausible (page-padded, or its first name right after the table). Anything else is an unknown format.
 */
public final class ImageReaders {
  private static final byte[] GZIP = {0x1f, (byte) 0x8b};
  private static final byte[] XZ = {(byte) 0xfd, '7', 'z', 'X', 'Z', 0};
  private static final byte[] ZSTD = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
  private static final byte[] LZ4 = {0x04, 0x22, 0x4d, 0x18};
  private static final byte[] CPIO = {'0', '7', '0', '7', '0'};

  private ImageReaders() {}

  /** What {@link #detect} found. */
  public record Detected(ImageFormat format, Compression compression) {}

  public static RomImage open(Path image) throws IOException, BadImageException {
    return open(image, ReadLimits.DEFAULT);
  }

  public static RomImage open(Path image, ReadLimits limits) throws IOException, BadImageException {
    FileChannel ch = FileChannel.open(image, StandardOpenOption.READ);
    try {
      Detected d = detect(ch);
      switch (d.format()) {
        case ROMFS: return new RomfsImageReader(ch, limits);
        case KOS: return new KosImageReader(ch, limits);
        default: return new CpioImageReader(ch, d.compression(), limits);
      }
    } catch (IOException | BadImageException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Recognises the format from the first bytes. */
  public static Detected detect(FileChannel ch) throws IOException, BadImageException {
    ByteBuffer b = ByteBuffer.allocate(16);
    while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
      // fill what the file has
    }
    byte[] head = Arrays.copyOf(b.array(), b.position());
    if (startsWith(head, RomfsImageReader.MAGIC)) {
      return new Detected(ImageFormat.ROMFS, Compression.NONE);
    }
    if (startsWith(head, CPIO)) {
      return new Detected(ImageFormat.CPIO, Compression.NONE);
    }
    if (startsWith(head, GZIP)) {
      return new Detected(ImageFormat.CPIO, Compression.GZIP);
    }
    if (startsWith(head, XZ)) {
      return new Detected(ImageFormat.CPIO, Compression.XZ);
    }
    if (startsWith(head, ZSTD)) {
      return new Detected(ImageFormat.CPIO, Compression.ZSTD);
    }
    if (startsWith(head, LZ4)) {
      return new Detected(ImageFormat.CPIO, Compression.LZ4);
    }
    if (looksLikeKos(ch, head)) {
      return new Detected(ImageFormat.KOS, Compression.NONE);
    }
    throw new BadImageException(0, "unknown image format (first bytes: " + hex(head)
        + "); expected kos, romfs (-rom1fs-) or cpio (070701), possibly gzip/xz/zstd/lz4-compressed");
  }

  /**
   * kos has no magic: an image is taken as kos when it is page-padded, or when its first name
   * offset is where the table says names start. Either is enough, so that a damaged kos image gets
   * the reader's precise error rather than "unknown format".
   */
  private static boolean looksLikeKos(FileChannel ch, byte[] head) throws IOException {
    if (head.length < 4) {
      return false;
    }
    if (ch.size() % KosImageReader.PAGE == 0) {
      return true;
    }
    ByteBuffer le = ByteBuffer.wrap(head).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long count = le.getInt(0) & 0xFFFF_FFFFL;
    return head.length >= 8 && (le.getInt(4) & 0xFFFF_FFFFL) == 4 + 12 * count;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(8, b.length); i++) {
      sb.append(i == 0 ? "" : " ").append(String.format("%02x", b[i] & 0xff));
    }
    return b.length == 0 ? "empty file" : sb.toString();
  }
}
