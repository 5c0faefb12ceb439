package org.kos.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Byte-for-byte golden files under testdata/audit/; rewritten only with -Dkos.golden.update=true. */
final class Golden {
  static final Path TESTDATA = Path.of("..", "testdata");
  static final Path AUDIT = TESTDATA.resolve("audit");

  private Golden() {}

  static void assertMatches(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("kos.golden.update")) {
      Files.createDirectories(golden.toAbsolutePath().getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "differs from " + golden + " (regenerate on purpose with -Dkos.golden.update=true)");
  }
}
