package org.kos.einit.solution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.model.Policy;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.EinitResult;
import org.kos.einit.manifest.Manifest;
import org.kos.einit.rules.EinitRule;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.source.SdkRoot;
import org.kos.nkc.source.SearchPath;

/**
 * Everything about a solution that can be checked before compiling: solution.yaml (its form, the
 * files it names), init.yaml against the NK files, and that every task's path is a program. Each
 * problem is a diagnostic with its position; the build compiles only a solution without errors.
 */
public final class SolutionCheck {
  /** The diagnostics, and the spec and manifest when there were no errors. */
  public record Result(List<Diagnostic> diagnostics, Optional<SolutionSpec> spec, Optional<Manifest> manifest,
      Optional<Policy> policy) {
    public boolean hasErrors() {
      return manifest.isEmpty();
    }
  }

  private SolutionCheck() {}

  /**
   * @throws SolutionException when DIR has no solution.yaml
   * @throws IOException when a file cannot be read
   */
  public static Result check(Path dir) throws IOException, SolutionException {
    return check(dir, null, true);
  }

  /**
   * As {@link #check(Path)}, with the rules of SDK generation {@code sdk} when it is not null
   * (--sdk wins over solution.yaml's 'sdk:'); with {@code toBuild} false (an audit: nothing is
   * compiled or run), a task running one of the SDK's programs needs no program of the solution's own.
   *
   * @throws SolutionException when DIR has no solution.yaml
   * @throws IOException when a file cannot be read
   */
  public static Result check(Path dir, SdkVersion sdk, boolean toBuild) throws IOException, SolutionException {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SolutionSpec> spec = SolutionSpec.read(dir, diagnostics);
    if (spec.isEmpty()) {
      return new Result(diagnostics.sorted(), spec, Optional.empty(), Optional.empty());
    }
    if (sdk != null) {
      spec = Optional.of(spec.get().withSdk(sdk));
    }
    EinitResult einit = Einit.check(new EinitRequest(spec.get().initYaml(), spec.get().nkDirs(), Map.of(),
        spec.get().sdk()));
    einit.diagnostics().forEach(diagnostics::report);
    if (einit.hasErrors()) {
      return new Result(diagnostics.sorted(), spec, Optional.empty(), Optional.empty());
    }
    Manifest manifest = einit.manifest().orElseThrow();
    everyTaskHasAProgram(spec.get(), manifest, toBuild, diagnostics);
    Optional<Policy> policy = Optional.empty();
    if (spec.get().policy() != null) {
      PslResult psl = PslCompiler.check(new PslRequest(List.of(spec.get().policy()), spec.get().nkDirs(), Map.of(),
          false, spec.get().sdk()));
      psl.diagnostics().forEach(diagnostics::report);
      if (!psl.hasErrors() && psl.policies().size() == 1) {
        policy = Optional.of(psl.policies().get(0));
      }
    }
    boolean ok = !diagnostics.hasErrors();
    return new Result(diagnostics.sorted(), spec, ok ? Optional.of(manifest) : Optional.empty(),
        ok ? policy : Optional.empty());
  }

  /** A class declared by the bundled SDK (docs/nk-sdk.md), other than the kernel and Einit. */
  private static boolean isSdkProgram(String className) throws IOException {
    return !className.equals("kl.core.Core") && !className.equals("Einit")
        && SdkRoot.INSTANCE.open(SearchPath.relativePath(className, UnitKind.EDL)) != null;
  }

  private static void everyTaskHasAProgram(SolutionSpec spec, Manifest manifest, boolean toBuild,
      Diagnostics diagnostics) throws IOException {
    for (Manifest.Task task : manifest.tasks()) {
      boolean sdkProgram = !spec.programs().containsKey(task.path()) && isSdkProgram(task.className());
      if (sdkProgram && !toBuild) {
        continue;
      }
      if (sdkProgram) {
        diagnostics.report(EinitRule.EI0019.at(spec.programsAt(), "task '" + task.name() + "' of "
            + spec.dir().relativize(spec.initYaml()) + " runs '" + task.path() + "', the SDK program "
            + task.className() + ": the reference kernel has no implementation of the vendor's programs; "
            + "add a program '" + task.path() + "' of your own that serves " + task.className()
            + "'s endpoints, or leave the task out of the solution"));
      } else if (!spec.programs().containsKey(task.path())) {
        String known = spec.programs().isEmpty() ? "there are none" : "there are " + String.join(", ", spec.programs().keySet());
        diagnostics.report(EinitRule.EI0014.at(spec.programsAt(), "task '" + task.name() + "' of "
            + spec.dir().relativize(spec.initYaml()) + " runs '" + task.path()
            + "', which is not among the programs (" + known + "): add a program '" + task.path() + "'"));
      }
    }
  }
}
