package org.kos.nkc.model;

import java.util.List;
import java.util.Optional;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;

/**
 * One IDL file: its package name, imports (package names, as written), declarations in source
 * order and its interface if it has one. {@code input} tells files named on the command line from
 * those found on the search path.
 */
public record IdlPackage(String name, SourceFile file, SourceSpan span, boolean input, List<String> imports,
    List<Declaration> declarations, Optional<Interface> iface) {
  public IdlPackage {
    imports = List.copyOf(imports);
    declarations = List.copyOf(declarations);
  }

  public Optional<Declaration> declaration(String simpleName) {
    return declarations.stream().filter(d -> d.name().equals(simpleName)).findFirst();
  }

  public List<Constant> constants() {
    return declarations.stream().filter(Constant.class::isInstance).map(Constant.class::cast).toList();
  }
}
