package org.kos.nkc.ast;

import java.util.List;
import org.kos.nkc.diag.SourceFile;

/**
 * The syntax tree of one file. {@code name} is the declared package, component or class name
 * (null when the header could not be parsed).
 */
public sealed interface Unit {
  SourceFile file();

  QualifiedName name();

  UnitKind kind();

  /** An IDL file: package, imports, declarations and at most one interface. */
  record Idl(SourceFile file, QualifiedName name, List<Import> imports, List<Decl> decls,
      Interface iface) implements Unit {
    public Idl {
      imports = List.copyOf(imports);
      decls = List.copyOf(decls);
    }

    @Override
    public UnitKind kind() {
      return UnitKind.IDL;
    }
  }

  /**
   * A CDL component or an EDL class. {@code form} says which header was used. Entries of an
   * {@code interfaces} section and bare {@code impl: a.B} lines are in {@code endpoints}.
   */
  record Component(SourceFile file, UnitKind kind, Form form, QualifiedName name, QualifiedName security,
      List<Entry> endpoints, List<Entry> instances) implements Unit {
    public Component {
      endpoints = List.copyOf(endpoints);
      instances = List.copyOf(instances);
    }
  }

  /** {@code import a.b.C}; {@code span} covers the whole line's tokens. */
  record Import(QualifiedName name, org.kos.nkc.diag.SourceSpan span) {}

  /** {@code name : target} in an endpoints/interfaces/components section. */
  record Entry(Name name, QualifiedName target) {}

  /** The header keyword(s) of a CDL/EDL file. */
  enum Form {
    COMPONENT("component"),
    TASK_CLASS("task class"),
    ENTITY("entity");

    public final String keyword;

    Form(String keyword) {
      this.keyword = keyword;
    }
  }
}
