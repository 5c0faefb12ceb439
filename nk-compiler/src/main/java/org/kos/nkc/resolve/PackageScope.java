package org.kos.nkc.resolve;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.ast.Decl;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.model.IntKind;
import org.kos.nkc.rules.Rule;

/**
 * The names one IDL package declares and the packages it imports, plus which imports a lookup
 * actually used (for the unused-import warning). Duplicates are reported when the scope is built.
 */
final class PackageScope {
  final String name;
  final Unit.Idl unit;
  final Map<String, Decl> decls = new LinkedHashMap<>();
  final Map<String, Unit.Import> imports = new LinkedHashMap<>();
  final Set<String> usedImports = new HashSet<>();

  PackageScope(String name, Unit.Idl unit, Diagnostics diagnostics) {
    this.name = name;
    this.unit = unit;
    for (Decl d : unit.decls()) {
      String n = d.name().text();
      if (IntKind.byName(n) != null || n.equals("Handle")) {
        diagnostics.report(Rule.NK0209.at(d.name().span(),
            "'" + n + "' is a built-in type; choose another name for this " + d.kindWord()));
        continue;
      }
      Decl first = decls.putIfAbsent(n, d);
      if (first != null) {
        diagnostics.report(Rule.NK0204.at(d.name().span(),
                "'" + n + "' is already declared in package '" + name + "'")
            .withNote("first declared here as a " + first.kindWord(), first.name().span()));
      }
    }
    for (Unit.Import imp : unit.imports()) {
      Unit.Import first = imports.putIfAbsent(imp.name().text(), imp);
      if (first != null) {
        diagnostics.report(Rule.NK0210.at(imp.span(), "package '" + imp.name().text() + "' is imported twice")
            .withNote("first imported here", first.span()));
      }
    }
  }

  /** The package name's qualifier ({@code a.b} of {@code a.b.C}), empty for a root package. */
  String qualifier() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
