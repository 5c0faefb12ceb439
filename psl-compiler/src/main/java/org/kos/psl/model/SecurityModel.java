package org.kos.psl.model;

import java.util.List;
import org.kos.psl.ast.Decl;

/** A security model declared by an SDK file ({@code model Flow auditable { ... }}), and the file's fragment name. */
public record SecurityModel(String name, boolean auditable, List<String> parameters, Decl.Model declaration,
    String fragment) {
  public SecurityModel {
    parameters = List.copyOf(parameters);
  }
}
