package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kos.io.AtomicFiles;

/**
 * docs/reference/commands.md is what picocli's model of {@code kos} gives now. Regenerate on
 * purpose with {@code -Dkos.golden.update=true} (see {@link CommandReference}).
 */
class CommandReferenceTest {
  private static final Path PAGE = Path.of("..", "docs", "reference", "commands.md");

  @Test
  void commandsPageIsWhatTheCommandModelGives() throws IOException {
    String now = CommandReference.render();
    if (Boolean.getBoolean("kos.golden.update")) {
      AtomicFiles.write(PAGE, now);
    }
    assertEquals(now, Files.readString(PAGE), "docs/reference/commands.md is stale; regenerate with "
        + "mvn -B -q -pl kos-cli -am test -Dtest=CommandReferenceTest -Dkos.golden.update=true "
        + "-Dsurefire.failIfNoSpecifiedTests=false and review the diff");
  }

  @Test
  void everyCommandOfTheModelHasItsSection() {
    String page = CommandReference.render();
    for (String command : new String[] {"kos", "kos nk check", "kos solution build", "kos run", "kos psl test"}) {
      assertTrue(page.contains("\n## " + command + "\n"), command);
    }
  }
}
