package org.kos.psl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.model.Model;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.SdkRoot;
import org.kos.nkc.source.SearchPath;
import org.kos.nkc.source.SourceRoot;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.PslFile;
import org.kos.psl.ast.QName;
import org.kos.psl.check.PolicyChecker;
import org.kos.psl.model.Policy;
import org.kos.psl.parse.PslParser;
import org.kos.psl.resolve.ClassTable;
import org.kos.psl.resolve.LoadedPolicy;
import org.kos.psl.resolve.PolicyLoader;
import org.kos.psl.rules.PslRule;
import org.kos.psl.source.PslSources;

/**
 * The PSL front end's entry point: parse the inputs (in parallel), find the top-level policies (the
 * inputs no other input includes), load their fragments, compile every EDL they name with the NK
 * compiler once for the whole run, then check each policy. Used by {@code kos psl} and, next, by the
 * security module's compiler.
 */
public final class PslCompiler {
  private PslCompiler() {}

  /** @throws IOException when an input or a file on the search path cannot be read */
  public static PslResult check(PslRequest request) throws IOException {
    List<Parsed> inputs;
    try {
      inputs = request.inputs().parallelStream().map(p -> parse(p, request.macros())).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Diagnostics all = new Diagnostics();
    inputs.forEach(p -> p.diagnostics().forEach(all::report));
    if (request.syntaxOnly()) {
      return new PslResult(all.sorted(), List.of());
    }
    PolicyLoader loader = new PolicyLoader(request.includeDirs(), request.macros());
    inputs.forEach(p -> loader.addParsed(p.key(), p.file(), p.diagnostics().stream().anyMatch(Diagnostic::isError)));
    Map<PslFile, LoadedPolicy> closures = new IdentityHashMap<>();
    Map<PslFile, Diagnostics> loadDiagnostics = new IdentityHashMap<>();
    Set<PslFile> included = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    try {
      for (Parsed p : inputs) {
        Diagnostics d = new Diagnostics();
        LoadedPolicy loaded = loader.load(p.file(), p.dir(), d);
        closures.put(p.file(), loaded);
        loadDiagnostics.put(p.file(), d);
        loaded.files().stream().skip(1).forEach(included::add);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<LoadedPolicy> roots = new ArrayList<>();
    Set<PslFile> covered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Parsed p : inputs) {
      if (!included.contains(p.file())) {
        roots.add(closures.get(p.file()));
        covered.addAll(closures.get(p.file()).files());
        loadDiagnostics.get(p.file()).all().forEach(all::report);
      }
    }
    // Inputs that include one another in a cycle, with no other input including them, would otherwise
    // not be checked at all (nor their use cycle reported): the first of each such group is a policy.
    for (Parsed p : inputs) {
      if (!covered.contains(p.file())) {
        roots.add(closures.get(p.file()));
        covered.addAll(closures.get(p.file()).files());
        loadDiagnostics.get(p.file()).all().forEach(all::report);
      }
    }
    // A policy with a file that did not parse is not checked further: its errors would cascade.
    roots.removeIf(loader::hasSyntaxErrors);
    ClassTable table = new ClassTable(compileClasses(roots, request.includeDirs(), all, request.sdk()));
    record Checked(Policy policy, Diagnostics diagnostics) {}
    List<Checked> checked = roots.parallelStream().map(r -> {
      Diagnostics d = new Diagnostics();
      return new Checked(PolicyChecker.check(r, table, d), d);
    }).toList();
    checked.forEach(c -> c.diagnostics().all().forEach(all::report));
    List<Policy> policies = all.hasErrors() ? List.of() : checked.stream().map(Checked::policy).toList();
    return new PslResult(all.sorted(), policies);
  }

  /** An input: its identity, its directory (searched for its fragments after -I), its tree. */
  private record Parsed(String key, Path dir, PslFile file, List<Diagnostic> diagnostics) {}

  private static Parsed parse(Path path, Map<String, String> macros) {
    try {
      SourceFile file = SourceFile.read(path);
      Diagnostics d = new Diagnostics();
      PslFile parsed = PslParser.parse(PslSources.open(file, false, macros, d), d);
      Path abs = path.toAbsolutePath().normalize();
      return new Parsed(abs.toString(), abs.getParent(), parsed, d.all());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finds the EDL of every class the policies name ({@code use EDL a.b.C}, {@code task class X : a.b.C})
   * and compiles them together, once. Missing EDLs are PS0203 at each place that names them; NK errors
   * in what was found are reported as they are. The model is null when the NK files have errors.
   */
  private static Model compileClasses(List<LoadedPolicy> roots, List<Path> includeDirs, Diagnostics diagnostics,
      org.kos.nkc.sdk.SdkVersion sdk)
      throws IOException {
    List<SourceRoot> nkRoots = new ArrayList<>();
    includeDirs.forEach(d -> nkRoots.add(new DirectoryRoot(d)));
    nkRoots.add(SdkRoot.INSTANCE);
    SearchPath path = new SearchPath(nkRoots);
    Map<String, SourceFile> found = new LinkedHashMap<>();
    Set<PslFile> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (LoadedPolicy root : roots) {
      for (PslFile file : root.files()) {
        if (!seen.add(file)) {
          continue;
        }
        for (Decl d : file.declarations()) {
          QName edl = d instanceof Decl.UseEdl u ? u.className()
              : d instanceof Decl.TaskClass t ? t.edl() : null;
          if (edl == null) {
            continue;
          }
          String name = edl.text();
          if (found.containsKey(name)) {
            continue;
          }
          SourceFile f;
          try {
            f = path.find(name, UnitKind.EDL);
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
          if (f != null) {
            found.put(name, f);
          } else {
            diagnostics.report(PslRule.PS0203.at(edl.span(), "class '" + name + "' not found: no "
                + SearchPath.relativePath(name, UnitKind.EDL) + " in " + path.describe()
                + "; add its directory with -I"));
          }
        }
      }
    }
    if (found.isEmpty()) {
      return new Model(new java.util.TreeMap<>(), new java.util.TreeMap<>(), new java.util.TreeMap<>());
    }
    List<CompileRequest.Input> inputs = found.values().stream().map(CompileRequest.Input::of).toList();
    CompileResult nk = NkCompiler.compile(new CompileRequest(inputs, List.copyOf(nkRoots.subList(0,
        nkRoots.size() - 1)), true, false, sdk));
    nk.diagnostics().stream().filter(Diagnostic::isError).forEach(diagnostics::report);
    return nk.model().orElse(null);
  }
}
