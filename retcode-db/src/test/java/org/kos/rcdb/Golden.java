package org.kos.rcdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Byte-for-byte golden files under testdata/; rewritten only with -Dkos.golden.update=true. */
public final class Golden {
  public static final Path TESTDATA = Path.of("..", "testdata", "retcode");

  private Golden() {}

  public static void assertMatches(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("kos.golden.update")) {
      Files.createDirectories(golden.toAbsolutePath().getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "differs from " + golden + " (regenerate on purpose with -Dkos.golden.update=true)");
  }
}
