package org.kos.nkc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kos.nkc.ast.QualifiedName;
import org.kos.nkc.ast.Unit;
import org.kos.nkc.check.Checker;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.model.Model;
import org.kos.nkc.parse.Parser;
import org.kos.nkc.resolve.Resolver;
import org.kos.nkc.resolve.Sources;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.SdkRoot;
import org.kos.nkc.source.SearchPath;
import org.kos.nkc.source.SourceRoot;

/**
 * The front end's public entry point: parse the inputs (in parallel, each file independently),
 * resolve them and everything they reach on the search path, check, and hand back the model with
 * every diagnostic. Used by {@code kos nk}, einit-gen, the Maven plugin and the layout stage.
 */
public final class NkCompiler {
  private NkCompiler() {}

  /** @throws IOException when an input or a file on the search path cannot be read */
  public static CompileResult compile(CompileRequest request) throws IOException {
    List<Parsed> parsed;
    try {
      parsed = request.inputs().parallelStream().map(NkCompiler::parse).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    parsed = new ArrayList<>(parsed);
    parsed.sort(Comparator.comparing(p -> p.unit().file().name()));
    Diagnostics diagnostics = new Diagnostics();
    List<Unit> units = new ArrayList<>();
    for (Parsed p : parsed) {
      p.diagnostics().all().forEach(diagnostics::report);
      units.add(p.unit());
    }
    if (request.syntaxOnly()) {
      return new CompileResult(null, diagnostics.sorted(), units);
    }
    List<SourceRoot> roots = new ArrayList<>(request.includeRoots());
    checkPlacement(parsed, roots, diagnostics);
    if (roots.isEmpty()) {
      roots.addAll(inferRoots(parsed));
    }
    if (request.bundledSdk()) {
      roots.add(SdkRoot.INSTANCE);
    }
    Sources sources = new Sources(new SearchPath(roots), diagnostics);
    units.forEach(sources::addInput);
    sources.prefetch(units);
    Model model;
    try {
      model = new Resolver(sources, diagnostics).resolve(units);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Checker.check(model, diagnostics, request.sdk());
    return new CompileResult(diagnostics.hasErrors() ? null : model, inputWarningsOnly(diagnostics, units), units);
  }

  /** Warnings about files the user did not name (the SDK, other projects) are noise: errors only there. */
  private static List<org.kos.nkc.diag.Diagnostic> inputWarningsOnly(Diagnostics diagnostics, List<Unit> units) {
    Set<SourceFile> inputs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    units.forEach(u -> inputs.add(u.file()));
    return diagnostics.sorted().stream()
        .filter(d -> d.isError() || d.span() == null || inputs.contains(d.span().file()))
        .toList();
  }

  private record Parsed(CompileRequest.Input input, Unit unit, Diagnostics diagnostics) {}

  private static Parsed parse(CompileRequest.Input input) {
    try {
      SourceFile file = input.source() != null ? input.source() : SourceFile.read(input.path());
      Diagnostics d = new Diagnostics();
      return new Parsed(input, Parser.parse(file, d), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An input inside an include directory but at another path than its name says cannot be
   * imported or referenced by other files; worth a warning (a different file name is NK0206).
   */
  private static void checkPlacement(List<Parsed> parsed, List<SourceRoot> roots, Diagnostics diagnostics) {
    java.util.Map<Declared, Integer> declared = new java.util.HashMap<>();
    for (Parsed p : parsed) {
      if (p.unit().name() != null) {
        declared.merge(new Declared(p.unit().kind(), p.unit().name().text()), 1, Integer::sum);
      }
    }
    // Each directory root made absolute once, not once per input file.
    List<DirectoryRoot> dirRoots = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (SourceRoot r : roots) {
      if (r instanceof DirectoryRoot d) {
        dirRoots.add(d);
        dirs.add(d.dir().toAbsolutePath().normalize());
      }
    }
    for (Parsed p : parsed) {
      Path path = p.input().path();
      QualifiedName name = p.unit().name();
      if (path == null || name == null || dirs.isEmpty() || declared.get(new Declared(p.unit().kind(), name.text())) > 1) {
        continue; // a name declared twice is NK0212
      }
      String expected = SearchPath.relativePath(name.text(), p.unit().kind());
      Path file = path.toAbsolutePath().normalize();
      String under = null;
      String actual = null;
      boolean matches = false;
      for (int i = 0; i < dirs.size(); i++) {
        Path dir = dirs.get(i);
        if (file.startsWith(dir)) {
          String rel = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
          matches |= rel.equals(expected);
          if (under == null) {
            under = dirRoots.get(i).describe();
            actual = rel;
          }
        }
      }
      if (under != null && !matches && path.getFileName().toString().equals(expected.substring(expected.lastIndexOf('/') + 1))) {
        diagnostics.report(org.kos.nkc.rules.Rule.NK0213.at(name.span(),
            "'" + name.text() + "' belongs at " + expected + ", but this file is at " + actual
                + " in include directory '" + under + "'; other files will not find it"));
      }
    }
  }

  /** A unit's kind and name: two inputs declaring the same are NK0212, not misplaced. */
  private record Declared(org.kos.nkc.ast.UnitKind kind, String name) {}

  /**
   * Without {@code -I}, each input's root is where its package name says it lives: {@code a.b.C}
   * in {@code x/a/b/C.idl} gives {@code x}. A file whose directories do not match gets its own
   * directory.
   */
  private static List<SourceRoot> inferRoots(List<Parsed> parsed) {
    Set<Path> dirs = new LinkedHashSet<>();
    for (Parsed p : parsed) {
      Path path = p.input().path();
      if (path == null) {
        continue;
      }
      Path dir = path.getParent() == null ? Path.of("") : path.getParent();
      QualifiedName name = p.unit().name();
      if (name != null) {
        List<String> parts = name.parts();
        Path d = dir;
        boolean matches = true;
        for (int i = parts.size() - 2; i >= 0 && matches; i--) {
          matches = d != null && d.getFileName() != null && d.getFileName().toString().equals(parts.get(i));
          d = d == null ? null : d.getParent();
        }
        if (matches) {
          dir = d == null ? Path.of("") : d;
        }
      }
      dirs.add(dir);
    }
    return dirs.stream().map(d -> (SourceRoot) new DirectoryRoot(d)).toList();
  }
}
