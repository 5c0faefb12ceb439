package org.kos.psl.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** One step of a PAL test: an event with message values and the decision expected (spec §11). */
public sealed interface Step permits Step.Spawn, Step.Event, Step.Call {
  SourceSpan span();

  enum Verdict {
    GRANT, DENY, ANY
  }

  /** {@code v <- execute [src=..] dst=Class}: starts a process and binds its SID to {@code v}. */
  record Spawn(Name variable, List<Selector> selectors, SourceSpan span) implements Step {
    public Spawn {
      selectors = List.copyOf(selectors);
    }
  }

  /** {@code [verdict] ["header"] kind selectors [ {message} ]}. */
  record Event(Verdict verdict, Expr.Text header, EventKind kind, List<Selector> selectors, Expr.Record message,
      SourceSpan span) implements Step {
    public Event {
      selectors = List.copyOf(selectors);
    }
  }

  /** {@code [verdict] ["header"] client ~> server : endpoint.path.Method [ {message} ]}. */
  record Call(Verdict verdict, Expr.Text header, Name client, Name server, QName path, Expr.Record message,
      SourceSpan span) implements Step {}
}
