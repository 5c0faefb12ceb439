package org.kos.confinement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/confinement.md shows the allow-list ({@link AllowList#RESOURCE}) as a table and lists every
 * id. Run with {@code -Dkos.confinement.updateDoc=true} to rewrite the table from the resource.
 */
class ConfinementDocTest {
  private static final Path DOC = Path.of("..", "docs", "confinement.md");
  private static final String BEGIN = "<!-- allow-list: generated from platform-allow-list.txt by ConfinementDocTest -->\n";
  private static final String END = "<!-- allow-list: end -->\n";

  /** The allow-list as the doc shows it. */
  static String table(AllowList list) {
    StringBuilder b = new StringBuilder("| rule | name | id | hint, where it is not the id's |\n| --- | --- | --- | --- |\n");
    for (AllowListEntry e : list.entries()) {
      String id = e.rule() == null ? "" : "[" + e.rule().id() + "](errors/" + e.rule().id() + ".md)";
      String hint = e.hint() == null ? "" : e.hint().replace("|", "\\|");
      b.append("| ").append(e.kind().keywords()).append(" | `").append(e.subject()).append("` | ").append(id)
          .append(" | ").append(hint).append(" |\n");
    }
    return b.toString();
  }

  @Test
  void theDocShowsTheAllowListAsItIs() throws IOException {
    String doc = Files.readString(DOC);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "docs/confinement.md lacks the markers " + BEGIN + END);
    String expected = table(AllowList.platform());
    String actual = doc.substring(begin + BEGIN.length(), end);
    if (!expected.equals(actual) && Boolean.getBoolean("kos.confinement.updateDoc")) {
      Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end));
      actual = expected;
    }
    assertEquals(expected, actual, "docs/confinement.md's table differs from the allow-list;"
        + " rerun this test with -Dkos.confinement.updateDoc=true");
  }

  @Test
  void theDocListsEveryId() throws IOException {
    String doc = Files.readString(DOC);
    for (ConfinementRule r : ConfinementRule.values()) {
      String row = "| [" + r.id() + "](errors/" + r.id() + ".md) | " + r.title() + " | " + r.hint() + " |";
      assertTrue(doc.contains(row), "docs/confinement.md lacks: " + row);
    }
  }
}
