package org.kos.psl.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.PslFile;
import org.kos.psl.parse.PslParser;
import org.kos.psl.rules.PslRule;
import org.kos.psl.source.PslSearchPath;
import org.kos.psl.source.PslSources;

/**
 * Follows {@code use a.b._} from a policy through the search path. Each file is parsed once per run,
 * however many policies include it (shared across policies: safe, as parsing has no context), and
 * included once per policy. A file that includes itself through a chain is a use cycle (PS0202).
 */
public final class PolicyLoader {
  private final java.util.List<java.nio.file.Path> dirs;
  private final Map<String, String> macros;
  /** Parsed files by key (absolute path or {@code <sdk>/...}), with the diagnostics their parse gave. */
  private final Map<String, Parsed> cache = new ConcurrentHashMap<>();

  private record Parsed(PslFile file, List<Diagnostic> diagnostics) {}

  /** @param dirs the {@code -I} directories; each policy's own directory is searched after them */
  public PolicyLoader(java.util.List<java.nio.file.Path> dirs, Map<String, String> macros) {
    this.dirs = java.util.List.copyOf(dirs);
    this.macros = macros;
  }

  /** Files whose parse reported errors: their policies are not checked further (the errors would cascade). */
  private final java.util.Set<PslFile> broken = java.util.Collections.newSetFromMap(new ConcurrentHashMap<>());

  /**
   * Registers an input file already parsed, so a {@code use} that finds the same file reuses it; its
   * parse diagnostics were reported by the caller and are not repeated.
   */
  public void addParsed(String key, PslFile file, boolean hasErrors) {
    cache.put(key, new Parsed(file, List.of()));
    if (hasErrors) {
      broken.add(file);
    }
  }

  /** Whether a file of the policy did not parse. */
  public boolean hasSyntaxErrors(LoadedPolicy policy) {
    return policy.files().stream().anyMatch(broken::contains);
  }

  /** Loads the closure of {@code root}; problems of the fragments (parse errors, missing files, cycles) go to {@code diagnostics}. */
  public LoadedPolicy load(PslFile root, java.nio.file.Path rootDir, Diagnostics diagnostics) {
    java.util.List<java.nio.file.Path> search = new ArrayList<>(dirs);
    // rootDir is absolute; the -I directories may be relative (-I .): compare them the same way.
    if (rootDir != null && search.stream().noneMatch(d -> d.toAbsolutePath().normalize().equals(rootDir))) {
      search.add(rootDir);
    }
    PslSearchPath path = new PslSearchPath(search);
    List<PslFile> files = new ArrayList<>();
    List<Decl.Use> includedBy = new ArrayList<>();
    files.add(root);
    includedBy.add(null);
    Map<PslFile, Boolean> seen = new IdentityHashMap<>();
    seen.put(root, true);
    visit(path, root, new LinkedHashMap<>(), seen, files, includedBy, diagnostics);
    return new LoadedPolicy(root, files, includedBy);
  }

  /** Depth first, with the chain of files being visited (for cycles); the chain is explicit, not the Java stack's. */
  private void visit(PslSearchPath path, PslFile start, LinkedHashMap<PslFile, Decl.Use> chain, Map<PslFile, Boolean> seen,
      List<PslFile> files, List<Decl.Use> includedBy, Diagnostics diagnostics) {
    record Frame(PslFile file, List<Decl.Use> uses, int next) {}
    List<Frame> stack = new ArrayList<>();
    stack.add(new Frame(start, uses(start), 0));
    chain.put(start, null);
    while (!stack.isEmpty()) {
      Frame top = stack.get(stack.size() - 1);
      if (top.next() == top.uses().size()) {
        stack.remove(stack.size() - 1);
        chain.remove(top.file());
        continue;
      }
      stack.set(stack.size() - 1, new Frame(top.file(), top.uses(), top.next() + 1));
      Decl.Use use = top.uses().get(top.next());
      PslFile target = fetch(path, use, diagnostics);
      if (target == null) {
        continue;
      }
      if (chain.containsKey(target)) {
        reportCycle(use, target, chain, diagnostics);
        continue;
      }
      if (seen.put(target, true) != null) {
        continue;
      }
      files.add(target);
      includedBy.add(use);
      chain.put(target, use);
      stack.add(new Frame(target, uses(target), 0));
    }
  }

  private static List<Decl.Use> uses(PslFile file) {
    List<Decl.Use> uses = new ArrayList<>();
    for (Decl d : file.declarations()) {
      if (d instanceof Decl.Use u) {
        uses.add(u);
      }
    }
    return uses;
  }

  private void reportCycle(Decl.Use use, PslFile target, LinkedHashMap<PslFile, Decl.Use> chain,
      Diagnostics diagnostics) {
    Diagnostic d = PslRule.PS0202.at(use.fragment().span(), "use cycle: '" + use.fragment().text()
        + "' includes, through the chain below, the file that includes it");
    boolean inCycle = false;
    for (Map.Entry<PslFile, Decl.Use> e : chain.entrySet()) {
      if (e.getKey() == target) {
        inCycle = true;
        continue;
      }
      if (inCycle && e.getValue() != null) {
        d = d.withNote("'" + e.getValue().fragment().text() + "' is used here", e.getValue().fragment().span());
      }
    }
    diagnostics.report(d);
  }

  private PslFile fetch(PslSearchPath path, Decl.Use use, Diagnostics diagnostics) {
    String fragment = use.fragment().text();
    PslSearchPath.Found found = path.find(fragment);
    if (found == null) {
      String hint = fragment.startsWith("nk.")
          ? "; the standard models are nk.base, nk.basic, nk.regex, nk.hashmap, nk.staticmap, nk.flow and nk.mic"
          : "";
      diagnostics.report(PslRule.PS0201.at(use.fragment().span(), "policy fragment '" + fragment + "' not found: no "
          + PslSearchPath.relativePath(fragment) + " in " + path.describe() + hint));
      return null;
    }
    Parsed parsed = cache.computeIfAbsent(found.key(), k -> {
      Diagnostics d = new Diagnostics();
      org.kos.nkc.diag.SourceFile source;
      try {
        source = found.read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PslFile file = PslParser.parse(PslSources.open(source, found.sdk(), macros, d), d);
      if (d.hasErrors()) {
        broken.add(file);
      }
      return new Parsed(file, d.all());
    });
    parsed.diagnostics().forEach(diagnostics::report);
    return parsed.file();
  }

  /** Every file parsed so far (inputs and fragments), for collecting the EDLs a run needs. */
  public List<PslFile> parsedFiles() {
    List<PslFile> all = new ArrayList<>();
    new HashMap<>(cache).values().forEach(p -> all.add(p.file()));
    return all;
  }
}
