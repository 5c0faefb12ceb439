package org.kos.psl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;

/** The checker refuses exactly the patterns the security module refuses: one dialect for both. */
class RegexDialectTest {
  private static List<Diagnostic> check(String pattern) {
    Diagnostics d = new Diagnostics();
    SourceFile f = new SourceFile("p", pattern);
    RegexDialect.check(pattern, f.span(0, pattern.length()), d);
    return d.all();
  }

  @Test
  void aNonCapturingGroupTheKernelRefusesIsRefusedByTheCheck() {
    List<Diagnostic> d = check("^(?:a|b)$");
    assertEquals(1, d.size());
    assertEquals("PS0406", d.get(0).id());
  }

  @Test
  void posixClassesAndAnchorsCheckClean() {
    assertTrue(check("^[[:alpha:]]+[0-9]{1,3}$").isEmpty());
  }
}
