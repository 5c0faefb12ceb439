package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that is one of the command's inputs is refused before anything is written (issue 17
 * #2): a usage error, exit 2, naming the option, and the input is left as it was.
 */
class OutputIsInputTest extends CliTest {
  private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();

  @TempDir Path tmp;

  private Path copy(Path from) throws IOException {
    Path to = tmp.resolve(from.getFileName().toString());
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  /** Runs the command, expects the refusal, and that {@code input} kept its bytes. */
  private void assertRefused(Path input, String option, String... args) throws IOException {
    byte[] before = Files.readAllBytes(input);
    assertEquals(ExitCodes.USAGE, run(args), err.toString());
    assertTrue(err.toString().contains(option + " "), err.toString());
    assertTrue(err.toString().contains("would be overwritten; choose another output"), err.toString());
    assertArrayEquals(before, Files.readAllBytes(input), input + " was changed");
  }

  @Test
  void nkIrRefusesAnOutputThatIsItsInputFile() throws IOException {
    Path shop = copy(TESTDATA.resolve("ir/shop"));
    Path types = shop.resolve("Types.idl");
    assertRefused(types, "-o", "nk", "ir", "-I", tmp.toString(), "-o", types.toString(), types.toString());
  }

  @Test
  void nkIrRefusesAnOutputThatIsASymlinkToAnInputInADirectoryArgument() throws IOException {
    Path shop = copy(TESTDATA.resolve("ir/shop"));
    Path link = Files.createSymbolicLink(tmp.resolve("out.json"), shop.resolve("Till.idl"));
    assertRefused(shop.resolve("Till.idl"), "-o", "nk", "ir", "-I", tmp.toString(), "-o", link.toString(), shop.toString());
    assertTrue(err.toString().contains("the same file as the input"), err.toString());
  }

  @Test
  void nkCompileRefusesADepsFileThatIsAnInput() throws IOException {
    Path shop = copy(TESTDATA.resolve("ir/shop"));
    Path types = shop.resolve("Types.idl");
    assertRefused(types, "--deps", "nk", "compile", "-I", tmp.toString(), "-o", tmp.resolve("gen").toString(),
        "--deps", types.toString(), shop.toString());
    assertFalse(Files.exists(tmp.resolve("gen")), "stubs were written");
  }

  @Test
  void solutionBuildRefusesToOverwriteItsSolutionYaml() throws IOException {
    Path echo = copy(TESTDATA.resolve("solutions/echo"));
    Path yaml = echo.resolve("solution.yaml");
    assertRefused(yaml, "-o", "solution", "build", echo.toString(), "-o", yaml.toString());
  }

  @Test
  void solutionBuildRefusesToOverwriteAProgramSource() throws IOException {
    Path echo = copy(TESTDATA.resolve("solutions/echo"));
    Path source;
    try (Stream<Path> s = Files.walk(echo.resolve("programs"))) {
      source = s.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
    }
    assertRefused(source, "-o", "solution", "build", echo.toString(), "-o", source.toString());
  }

  @Test
  void romfsBuildRefusesToOverwriteItsManifest() throws IOException {
    Path manifest = Files.writeString(tmp.resolve("image.manifest"), "/etc dir 0755\n");
    assertRefused(manifest, "-o", "romfs", "build", "-m", manifest.toString(), "-o", manifest.toString(), "-f", "romfs");
  }

  @Test
  void romfsBuildRefusesToOverwriteAFileItsManifestLists() throws IOException {
    Path data = Files.writeString(tmp.resolve("hosts"), "127.0.0.1 localhost\n");
    Path manifest = Files.writeString(tmp.resolve("image.manifest"), "/etc/hosts file 0644 hosts\n");
    assertRefused(data, "-o", "romfs", "build", "-m", manifest.toString(), "-o", data.toString(), "-f", "romfs");
  }

  @Test
  void romfsBuildRefusesToOverwriteItsInitFile() throws IOException {
    Path tree = Files.createDirectory(tmp.resolve("tree"));
    Path init = Files.writeString(tmp.resolve("einit"), "init\n");
    assertRefused(init, "-o", "romfs", "build", "-d", tree.toString(), "--init", init.toString(), "-o", init.toString());
  }

  @Test
  void romfsBuildIntoTheTreeItScansLeavesTheImageOutOfItself() throws IOException {
    Path tree = copy(TESTDATA.resolve("romfs/tree"));
    Path image = tree.resolve("out/i.romfs");
    Files.createDirectories(image.getParent());
    for (int i = 0; i < 2; i++) {
      assertEquals(ExitCodes.OK, run("romfs", "build", "-q", "-d", tree.toString(), "-o", image.toString(), "-f", "romfs"),
          err.toString());
    }
    assertEquals(ExitCodes.OK, run("romfs", "ls", image.toString()), err.toString());
    assertFalse(out.toString().contains("i.romfs"), out.toString());
    assertTrue(out.toString().contains(" out\n"), "the directory holding the image is still packed:\n" + out);
  }

  @Test
  void rcExportRefusesToOverwriteItsDatabase() throws IOException {
    Path db = Files.copy(TESTDATA.resolve("retcode/golden/retcodes.json"), tmp.resolve("retcodes.json"));
    assertRefused(db, "-o", "rc", "export", "--db", db.toString(), "--lang", "c", "-o", db.toString());
  }

  @Test
  void pslIrRefusesToOverwriteThePolicy() throws IOException {
    Path spec = copy(TESTDATA.resolve("psl/spec"));
    Path policy = spec.resolve("13.4-flow-lifecycle.psl");
    assertRefused(policy, "-o", "psl", "ir", "-I", spec.resolve("nk").toString(), "-o", policy.toString(), policy.toString());
  }

  @Test
  void einitGenRefusesAnOutputThatIsTheInitYaml() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("einit"));
    Path init = Files.copy(TESTDATA.resolve("einit/zoo/init.yaml"), dir.resolve("Einit.java"));
    assertRefused(init, "-o", "einit", "gen", "-I", TESTDATA.resolve("nk").toString(), "-o", tmp.toString(), init.toString());
  }
}
