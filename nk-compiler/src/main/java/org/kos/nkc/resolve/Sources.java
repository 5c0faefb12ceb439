package org.kos.nkc.resolve;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.parse.Parser;
import org.kos.nkc.rules.Rule;
import org.kos.nkc.source.SearchPath;

/**
 * Every parsed unit by kind and qualified name: the input files first, then files found on the
 * search path on demand (each read and parsed once; misses are remembered too).
 */
public final class Sources {
  private final SearchPath searchPath;
  private final Diagnostics diagnostics;
  private final Map<String, Unit> byKey = new HashMap<>();
  private final Set<Unit> inputs = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Inputs by absolute file path, so one found again on the search path is not read twice. */
  private final Map<String, Unit> inputsByPath = new HashMap<>();
  /** Inputs already reported (NK0206) for a file name that is not their declared name. */
  private final Set<Unit> misnamed = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Unit> loaded = new ArrayList<>();
  /** Files read ahead of the resolver by {@link #prefetch}, with their parse diagnostics (reported when found). */
  private final Map<String, Prefetched> prefetched = new java.util.concurrent.ConcurrentHashMap<>();

  private record Prefetched(SourceFile file, Unit unit, List<org.kos.nkc.diag.Diagnostic> diagnostics) {}

  public Sources(SearchPath searchPath, Diagnostics diagnostics) {
    this.searchPath = searchPath;
    this.diagnostics = diagnostics;
  }

  public SearchPath searchPath() {
    return searchPath;
  }

  private static String key(UnitKind kind, String name) {
    return kind.extension + ":" + name;
  }

  /** Registers a file named by the user; checks its file name against its declared name. */
  public void addInput(Unit unit) {
    inputs.add(unit);
    inputsByPath.putIfAbsent(absolute(unit.file().name()), unit);
    if (unit.name() == null) {
      return; // header unreadable: already reported
    }
    String base = baseName(unit.file().name());
    if (!base.equals(unit.name().last())) {
      misnamed.add(unit);
      diagnostics.report(Rule.NK0206.at(unit.name().span(),
          describe(unit) + " '" + unit.name().text() + "' must be in a file named " + unit.name().last() + "."
              + unit.kind().extension + ", not " + base + "." + unit.kind().extension));
    }
    String key = key(unit.kind(), unit.name().text());
    Unit first = byKey.get(key);
    if (first != null) {
      diagnostics.report(Rule.NK0212.at(unit.name().span(),
              describe(unit) + " '" + unit.name().text() + "' is declared by two files; keep one")
          .withNote("also declared here", first.name().span()));
      return;
    }
    byKey.put(key, unit);
  }

  public boolean isInput(Unit unit) {
    return inputs.contains(unit);
  }

  /** The unit of a kind and name, from the inputs or the search path; null when there is none. */
  public Unit find(UnitKind kind, String name) {
    String key = key(kind, name);
    if (byKey.containsKey(key)) {
      return byKey.get(key);
    }
    Prefetched ahead = prefetched.remove(key);
    SourceFile file = ahead != null ? ahead.file() : searchPath.find(name, kind);
    Unit input = file == null ? null : inputsByPath.get(absolute(file.name()));
    Unit unit;
    if (input != null) {
      unit = input;
    } else if (ahead != null) {
      unit = ahead.unit();
      ahead.diagnostics().forEach(diagnostics::report);
    } else {
      unit = file == null ? null : Parser.parse(file, diagnostics);
    }
    byKey.put(key, unit);
    if (unit != null) {
      if (input == null) {
        loaded.add(unit);
      }
      if (unit.name() != null && !unit.name().text().equals(name) && !misnamed.contains(unit)) {
        diagnostics.report(Rule.NK0206.at(unit.name().span(),
            "this file is found as '" + name + "' on the search path, but declares '" + unit.name().text()
                + "'; the declared name and the file path must agree"));
      }
    }
    return unit;
  }

  /**
   * Reads and parses, in parallel, every file the given units reach through imports, endpoints,
   * component instances and security interfaces, wave by wave, so that the resolver's lookups
   * (which come one at a time) find them parsed. Only a cache: what the resolver never asks for is
   * dropped with its diagnostics, and the result is the same as without it.
   */
  public void prefetch(List<Unit> roots) {
    java.util.Set<String> seen = new java.util.HashSet<>(byKey.keySet());
    List<Unit> wave = roots;
    while (!wave.isEmpty()) {
      List<String> keys = new ArrayList<>();
      for (Unit u : wave) {
        for (String key : references(u)) {
          if (seen.add(key)) {
            keys.add(key);
          }
        }
      }
      List<Prefetched> read = keys.parallelStream().map(this::readAhead).filter(java.util.Objects::nonNull).toList();
      List<Unit> next = new ArrayList<>();
      for (int i = 0; i < read.size(); i++) {
        Prefetched p = read.get(i);
        prefetched.putIfAbsent(key(p.unit().kind(), p.unit().name() == null ? "" : p.unit().name().text()), p);
        next.add(p.unit());
      }
      wave = next;
    }
  }

  private Prefetched readAhead(String key) {
    UnitKind kind = key.startsWith("idl:") ? UnitKind.IDL : key.startsWith("cdl:") ? UnitKind.CDL : UnitKind.EDL;
    String name = key.substring(4);
    SourceFile file;
    try {
      file = searchPath.find(name, kind);
    } catch (java.io.UncheckedIOException e) {
      return null; // the resolver's own lookup reports it
    }
    if (file == null || inputsByPath.containsKey(absolute(file.name()))) {
      return null;
    }
    Diagnostics d = new Diagnostics();
    Unit unit = Parser.parse(file, d);
    if (unit.name() == null || !unit.name().text().equals(name)) {
      return null; // misnamed or unreadable: left to the resolver, which reports it where it looks
    }
    return new Prefetched(file, unit, d.all());
  }

  /** The keys of the units a unit names: imports; endpoints' interfaces, instances' components, security. */
  private static List<String> references(Unit u) {
    List<String> out = new ArrayList<>();
    if (u instanceof Unit.Idl idl) {
      idl.imports().forEach(i -> out.add(key(UnitKind.IDL, i.name().text())));
    } else if (u instanceof Unit.Component c) {
      c.endpoints().forEach(e -> out.add(key(UnitKind.IDL, e.target().text())));
      c.instances().forEach(e -> out.add(key(UnitKind.CDL, e.target().text())));
      if (c.security() != null) {
        out.add(key(UnitKind.IDL, c.security().text()));
      }
    }
    return out;
  }

  /** A file name as an absolute, normalised path (names that are not paths stay as they are). */
  private static String absolute(String fileName) {
    try {
      return Path.of(fileName).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return fileName;
    }
  }

    /** "package", "component" or "class", as messages call a unit. */
  static String describe(Unit unit) {
    return switch (unit.kind()) {
      case IDL -> "package";
      case CDL -> "component";
      case EDL -> "class";
    };
  }

  static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
