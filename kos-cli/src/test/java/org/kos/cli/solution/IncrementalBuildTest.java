package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;

/**
 * Incremental {@code kos solution build} on a copy of traffic-light: what is compiled again after
 * each kind of edit (from the -v report), and that the image is the clean build's, byte for byte.
 */
class IncrementalBuildTest extends SolutionCliTest {
  private static final Pattern COMPILED = Pattern.compile("kos solution build: compiled (.*); image (written|unchanged)");
  private static final List<String> ALL = List.of("einit", "stubs", "Controller", "Diagnostics", "Lights",
      "ModeManager");

  /** What the build compiled (sorted) and whether it wrote the image. */
  private record Report(List<String> compiled, boolean written) {}

  private Report build(Path solution, Path image, String... extra) {
    List<String> args = new ArrayList<>(List.of("solution", "build", "-v", solution.toString(), "-o", image.toString()));
    args.addAll(List.of(extra));
    assertEquals(ExitCodes.OK, run(args.toArray(String[]::new)), err.toString());
    Matcher m = COMPILED.matcher(err.toString());
    assertTrue(m.find(), err.toString());
    List<String> compiled = m.group(1).equals("nothing") ? List.of() : List.of(m.group(1).split(", "));
    return new Report(compiled.stream().sorted().toList(), m.group(2).equals("written"));
  }

  private byte[] cleanBuild(Path solution) throws IOException {
    Path image = dir.resolve("clean.img");
    Report r = build(solution, image, "--build-dir", dir.resolve("clean-build").toString(), "--clean");
    assertEquals(ALL.stream().sorted().toList(), r.compiled());
    return Files.readAllBytes(image);
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text);
  }

  /** The programs whose sources name {@code word}: those that use its stubs. */
  private static List<String> programsMentioning(Path solution, String word) throws IOException {
    List<String> users = new ArrayList<>();
    try (Stream<Path> programs = Files.list(solution.resolve("programs"))) {
      for (Path p : programs.sorted().toList()) {
        try (Stream<Path> files = Files.walk(p)) {
          if (files.filter(Files::isRegularFile).anyMatch(f -> read(f).contains(word))) {
            users.add(p.getFileName().toString());
          }
        }
      }
    }
    return users;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRebuildWithoutChangesCompilesNothingAndLeavesTheImageAlone() throws IOException {
    Path s = copyOf("traffic-light");
    Path image = dir.resolve("x.img");
    assertEquals(ALL.stream().sorted().toList(), build(s, image).compiled());
    FileTime before = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(image, before);

    Report again = build(s, image);

    assertEquals(List.of(), again.compiled());
    assertEquals(false, again.written());
    assertEquals(before, Files.getLastModifiedTime(image));
  }

  @Test
  void touchingOneProgramRecompilesOnlyThatProgramAndMatchesACleanBuild() throws IOException {
    Path s = copyOf("traffic-light");
    Path image = dir.resolve("x.img");
    build(s, image);
    append(s.resolve("programs/Controller/traffic/control/Controller.java"), "// edited\n");

    Report r = build(s, image);

    assertEquals(List.of("Controller"), r.compiled());
    assertArrayEquals(cleanBuild(s), Files.readAllBytes(image));
  }

  @Test
  void aChangedIdlRecompilesExactlyTheProgramsThatUseIt() throws IOException {
    Path s = copyOf("traffic-light");
    Path image = dir.resolve("x.img");
    build(s, image);
    append(s.resolve("nk/traffic/Summary.idl"), "\nconst UInt32 Spare = 7;\n");

    Report r = build(s, image);

    List<String> expected = new ArrayList<>(programsMentioning(s, "Summary"));
    expected.add("stubs");
    assertEquals(expected.stream().sorted().toList(), r.compiled());
    assertTrue(expected.size() < ALL.size() - 1, "some program does not use Summary: " + expected);
    assertArrayEquals(cleanBuild(s), Files.readAllBytes(image));
  }

  @Test
  void cleanForgetsTheBuildDirectory() throws IOException {
    Path s = copyOf("traffic-light");
    Path image = dir.resolve("x.img");
    build(s, image);

    Report r = build(s, image, "--clean");

    assertEquals(ALL.stream().sorted().toList(), r.compiled());
    assertEquals(false, r.written());
  }

  @Test
  void aCorruptedObjectIsDetectedAndMadeAgain() throws IOException {
    Path s = copyOf("traffic-light");
    Path image = dir.resolve("x.img");
    byte[] first = Files.readAllBytes(buildAndGet(s, image));
    List<Path> objects;
    try (Stream<Path> listed = Files.list(s.resolve("target/kos-build/objects"))) {
      objects = listed.toList();
    }
    assertTrue(!objects.isEmpty(), "the build kept objects");
    for (Path o : objects) {
      byte[] b = Files.readAllBytes(o);
      b[b.length / 2] ^= 0x5A; // same size, other bytes
      Files.write(o, b);
    }
    Files.deleteIfExists(s.resolve("target/kos-build/stamp")); // else the up-to-date check answers first

    Report r = build(s, image);

    assertEquals(ALL.stream().sorted().toList(), r.compiled());
    assertTrue(err.toString().contains("corrupted"), err.toString());
    assertArrayEquals(first, Files.readAllBytes(image));
  }

  @Test
  void aForeignManifestIsNotTrustedAndEverythingIsRebuilt() throws IOException {
    Path s = copyOf("traffic-light");
    Path image = dir.resolve("x.img");
    byte[] first = Files.readAllBytes(buildAndGet(s, image));
    Files.writeString(s.resolve("target/kos-build/manifest.json"), "{\"format\": \"something-else\"}");
    Files.deleteIfExists(s.resolve("target/kos-build/stamp")); // else the up-to-date check answers first

    Report r = build(s, image);

    assertEquals(ALL.stream().sorted().toList(), r.compiled());
    assertTrue(err.toString().contains("not one of this format"), err.toString());
    assertArrayEquals(first, Files.readAllBytes(image));
  }

  @Test
  void aBuildDirThatIsAFileIsAnIoError() throws IOException {
    Path s = copyOf("echo");
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertEquals(ExitCodes.IO_ERROR, run("solution", "build", s.toString(), "-o", dir.resolve("e.img").toString(),
        "--build-dir", file.toString()), err.toString());
    assertTrue(err.toString().contains("not-a-dir"), err.toString());
  }

  private Path buildAndGet(Path s, Path image) {
    build(s, image);
    return image;
  }
}
