package org.kos.nkc.ast;

import java.util.List;
import org.kos.nkc.diag.SourceSpan;

/** A top-level IDL declaration. {@code name()} is the declared name. */
public sealed interface Decl {
  Name name();

  SourceSpan span();

  /** What kind of declaration, as users call it in messages ("constant", "struct", ...). */
  String kindWord();

  record Const(TypeRef type, Name name, Expr value, SourceSpan span) implements Decl {
    @Override
    public String kindWord() {
      return "constant";
    }
  }

  record Typedef(TypeRef type, Name name, SourceSpan span) implements Decl {
    @Override
    public String kindWord() {
      return "typedef";
    }
  }

  /** A struct or a (tagged) union: same syntax, different wire form. */
  record Record(boolean union, Name name, List<Field> fields, SourceSpan span) implements Decl {
    public Record {
      fields = List.copyOf(fields);
    }

    @Override
    public String kindWord() {
      return union ? "union" : "struct";
    }
  }

  record Field(TypeRef type, Name name, SourceSpan span) {}
}
