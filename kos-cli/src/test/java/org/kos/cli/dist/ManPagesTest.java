package org.kos.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kos.cli.Kos;

/** The roff of the man pages: escaping, and a page per visible command with its sections. */
class ManPagesTest {
  private final Map<String, String> pages = new ManPages("1.2.3").pages(Kos.commandLine());

  @Test
  void backslashesAndMinusSignsAreEscaped() {
    assertEquals("a\\eb \\-o", ManPages.escape("a\\b -o"));
  }

  @Test
  void aLineStartingWithADotIsNotReadAsARequest() {
    assertEquals("\\&.kos\\-tmp", ManPages.text(".kos-tmp"));
    assertEquals("\\&'x", ManPages.text("'x"));
  }

  @Test
  void everyVisibleCommandHasAPageAndHiddenOnesDoNot() {
    assertTrue(pages.containsKey("kos.1"));
    assertTrue(pages.containsKey("kos-new-solution.1"));
    assertTrue(pages.containsKey("kos-romfs-build.1"));
    assertTrue(pages.keySet().stream().noneMatch(p -> p.contains("generate-completion") || p.contains("kos-help")), pages.keySet().toString());
  }

  @Test
  void aPageHasItsNameVersionOptionsExitStatusAndParent() {
    String page = pages.get("kos-solution-build.1");
    assertTrue(page.contains(".TH KOS\\-SOLUTION\\-BUILD 1 \"\" \"kos 1.2.3\" \"kos manual\"\n"), page);
    assertTrue(page.contains(".SH NAME\nkos\\-solution\\-build \\- Build a solution directory into a kos image\n"), page);
    assertTrue(page.contains(".TP\n\\fB\\-o\\fR, \\fB\\-\\-output\\fR=\\fIIMAGE\\fR\n"), page);
    assertTrue(page.contains(".SH EXIT STATUS\n.nf\n0   image written"), page);
    assertTrue(page.contains(".SH SEE ALSO\n\\fBkos\\-solution\\fR(1)"), page);
  }

  @Test
  void aGroupPageListsItsCommandsWithTheirPages() {
    String page = pages.get("kos-new.1");
    assertTrue(page.contains(".TP\n\\fBsolution\\fR\nCreate a solution directory that builds and runs as it is. See \\fBkos\\-new\\-solution\\fR(1).\n"), page);
  }
}
