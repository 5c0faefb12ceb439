package org.kos.nkc.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/sdk-versions.md shows {@link SdkVersion#table()}, cell for cell. */
class SdkVersionsDocTest {
  private static final Path DOC = Path.of("..", "docs", "sdk-versions.md");

  @Test
  void theDocumentedTableIsTheEnumsTable() throws IOException {
    assertEquals(SdkVersion.table(), documented());
  }

  /** The Markdown table whose header starts with "| behaviour |", without its separator row. */
  private static List<List<String>> documented() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("| behaviour |")) {
        in = true;
      }
      if (in && !line.startsWith("|")) {
        break;
      }
      if (in && !line.startsWith("| ---")) {
        String inner = line.substring(1, line.length() - 1);
        rows.add(Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList());
      }
    }
    return rows;
  }
}
