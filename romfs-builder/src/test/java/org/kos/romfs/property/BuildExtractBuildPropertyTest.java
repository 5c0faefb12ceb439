package org.kos.romfs.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kos.romfs.ImageFormat;
import org.kos.romfs.TestData;
import org.kos.romfs.extract.ImageExtractor;
import org.kos.romfs.read.RomImage;
import org.kos.romfs.write.BuildOptions;

/**
 * {@code romfs build} → {@code extract} → {@code build} is the identity: for generated trees
 * (nested directories, files of any bytes, executable or not, relative symlinks), the second
 * image has exactly the bytes of the first, in every format that keeps a directory tree.
 */
class BuildExtractBuildPropertyTest {
  /** One file of a generated tree: its path, its bytes, whether it is executable. */
  record FileSpec(List<String> path, byte[] content, boolean executable) {}

  @Provide
  Arbitrary<List<FileSpec>> trees() {
    Arbitrary<String> name = Arbitraries.strings().withChars("abcxyz019._-").ofMinLength(1).ofMaxLength(10)
        .filter(n -> !n.equals(".") && !n.equals(".."));
    Arbitrary<FileSpec> file = Combinators.combine(name.list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3000), Arbitraries.of(true, false)).as(FileSpec::new);
    return file.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 25)
  void romfsBuildExtractBuildIsTheIdentity(@ForAll("trees") List<FileSpec> files) throws Exception {
    assertRoundTrip(ImageFormat.ROMFS, files);
  }

  @Property(tries = 25)
  void cpioBuildExtractBuildIsTheIdentity(@ForAll("trees") List<FileSpec> files) throws Exception {
    assertRoundTrip(ImageFormat.CPIO, files);
  }

  private static void assertRoundTrip(ImageFormat format, List<FileSpec> files) throws Exception {
    Path tmp = Files.createTempDirectory("prop-romfs");
    try {
      Path tree = tmp.resolve("tree");
      write(tree, files);
      Path first = TestData.build(TestData.scan(tree), format, BuildOptions.defaults(), tmp.resolve("first.img"));
      Path out = tmp.resolve("out");
      try (RomImage img = TestData.open(first)) {
        ImageExtractor.extract(img, out, warning -> {});
      }
      Path second = TestData.build(TestData.scan(out), format, BuildOptions.defaults(), tmp.resolve("second.img"));
      assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    } finally {
      delete(tmp);
    }
  }

  /**
   * Writes the files (a path under an existing file is skipped, so is a second file at a path);
   * every third file gets a relative symlink beside it pointing to it.
   */
  private static void write(Path root, List<FileSpec> files) throws IOException {
    Files.createDirectories(root);
    Map<String, FileSpec> written = new TreeMap<>();
    int n = 0;
    for (FileSpec f : files) {
      Path p = root;
      boolean blocked = false;
      for (int i = 0; i < f.path().size() - 1 && !blocked; i++) {
        p = p.resolve(f.path().get(i));
        blocked = Files.exists(p) && !Files.isDirectory(p);
      }
      p = root.resolve(String.join("/", f.path()));
      if (blocked || Files.exists(p)) {
        continue;
      }
      Files.createDirectories(p.getParent());
      Files.write(p, f.content());
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(f.executable() ? "rwxr-xr-x" : "rw-r--r--"));
      written.put(p.toString(), f);
      Path link = p.resolveSibling(p.getFileName() + ".lnk");
      if (n++ % 3 == 0 && !Files.exists(link)) {
        Files.createSymbolicLink(link, p.getFileName());
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
