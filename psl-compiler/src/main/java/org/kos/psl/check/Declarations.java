package org.kos.psl.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.model.Component;
import org.kos.nkc.resolve.Suggest;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.PslFile;
import org.kos.psl.model.ProcessClass;
import org.kos.psl.model.SecurityModel;
import org.kos.psl.resolve.ClassTable;
import org.kos.psl.resolve.LoadedPolicy;
import org.kos.psl.rules.PslRule;

/**
 * The declarations of a policy's files gathered into tables: process classes (from {@code use EDL}
 * and {@code task class}), models, type aliases, object declarations, audit profiles, bindings and
 * tests. Duplicates are reported here; identical repeated {@code use EDL} lines count once.
 */
final class Declarations {
  final Map<String, ProcessClass> classes = new TreeMap<>();
  final Map<String, SecurityModel> models = new LinkedHashMap<>();
  final Map<String, Decl.TypeAlias> aliases = new LinkedHashMap<>();
  private final Map<String, Decl.TypeAlias> userAliases = new LinkedHashMap<>();
  /** Object declarations in include order, and whether each comes from an SDK file. */
  final Map<String, Decl.PolicyObject> objects = new LinkedHashMap<>();
  final Map<Decl.PolicyObject, Boolean> sdkObjects = new java.util.IdentityHashMap<>();
  final Map<String, Decl.AuditProfile> profiles = new LinkedHashMap<>();
  final List<Decl.Binding> bindings = new ArrayList<>();
  final List<Decl.TestSet> tests = new ArrayList<>();
  /** Bindings of SDK files: where their warnings are shown instead (the user's use line). */
  final Map<Decl.Binding, SourceSpan> sdkBindingUse = new java.util.IdentityHashMap<>();
  Decl.AuditDefault auditDefault;
  Decl.ExecuteInterface executeInterface;

  private final Diagnostics diagnostics;
  private final ClassTable table;

  Declarations(LoadedPolicy loaded, ClassTable table, Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.table = table;
    for (int i = 0; i < loaded.files().size(); i++) {
      PslFile file = loaded.files().get(i);
      SourceSpan userUse = userUse(loaded, i);
      String fragment = fragmentName(loaded, i);
      for (Decl d : file.declarations()) {
        add(d, file.source().sdk(), fragment, userUse);
      }
    }
    // A top-level type in a user file is PS0112 already; it still names its type, so that its uses
    // are not a second error. The SDK's aliases win over a user's of the same name.
    userAliases.forEach(aliases::putIfAbsent);
  }

  /** The span of the user's {@code use} that (through SDK files) brought file {@code i} in. */
  private static SourceSpan userUse(LoadedPolicy loaded, int i) {
    Decl.Use use = loaded.includedBy().get(i);
    while (use != null) {
      PslFile includer = null;
      for (int j = 0; j < loaded.files().size(); j++) {
        if (loaded.files().get(j).source().file() == use.span().file()) {
          includer = loaded.files().get(j);
          if (!includer.source().sdk()) {
            return use.span();
          }
          use = loaded.includedBy().get(j);
          break;
        }
      }
      if (includer == null) {
        return use.span();
      }
    }
    return null;
  }

  private static String fragmentName(LoadedPolicy loaded, int i) {
    Decl.Use use = loaded.includedBy().get(i);
    return use == null ? null : use.fragment().text();
  }

  private void add(Decl d, boolean sdk, String fragment, SourceSpan userUse) {
    if (d instanceof Decl.UseEdl u) {
      addClass(u.className().text(), u.className().text(), u.className().span(), u.span());
    } else if (d instanceof Decl.TaskClass t) {
      if (t.edl() == null) {
        diagnostics.report(PslRule.PS0211.at(t.span(), "'task class " + t.className().text()
            + "' names no EDL: the class has no endpoints; write 'task class " + t.className().text() + " : <EDL>'"));
        addClass(t.className().text(), null, t.className().span(), t.span());
      } else {
        addClass(t.className().text(), t.edl().text(), t.edl().span(), t.span());
      }
    } else if (d instanceof Decl.Model m) {
      if (sdk) {
        models.putIfAbsent(m.name().text(), new SecurityModel(m.name().text(), m.auditable(),
            m.parameters().stream().map(n -> n.text()).toList(), m, fragment));
      }
    } else if (d instanceof Decl.TypeAlias a) {
      if (sdk) {
        aliases.putIfAbsent(a.name().text(), a);
      } else {
        userAliases.putIfAbsent(a.name().text(), a);
      }
    } else if (d instanceof Decl.PolicyObject o) {
      Decl.PolicyObject before = objects.putIfAbsent(o.name().text(), o);
      if (before != null) {
        diagnostics.report(PslRule.PS0209.at(o.name().span(), "object '" + o.name().text() + "' is declared twice")
            .withNote("first declared here", before.name().span()));
      } else {
        sdkObjects.put(o, sdk);
      }
    } else if (d instanceof Decl.AuditProfile p) {
      Decl.AuditProfile before = profiles.putIfAbsent(p.name().text(), p);
      if (before != null) {
        diagnostics.report(PslRule.PS0209.at(p.name().span(), "audit profile '" + p.name().text()
            + "' is declared twice").withNote("first declared here", before.name().span()));
      }
    } else if (d instanceof Decl.AuditDefault a) {
      if (auditDefault != null) {
        diagnostics.report(PslRule.PS0209.at(a.span(), "'audit default' is given twice")
            .withNote("first given here", auditDefault.span()));
      } else {
        auditDefault = a;
      }
    } else if (d instanceof Decl.ExecuteInterface e) {
      addExecuteInterface(e);
    } else if (d instanceof Decl.Binding b) {
      bindings.add(b);
      if (sdk && userUse != null) {
        sdkBindingUse.put(b, userUse);
      }
    } else if (d instanceof Decl.TestSet t) {
      tests.add(t);
    }
  }

  private void addExecuteInterface(Decl.ExecuteInterface e) {
    if (!e.iface().text().equals("kl.core.Execute")) {
      String best = Suggest.closest(e.iface().text(), List.of("kl.core.Execute"));
      diagnostics.report(PslRule.PS0210.at(e.iface().span(), "the execute interface is kl.core.Execute, not '"
          + e.iface().text() + "'" + (best == null ? "" : "")));
      return;
    }
    if (executeInterface == null) {
      executeInterface = e;
    }
  }

  private void addClass(String name, String edl, SourceSpan edlSpan, SourceSpan declared) {
    ProcessClass before = classes.get(name);
    if (before != null) {
      if (before.edl() == null ? edl != null : !before.edl().equals(edl)) {
        diagnostics.report(PslRule.PS0209.at(declared, "class '" + name + "' is declared twice, from different EDLs ("
            + before.edl() + " and " + edl + ")").withNote("first declared here", before.declaredAt()));
      }
      return;
    }
    Component c = edl == null ? null : table.edlClass(edl);
    if (edl != null && c == null) {
      // Reported once per EDL when the EDLs were located (PS0203); the class still exists for checks.
      classes.put(name, new ProcessClass(name, edl, List.of(), null, declared));
      return;
    }
    classes.put(name, new ProcessClass(name, edl, edl == null ? List.of() : table.endpoints(edl),
        c == null ? null : c.security().map(Component.Security::iface).orElse(null), declared));
  }
}
