package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kos.psl.Psl;
import org.kos.psl.PslResult;

/** Values in PAL test messages: constants, and process variables standing for SIDs (spec §16 item 24). */
class PalMessageValuesTest {
  @TempDir Path dir;

  private PslResult checkWithTest(String handle) throws IOException {
    String text = Files.readString(Psl.SPEC.resolve("13.5-handle-resource.psl")) + """
        assert "files" {
            sequence {
                f <- execute src=Einit dst=demo.Client
                grant security src=demo.Checker method=Approve { file : { handle : %s, rights : 1 } }
            }
        }
        """.formatted(handle);
    return Psl.checkText(dir, text);
  }

  @Test
  void aProcessVariableMayGiveAHandlesSid() throws IOException {
    PslResult r = checkWithTest("f");
    assertEquals(List.of(), Psl.errors(r), Psl.render(r));
  }

  @Test
  void anUnknownNameInAHandleIsAnError() throws IOException {
    PslResult r = checkWithTest("g");
    assertEquals(List.of("PS0208"), Psl.errors(r).stream().map(d -> d.id()).toList(), Psl.render(r));
  }
}
