package org.kos.nkc.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/einit.md's table of the SDK programs says what {@link SdkPrograms} adds for each. */
class SdkProgramsDocTest {
  private static final Path DOC = Path.of("..", "docs", "einit.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([\\w.]+)` \\| `(\\w+)` \\|([^|]*)\\|([^|]*)\\|$");

  @Test
  void einitDocListsEveryProgramWithItsPathAndConnections() throws IOException {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(DOC)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String connections = m.group(3).strip().startsWith("(") ? "" : m.group(3).strip().replace("`", "");
        documented.add(m.group(1) + " " + m.group(2) + " [" + connections + "] " + !m.group(4).isBlank());
      }
    }
    List<String> table = SdkPrograms.all().stream().map(p -> p.className() + " " + p.path() + " ["
        + String.join(", ", p.clientOf()) + "] " + !p.env().isEmpty()).collect(Collectors.toList());
    assertEquals(table, documented);
  }
}
