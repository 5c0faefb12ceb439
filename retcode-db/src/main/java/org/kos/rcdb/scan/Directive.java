package org.kos.rcdb.scan;

import java.util.List;

/** A preprocessor line ({@code #define ...}), its tokens after the {@code #}, continuations joined. */
record Directive(List<Token> tokens) {
  /** The directive's name, e.g. {@code define}, or the empty string for a null directive. */
  String name() {
    return tokens.isEmpty() ? "" : tokens.get(0).text();
  }
}
