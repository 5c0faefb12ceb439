package org.kos.psl.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** A statement of a body: a rule call, a {@code match} section or a {@code choice}. */
public sealed interface Stmt permits Stmt.Call, Stmt.Match, Stmt.Choice {
  SourceSpan span();

  /** An application used as a statement; the checker requires the callee to be a rule. */
  record Call(Expr expr, SourceSpan span) implements Stmt {}

  /** {@code match selectors { ... }}: entered when every selector matches the event. */
  record Match(List<Selector> selectors, Body body, SourceSpan span) implements Stmt {
    public Match {
      selectors = List.copyOf(selectors);
    }
  }

  /** {@code choice (head) { "a" : ... _ : ... }}. */
  record Choice(Expr head, List<Alternative> alternatives, SourceSpan span) implements Stmt {
    public Choice {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** One alternative: {@code label} is null for {@code _}. */
  record Alternative(String label, SourceSpan labelSpan, Body body) {}
}
