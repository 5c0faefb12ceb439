package org.kos.einit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A throwaway solution directory: the example classes of testdata/einit-errors plus an init.yaml. */
public final class EinitTestFiles {
  /** app.Server (endpoint ping : app.Ping) and app.Client, as in every error example. */
  public static final Path CLASSES = Path.of("..", "testdata", "einit-errors", "EI0008", "fixed");

  private EinitTestFiles() {}

  public static EinitResult check(Path dir, String fileName, String text, Map<String, String> macros)
      throws IOException {
    Path yaml = dir.resolve(fileName);
    Files.writeString(yaml, text);
    return Einit.check(new EinitRequest(yaml, List.of(CLASSES), macros));
  }

  public static EinitResult check(Path dir, String yaml) throws IOException {
    return check(dir, "init.yaml", yaml, Map.of());
  }
}
