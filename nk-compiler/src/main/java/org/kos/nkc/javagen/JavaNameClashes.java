package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.layout.EndpointLayout;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.Declaration;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Interface;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.StructType;
import org.kos.nkc.rules.Rule;

/**
 * The names the Java mapping gives NK declarations, checked for collisions before anything is
 * generated: two declarations that would become one Java class, or a class and a Java package of
 * the same name (NK0701), and two declarations that would become one member of a generated class
 * (NK0702: codec and component constants, codec records, union alternatives). They are valid NK;
 * only this mapping joins them, and it depends on {@code --java-package}, so this is the back
 * end's check, run by {@code kos nk compile}. Each clash is reported at the later declaration with
 * a note at the first.
 */
public final class JavaNameClashes {
  private final Names names;
  private final Diagnostics out = new Diagnostics();

  private JavaNameClashes(JavaOptions options) {
    this.names = new Names(options == null ? JavaOptions.DEFAULT : options);
  }

  /** Every collision of the Java names of the input declarations of {@code model}, sorted. */
  public static List<Diagnostic> find(Model model, Layout layout, JavaOptions options) {
    JavaNameClashes c = new JavaNameClashes(options);
    c.classes(model);
    for (IdlPackage p : model.packages().values()) {
      if (p.input()) {
        p.iface().ifPresent(i -> c.codecMembers(p, i));
        c.alternatives(p);
      }
    }
    for (Component comp : model.components().values()) {
      c.componentMembers(comp, layout.component(comp.name()), false);
    }
    for (Component comp : model.classes().values()) {
      c.componentMembers(comp, layout.taskClass(comp.name()), true);
    }
    return c.out.sorted();
  }

  /** An NK declaration and what it becomes in Java. */
  private record Origin(String what, SourceSpan span) {}

  /**
   * Names in one Java scope: the first claim of a name wins; a later one is reported. Names the
   * generator itself uses are claimed up front without a place.
   */
  private final class Scope {
    private final String rule;
    private final String where;
    private final Map<String, Origin> claimed = new HashMap<>();

    Scope(String rule, String where) {
      this.rule = rule;
      this.where = where;
    }

    Scope reserve(String why, String... javaNames) {
      for (String n : javaNames) {
        claimed.put(n, new Origin(why, null));
      }
      return this;
    }

    /** Reports and returns false when {@code javaName} is taken. */
    boolean claim(String javaName, String kind, Origin o) {
      return claim(javaName, javaName, kind, o);
    }

    boolean claim(String javaName, String shown, String kind, Origin o) {
      Origin first = claimed.putIfAbsent(javaName, o);
      if (first == null) {
        return true;
      }
      String message = o.what() + " maps to the " + kind + " " + shown + where
          + (first.span() == null ? ", which the generated code already declares (" + first.what() + ")"
              : ", as " + first.what() + " does");
      Diagnostic d = Diagnostic.error(rule, o.span(), message);
      out.report(first.span() == null ? d : d.withNote(first.what() + " first declared here", first.span()));
      return false;
    }
  }

  private void classes(Model model) {
    Map<ClassName, Origin> files = new LinkedHashMap<>();
    List<Map.Entry<ClassName, Origin>> all = new ArrayList<>();
    for (IdlPackage p : model.packages().values()) {
      if (!p.input()) {
        continue;
      }
      Origin o = new Origin("IDL package '" + p.name() + "'", p.span());
      all.add(Map.entry(names.packageType(p.name()), o));
      if (CodecGen.needed(p)) {
        all.add(Map.entry(names.packageClass(p.name(), "Codec"), o));
      }
      if (p.iface().isPresent()) {
        all.add(Map.entry(names.packageClass(p.name(), "Proxy"), o));
        all.add(Map.entry(names.packageClass(p.name(), "Dispatcher"), o));
      }
    }
    List<Component> components = new ArrayList<>(model.components().values());
    components.addAll(model.classes().values());
    for (Component c : components) {
      if (c.input()) {
        String kind = c.kind().isClass() ? "EDL " + (c.kind().name().equals("ENTITY") ? "entity" : "task class")
            : "CDL component";
        all.add(Map.entry(names.componentClass(c.name(), c.kind().isClass()), new Origin(kind + " '" + c.name() + "'",
            c.span())));
      }
    }
    // The later declaration (by file, then position) is the one reported, whatever the input order.
    all.sort(Comparator.comparing((Map.Entry<ClassName, Origin> e) -> e.getValue().span().file().name())
        .thenComparingInt(e -> e.getValue().span().start()).thenComparing(e -> e.getKey().canonicalName()));
    Scope scope = new Scope(Rule.NK0701.id(), "");
    for (Map.Entry<ClassName, Origin> e : all) {
      ClassName n = e.getKey();
      scope.claim(n.canonicalName(), n.canonicalName() + " (" + n.packageName().replace('.', '/') + "/"
          + n.simpleName() + ".java)", "Java class", e.getValue());
      files.putIfAbsent(n, e.getValue());
    }
    // javac refuses a class and a package of one name (a/B.java next to a/B/).
    Map<String, Origin> packages = new LinkedHashMap<>();
    files.forEach((n, o) -> packages.putIfAbsent(n.packageName(), o));
    files.forEach((n, o) -> {
      Origin pkg = packages.get(n.canonicalName());
      if (pkg != null) {
        Origin later = before(o, pkg) ? pkg : o;
        Origin first = later == o ? pkg : o;
        out.report(Diagnostic.error(Rule.NK0701.id(), later.span(), later.what() + " and " + first.what()
            + " map to the Java class " + n.canonicalName() + " and the Java package of the same name, which"
            + " javac refuses").withNote(first.what() + " first declared here", first.span()));
      }
    });
  }

  private static boolean before(Origin a, Origin b) {
    int byFile = a.span().file().name().compareTo(b.span().file().name());
    return byFile != 0 ? byFile < 0 : a.span().start() < b.span().start();
  }

  private void codecMembers(IdlPackage p, Interface iface) {
    String codec = names.packageClass(p.name(), "Codec").canonicalName();
    Scope constants = new Scope(Rule.NK0702.id(), " in " + codec)
        .reserve("a bound over all methods", MessageCodecGen.INTERFACE_CONSTANTS.toArray(String[]::new));
    Scope methods = new Scope(Rule.NK0702.id(), " in " + codec + " and " + names.packageType(p.name()).canonicalName());
    for (Method m : iface.methods()) {
      Origin o = new Origin("method '" + m.name() + "'", m.span());
      if (!methods.claim(Names.upperCamel(m.name()), "Java names (records, codec methods)", o)) {
        continue;
      }
      String c = Names.constant(m.name());
      if (!constants.claim("MID_" + c, "constant", o)) {
        continue;
      }
      for (String kind : List.of("_REQUEST", "_RESPONSE", "_ERROR")) {
        if (kind.equals("_ERROR") && m.errors().isEmpty()) {
          continue;
        }
        boolean ok = true;
        for (String suffix : MessageCodecGen.MESSAGE_CONSTANT_SUFFIXES) {
          ok = ok && constants.claim(c + kind + suffix, "constant", o);
        }
        if (!ok) {
          break;
        }
      }
    }
  }

  private void alternatives(IdlPackage p) {
    for (Declaration d : p.declarations()) {
      if (d instanceof StructType s && s.union()) {
        String union = JavaTypes.declarationName(s.name(), s.pkg());
        Scope scope = new Scope(Rule.NK0702.id(), " in the union " + names.packageType(p.name()).canonicalName()
            + "." + union);
        for (StructType.Field f : s.fields()) {
          scope.claim(PackageTypeGen.alternativeName(f.name(), union), "record",
              new Origin("alternative '" + f.name() + "'", f.span()));
        }
      }
    }
  }

  private void componentMembers(Component c, org.kos.nkc.layout.ComponentLayout cl, boolean isClass) {
    if (!c.input()) {
      return;
    }
    // A path is reported where this component writes its first step: its own endpoint or an instance.
    Map<String, SourceSpan> steps = new HashMap<>();
    c.endpoints().forEach(e -> steps.put(e.name(), e.span()));
    c.instances().forEach(i -> steps.put(i.name(), i.span()));
    Scope scope = new Scope(Rule.NK0702.id(), " in " + names.componentClass(c.name(), isClass).canonicalName())
        .reserve("a bound over all endpoints", ComponentGen.TREE_CONSTANTS.toArray(String[]::new));
    for (EndpointLayout e : cl.endpoints()) {
      String first = e.name().contains(".") ? e.name().substring(0, e.name().indexOf('.')) : e.name();
      Origin o = new Origin("endpoint '" + e.name() + "'", steps.getOrDefault(first, c.span()));
      String k = Names.constant(e.name());
      for (String prefix : ComponentGen.ENDPOINT_CONSTANT_PREFIXES) {
        if (!scope.claim(prefix + k, "constant", o)) {
          break;
        }
      }
    }
  }
}
