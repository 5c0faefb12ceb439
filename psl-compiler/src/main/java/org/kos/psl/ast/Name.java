package org.kos.psl.ast;

import org.kos.nkc.diag.SourceSpan;

/** A simple name as written, with its place. */
public record Name(String text, SourceSpan span) {
  @Override
  public String toString() {
    return text;
  }
}
