package org.kos.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kos.cli.CliTest;

/** Every NW id has docs/errors/ID.md titled with its summary and a row in docs/errors/README.md. */
class NewErrorPagesTest {
  private static final Path PAGES = Path.of("..", "docs", "errors");

  @ParameterizedTest
  @EnumSource(NewErrors.class)
  void everyIdHasAPageTitledWithItsSummary(NewErrors e) throws IOException {
    String page = Files.readString(PAGES.resolve(e.id() + ".md"));
    assertEquals("# " + e.id() + ": " + e.summary(), page.lines().findFirst().orElseThrow());
    assertTrue(Files.readString(PAGES.resolve("README.md")).contains("| [" + e.id() + "](" + e.id() + ".md) | error | "
        + e.summary() + " |"), e.id());
  }

  @Test
  void everyNwPageBelongsToAnId() throws IOException {
    try (Stream<Path> s = Files.list(PAGES)) {
      List<String> pages = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("NW")).sorted().toList();
      assertEquals(Arrays.stream(NewErrors.values()).map(e -> e.id() + ".md").sorted().toList(), pages);
    }
  }

  @Test
  void theBadNamePageShowsExactlyWhatTheCommandPrints() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliTest.execute(out, err, "new", "solution", "my-app", "-o", "target/never-written");
    assertTrue(Files.readString(PAGES.resolve("NW0001.md")).contains("$ kos new solution my-app\n" + err), err.toString());
  }
}
