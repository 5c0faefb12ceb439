package org.kos.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.cli.CliTest;
import org.kos.cli.ExitCodes;

/**
 * docs/tutorial.md cannot rot: its code blocks that name a file ({@code ```java file=PATH}) are the
 * sources of testdata/solutions/tutorial/, byte for byte and all of them; the solution made of
 * the blocks alone builds, runs, and prints the tutorial's expected output; and the failure the
 * tutorial shows happens as shown.
 */
class TutorialTest extends CliTest {
  private static final Path TUTORIAL = Path.of("..", "docs", "tutorial.md");
  private static final Path SOLUTION = Path.of("..", "testdata", "solutions", "tutorial");
  /** Outputs of the build's tools kept beside the sources as golden files, not written by a user. */
  private static final Set<String> GENERATED = Set.of("README.md", "einit/Einit.java", "einit.manifest.json", "einit.dot");

  @TempDir Path dir;

  private static List<DocBlocks.Block> files() throws IOException {
    return DocBlocks.read(TUTORIAL).blocks().stream().filter(b -> b.attribute("file") != null).toList();
  }

  /** The solution as the tutorial's blocks give it, written under {@code dir}. */
  private Path extracted() throws IOException {
    Path solution = dir.resolve("tickets");
    for (DocBlocks.Block b : files()) {
      Path file = solution.resolve(b.attribute("file"));
      Files.createDirectories(file.getParent());
      Files.writeString(file, b.content());
    }
    return solution;
  }

  @Test
  void everyFileBlockIsTheSolutionsFile() throws IOException {
    for (DocBlocks.Block b : files()) {
      assertEquals(Files.readString(SOLUTION.resolve(b.attribute("file"))), b.content(), b.where());
    }
  }

  @Test
  void everySourceOfTheSolutionIsInTheTutorial() throws IOException {
    Set<String> shown = new TreeSet<>();
    files().forEach(b -> shown.add(b.attribute("file")));
    Set<String> sources = new TreeSet<>();
    try (Stream<Path> s = Files.walk(SOLUTION)) {
      s.filter(Files::isRegularFile).map(p -> SOLUTION.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !GENERATED.contains(p) && !p.startsWith("target/")).forEach(sources::add);
    }
    assertEquals(sources, shown);
  }

  @Test
  void theTutorialsBlocksBuildAndRunAndPrintWhatItSays() throws IOException {
    Path solution = extracted();
    Path image = dir.resolve("tickets.img");
    assertEquals(ExitCodes.OK, run("solution", "build", solution.toString(), "-o", image.toString()), err.toString());
    assertEquals(ExitCodes.OK, run("run", "--timeout", "30s", image.toString()), err.toString());
    assertEquals(Files.readString(solution.resolve("expected-output.txt")), out.toString());
    assertTrue(err.toString().contains("kos run: all 4 processes ended well"), err.toString());
  }

  @Test
  void withoutTheErrorBindingTheErrorResponseIsRefusedAsTheTutorialShows() throws IOException {
    Path solution = extracted();
    Path policy = solution.resolve("security.psl");
    String psl = Files.readString(policy);
    assertTrue(psl.contains("\nerror {"), psl);
    Files.writeString(policy, psl.substring(0, psl.indexOf("\nerror {") + 1));
    Path image = dir.resolve("tickets.img");
    assertEquals(ExitCodes.OK, run("solution", "build", solution.toString(), "-o", image.toString()), err.toString());
    assertEquals(ExitCodes.INPUT_ERROR, run("run", "--timeout", "30s", image.toString()), err.toString());
    List<DocBlocks.Block> shown = DocBlocks.read(TUTORIAL).inLanguage("text").stream()
        .filter(b -> b.content().startsWith("kos run: visitor: uncaught")).toList();
    assertFalse(shown.isEmpty(), "the tutorial shows the refused error response");
    assertTrue(err.toString().contains(shown.get(0).content()), err.toString());
  }
}
