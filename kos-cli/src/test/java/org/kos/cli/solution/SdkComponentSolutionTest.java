package org.kos.cli.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kos.cli.ExitCodes;

/**
 * A solution whose server embeds an SDK component (testdata/sdk-solutions/env: kl.Env): the build
 * generates the component's stubs from the bundled SDK, and the client reaches it under the
 * component's name, as the vendor's library does.
 */
class SdkComponentSolutionTest extends SolutionCliTest {
  private static final Path ENV = Path.of("../testdata/sdk-solutions/env");

  @Test
  void serverEmbeddingKlEnvBuildsBootsAndAnswersItsClient() throws IOException {
    assertEquals(ExitCodes.OK, buildAndRun(ENV), out + "\n" + err);
    assertTrue(err.toString().endsWith("processes ended well\n"), err.toString());
    assertEquals(Files.readString(ENV.resolve("expected-output.txt")), out.toString());
  }
}
