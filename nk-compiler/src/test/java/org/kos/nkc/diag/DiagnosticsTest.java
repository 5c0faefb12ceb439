package org.kos.nkc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  @Test
  void errorsPastTheCapPerFileAreDroppedWithANoteOnTheLastKept() {
    SourceFile file = new SourceFile("a/B.idl", "x".repeat(300));
    Diagnostics diagnostics = new Diagnostics();
    for (int i = 0; i < 250; i++) {
      diagnostics.error("NK0104", file.span(i, i + 1), "bad " + i);
    }
    List<Diagnostic> kept = diagnostics.sorted();
    assertEquals(Diagnostics.MAX_ERRORS_PER_FILE, kept.size());
    Diagnostic last = kept.get(kept.size() - 1);
    assertEquals("bad 99", last.message());
    assertEquals("too many errors in this file; stopped after 100 (150 more not shown)", last.notes().get(0).message());
    assertEquals(100, last.notes().get(0).span().start());
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void theCapCountsEachFileSeparately() {
    Diagnostics diagnostics = new Diagnostics();
    for (String name : List.of("a/B.idl", "a/C.idl")) {
      SourceFile file = new SourceFile(name, "x".repeat(100));
      for (int i = 0; i < 60; i++) {
        diagnostics.error("NK0104", file.span(i, i + 1), "bad " + i);
      }
    }
    assertEquals(120, diagnostics.sorted().size());
  }
}
