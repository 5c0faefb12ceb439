package org.kos.psl.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** {@code { [audit profile] statement... }}: a binding's, match section's or choice alternative's body. */
public record Body(Name audit, List<Stmt> statements, SourceSpan span) {
  public Body {
    statements = List.copyOf(statements);
  }
}
