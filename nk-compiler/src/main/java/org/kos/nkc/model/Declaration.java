package org.kos.nkc.model;

import org.kos.nkc.diag.SourceSpan;

/** A named IDL declaration: constant, typedef, struct or union. */
public sealed interface Declaration permits Constant, Typedef, StructType {
  /** The simple name, e.g. {@code Retcode}. */
  String name();

  /** The declaring package, e.g. {@code example.Animal}. */
  String pkg();

  /** Where the name is declared. */
  SourceSpan span();

  /** {@code pkg.name}. */
  default String qualifiedName() {
    return pkg() + "." + name();
  }
}
