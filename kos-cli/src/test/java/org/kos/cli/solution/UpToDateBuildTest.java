package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;

/**
 * The up-to-date check of {@code kos solution build} (the build directory's stamp): a rebuild with
 * nothing changed stops before the front end; any change to what the build read, to the image or
 * to the request makes it build.
 */
class UpToDateBuildTest extends SolutionCliTest {
  private static final String UP_TO_DATE = "is up to date";

  /** A copy whose files were last changed an hour ago (a fresh copy is "just changed": no stamp). */
  private Path settledCopy(String name) throws IOException {
    Path s = copyOf(name);
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
    try (Stream<Path> files = Files.walk(s)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, hourAgo);
      }
    }
    return s;
  }

  private String build(Path solution, Path image, String... extra) {
    List<String> args = new ArrayList<>(List.of("solution", "build", solution.toString(), "-o", image.toString()));
    args.addAll(List.of(extra));
    assertEquals(ExitCodes.OK, run(args.toArray(String[]::new)), err.toString());
    return err.toString();
  }

  private static Path stamp(Path solution) {
    return solution.resolve("target/kos-build/stamp");
  }

  @Test
  void aRebuildWithNothingChangedIsUpToDate() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    assertFalse(build(s, image).contains(UP_TO_DATE));

    assertTrue(build(s, image).contains(image + " " + UP_TO_DATE), err.toString());
  }

  @Test
  void theVerboseReportOfAnUpToDateBuildSaysNothingWasCompiled() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    build(s, image);

    String report = build(s, image, "-v");

    assertTrue(report.contains("kos solution build: compiled nothing; image unchanged"), report);
  }

  @Test
  void anEditedSourceIsBuiltAndGivesTheCleanBuildsImage() throws IOException {
    Path s = settledCopy("traffic-light");
    Path image = dir.resolve("x.img");
    build(s, image);
    Path controller = s.resolve("programs/Controller/traffic/control/Controller.java");
    Files.writeString(controller, Files.readString(controller) + "// edited\n");

    assertFalse(build(s, image).contains(UP_TO_DATE), err.toString());
    Path clean = dir.resolve("clean.img");
    build(s, clean, "--clean", "--build-dir", dir.resolve("clean-build").toString());
    assertArrayEquals(Files.readAllBytes(clean), Files.readAllBytes(image));
  }

  @Test
  void aTouchedFileWithTheSameBytesStaysUpToDate() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    build(s, image);
    Files.setLastModifiedTime(s.resolve("init.yaml"), FileTime.fromMillis(System.currentTimeMillis()));

    assertTrue(build(s, image).contains(UP_TO_DATE), err.toString());
  }

  @Test
  void aNewFileInAProgramsSourcesIsAChange() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    build(s, image);
    Path src = firstProgramSources(s);
    Files.writeString(src.resolve("Extra.java"), "final class Extra {}\n");

    assertFalse(build(s, image).contains(UP_TO_DATE), err.toString());
  }

  @Test
  void aNewPolicyBesideTheSolutionsPolicyIsAChange() throws IOException {
    Path s = settledCopy("traffic-light");
    Path image = dir.resolve("x.img");
    build(s, image);
    Files.writeString(s.resolve("spare.psl"), "use nk.base._\n");

    assertFalse(build(s, image).contains(UP_TO_DATE), err.toString());
  }

  @Test
  void anImageChangedAfterTheBuildIsWrittenAgain() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    build(s, image);
    byte[] built = Files.readAllBytes(image);
    Files.write(image, new byte[] {1, 2, 3});

    assertFalse(build(s, image).contains(UP_TO_DATE), err.toString());
    assertArrayEquals(built, Files.readAllBytes(image));
  }

  @Test
  void anotherImageOrSdkIsNotUpToDate() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    build(s, image);

    assertFalse(build(s, dir.resolve("other.img")).contains(UP_TO_DATE), err.toString());
    assertFalse(build(s, dir.resolve("other.img"), "--sdk", "1.3").contains(UP_TO_DATE), err.toString());
  }

  @Test
  void aFileChangedJustBeforeTheBuildLeavesNoStamp() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    Files.setLastModifiedTime(s.resolve("init.yaml"), FileTime.fromMillis(System.currentTimeMillis()));

    build(s, image);

    assertFalse(Files.exists(stamp(s)), "the build may have read init.yaml before a change in the same instant");
  }

  @Test
  void aBuildWithWarningsLeavesNoStampSoTheNextOnePrintsThemAgain() throws IOException {
    Path s = settledCopy("traffic-light");
    Path idl = s.resolve("nk/traffic/Summary.idl");
    Files.writeString(idl, Files.readString(idl) + "\nconst UInt32 Spare = 07;\n");
    Files.setLastModifiedTime(idl, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
    Path image = dir.resolve("x.img");
    assertTrue(build(s, image).contains("NK0109"), err.toString());

    assertTrue(build(s, image).contains("NK0109"), err.toString());
    assertFalse(Files.exists(stamp(s)));
  }

  @Test
  void aBuildThatFailsRemovesTheStamp() throws IOException {
    Path s = settledCopy("echo");
    Path image = dir.resolve("x.img");
    build(s, image);
    assertTrue(Files.exists(stamp(s)));
    Path java = Files.walk(firstProgramSources(s)).filter(f -> f.toString().endsWith(".java")).findFirst().orElseThrow();
    Files.writeString(java, "not java");

    assertEquals(ExitCodes.INPUT_ERROR, run("solution", "build", s.toString(), "-o", image.toString()), err.toString());
    assertFalse(Files.exists(stamp(s)));
  }

  private static Path firstProgramSources(Path s) throws IOException {
    try (Stream<Path> programs = Files.list(s.resolve("programs"))) {
      return programs.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
    }
  }
}
