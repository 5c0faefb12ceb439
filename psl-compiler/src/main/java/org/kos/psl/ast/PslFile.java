package org.kos.psl.ast;

import java.util.List;
import org.kos.psl.source.PslSource;

/** The syntax tree of one policy file. */
public record PslFile(PslSource source, List<Decl> declarations) {
  public PslFile {
    declarations = List.copyOf(declarations);
  }

  /** A file is itself: sets and maps of files must not hash or compare whole syntax trees. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
