package org.kos.einit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kos.einit.check.Solution;
import org.kos.einit.check.SolutionChecker;
import org.kos.einit.manifest.Manifest;
import org.kos.einit.yaml.InitYaml;
import org.kos.einit.yaml.InitYamlReader;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.SourceRoot;
import org.kos.nkc.template.Expansion;
import org.kos.nkc.template.MacroExpander;

/**
 * einit-gen's entry point: expand the template, read the YAML, check it against the interfaces
 * and order what Einit does. Used by {@code kos einit}; the generators take the manifest.
 */
public final class Einit {
  private Einit() {}

  /** @throws IOException when the init.yaml, an EDL or a file it uses cannot be read */
  public static EinitResult check(EinitRequest request) throws IOException {
    SourceFile file = SourceFile.read(request.initYaml());
    Expansion expansion = MacroExpander.isTemplate(request.initYaml().getFileName().toString())
        ? MacroExpander.expand(file, request.macros())
        : Expansion.identity(file);
    Diagnostics diagnostics = new Diagnostics();
    Optional<InitYaml> yaml = InitYamlReader.read(expansion, diagnostics);
    Optional<Solution> solution = Optional.empty();
    if (yaml.isPresent()) {
      solution = SolutionChecker.check(yaml.get(), roots(request), diagnostics, request.sdk());
    }
    return new EinitResult(diagnostics.sorted(), solution.map(s -> Manifest.of(s, request.sdk())));
  }

  private static List<SourceRoot> roots(EinitRequest request) {
    if (!request.includeDirs().isEmpty()) {
      return request.includeDirs().stream().map(d -> (SourceRoot) new DirectoryRoot(d)).toList();
    }
    return List.of(new DirectoryRoot(request.initYaml().getParent() == null ? Path.of("") : request.initYaml().getParent()));
  }
}
