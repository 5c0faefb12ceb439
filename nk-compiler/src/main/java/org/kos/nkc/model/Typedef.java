package org.kos.nkc.model;

import org.kos.nkc.diag.SourceSpan;

/** {@code typedef target name;}: a named alias, kept so back ends can emit the name. */
public record Typedef(String pkg, String name, Type target, SourceSpan span) implements Declaration, Type {
  @Override
  public Type resolved() {
    return target.resolved();
  }

  @Override
  public String display() {
    return qualifiedName();
  }
}
