package org.kos.romfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.kos.romfs.read.BadImageException;
import org.kos.romfs.read.ImageReaders;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.source.DirectoryScanner;
import org.kos.romfs.source.Exclusions;
import org.kos.romfs.tree.EntryOrder;
import org.kos.romfs.tree.ImageTree;
import org.kos.romfs.write.BuildOptions;
import org.kos.romfs.write.ImageBuildException;
import org.kos.romfs.write.ImageBuilder;

/** Paths of the shared testdata and small helpers the romfs tests share. */
public final class TestData {
  public static final Path ROOT = Path.of("..", "testdata", "romfs").toAbsolutePath().normalize();
  public static final Path TREE = ROOT.resolve("tree");
  public static final Path MANIFEST = ROOT.resolve("manifest.txt");

  private TestData() {}

  public static ImageTree scan(Path dir) throws IOException {
    return new DirectoryScanner(DirectoryScanner.PLATFORM, Exclusions.NONE).scan(dir).build(EntryOrder.BYTEWISE);
  }

  public static Path build(ImageTree tree, ImageFormat format, BuildOptions options, Path out)
      throws IOException, ImageBuildException {
    ImageBuilder.build(tree, format, options, out);
    return out;
  }

  public static RomImage open(Path image) throws IOException, BadImageException {
    return ImageReaders.open(image);
  }

  public static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a tree (symlinks as symlinks) so that tests can add what git cannot hold. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path d = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(d, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(d);
        } else {
          Files.copy(p, d, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /** Runs a command, returning its exit code; output goes to the test log. */
  public static int run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    return p.waitFor();
  }
}
