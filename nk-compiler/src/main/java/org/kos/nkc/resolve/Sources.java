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
    SourceFile file = searchPath.find(name, kind);
    Unit input = file == null ? null : inputsByPath.get(absolute(file.name()));
    Unit unit = input != null ? input : file == null ? null : Parser.parse(file, diagnostics);
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
