package org.kos.psl.ast;

import java.util.List;
import org.kos.psl.source.PslSource;

/** The syntax tree of one policy file. */
public record PslFile(PslSource source, List<Decl> declarations) {
  public PslFile {
    declarations = List.copyOf(declarations);
  }
}
