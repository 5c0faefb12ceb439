package org.kos.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kos.audit.analysis.Access;
import org.kos.audit.analysis.PolicyAnalyzer;
import org.kos.audit.analysis.Positions;
import org.kos.audit.analysis.Wiring;
import org.kos.audit.danger.KernelDangers;
import org.kos.audit.findings.Findings;
import org.kos.einit.Einit;
import org.kos.einit.EinitRequest;
import org.kos.einit.EinitResult;
import org.kos.einit.manifest.Manifest;
import org.kos.einit.solution.SolutionCheck;
import org.kos.einit.solution.SolutionException;
import org.kos.einit.solution.SolutionSpec;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.ast.EventKind;
import org.kos.psl.model.Policy;
import org.kos.psl.model.ProcessClass;

/** The entry point: a solution, or an init.yaml and a policy, to an {@link AuditReport}. */
public final class PolicyAudit {
  private PolicyAudit() {}

  /** The diagnostics of the inputs (as {@code kos psl check} / {@code kos einit check} give them) and the report when they have no errors. */
  public record Result(List<Diagnostic> diagnostics, Optional<AuditReport> report) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Audits a solution directory: solution.yaml, its init.yaml and policy, checked as {@code kos solution
   * build} checks them, except that a task may run one of the SDK's programs without a program of the
   * solution's own (the audit compiles and runs nothing).
   *
   * @throws SolutionException when DIR has no solution.yaml, or the solution has no policy
   * @throws IOException when a file cannot be read
   */
  public static Result solution(Path dir) throws IOException, SolutionException {
    return solution(dir, null);
  }

  /** As {@link #solution(Path)}, with the rules of SDK generation {@code sdk} when not null (wins over 'sdk:'). */
  public static Result solution(Path dir, SdkVersion sdk) throws IOException, SolutionException {
    SolutionCheck.Result checked = SolutionCheck.check(dir, sdk, false);
    if (checked.hasErrors()) {
      return new Result(checked.diagnostics(), Optional.empty());
    }
    SolutionSpec spec = checked.spec().orElseThrow();
    if (checked.policy().isEmpty()) {
      throw new SolutionException(dir + ": the solution has no security policy (security.psl, or 'policy:' in "
          + SolutionSpec.FILE_NAME + "): nothing to audit, and nothing is enforced");
    }
    return new Result(checked.diagnostics(), Optional.of(analyse(checked.policy().get(), checked.manifest().orElseThrow(),
        spec.dir(), spec.policy(), spec.initYaml())));
  }

  /**
   * Audits an init.yaml and a policy, with the NK (and PSL) search path {@code includeDirs}; names in
   * the report are relative to the policy's directory.
   *
   * @throws IOException when a file cannot be read
   */
  public static Result files(Path initYaml, Path policyFile, List<Path> includeDirs) throws IOException {
    return files(initYaml, policyFile, includeDirs, SdkVersion.NEWEST);
  }

  /** As {@link #files(Path, Path, List)}, with the rules and einit of SDK generation {@code sdk}. */
  public static Result files(Path initYaml, Path policyFile, List<Path> includeDirs, SdkVersion sdk) throws IOException {
    Diagnostics all = new Diagnostics();
    // The two checks are independent (each compiles the NK it needs): init.yaml's on a second thread.
    CompletableFuture<EinitResult> einitCheck = CompletableFuture.supplyAsync(() -> {
      try {
        return Einit.check(new EinitRequest(initYaml, includeDirs, Map.of(), sdk));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    PslResult psl = PslCompiler.check(new PslRequest(List.of(policyFile), includeDirs, Map.of(), false, sdk));
    EinitResult einit;
    try {
      einit = einitCheck.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    einit.diagnostics().forEach(all::report);
    psl.diagnostics().forEach(all::report);
    if (all.hasErrors() || einit.manifest().isEmpty() || psl.policies().size() != 1) {
      return new Result(all.sorted(), Optional.empty());
    }
    Path base = policyFile.toAbsolutePath().normalize().getParent();
    return new Result(all.sorted(), Optional.of(analyse(psl.policies().get(0), einit.manifest().get(), base, policyFile,
        initYaml)));
  }

  /** The report of a checked policy over a checked init.yaml; files named relative to {@code base}. */
  public static AuditReport analyse(Policy policy, Manifest manifest, Path base, Path policyFile, Path initYaml) {
    Positions positions = new Positions(base);
    KernelDangers dangers = KernelDangers.bundled();
    PolicyAnalyzer analyzer = new PolicyAnalyzer(policy, positions);
    List<Access> reachable = analyzer.reachable();
    Wiring wiring = Wiring.of(manifest, positions);
    Findings findings = new Findings(policy, positions, dangers);
    List<AuditReport.ClassEntry> classes = new ArrayList<>();
    for (ProcessClass c : policy.classes().values()) {
      List<AuditReport.Grant> requests = new ArrayList<>();
      List<AuditReport.Grant> responses = new ArrayList<>();
      List<AuditReport.Grant> execute = new ArrayList<>();
      List<AuditReport.Grant> security = new ArrayList<>();
      for (Access a : reachable) {
        if (!a.src().equals(c.name())) {
          continue;
        }
        AuditReport.Grant g = new AuditReport.Grant(a, findings.danger(a).orElse(null));
        (a.kind() == EventKind.REQUEST ? requests : a.kind() == EventKind.RESPONSE ? responses
            : a.kind() == EventKind.EXECUTE ? execute : security).add(g);
      }
      classes.add(new AuditReport.ClassEntry(c.name(), c.edl(), PolicyAnalyzer.isKernel(c), wiring.tasksOf(c.name()),
          requests, responses, execute, security));
    }
    return new AuditReport(positions.file(policyFile.toAbsolutePath().normalize().toString()),
        positions.file(initYaml.toAbsolutePath().normalize().toString()), classes, wiring.tasks(),
        wiring.connections(), findings.of(reachable, wiring));
  }
}
