package org.kos.ksm.pal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.SecurityModule;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.psl.PslCompiler;
import org.kos.psl.PslRequest;
import org.kos.psl.PslResult;
import org.kos.psl.ir.PolicyIr;

/** Compiling policies of the spec's examples, with tests appended, and running their tests. */
final class Policies {
  static final Path SPEC = Path.of("../testdata/psl/spec");
  static final Path SPEC_NK = SPEC.resolve("nk");

  private Policies() {}

  /** The module of a policy file, checked with the spec's EDL/CDL/IDL files (no errors expected). */
  static SecurityModule compile(Path policy) throws IOException {
    PslResult r = PslCompiler.check(PslRequest.of(List.of(policy), List.of(SPEC_NK)));
    assertFalse(r.hasErrors(), () -> r.diagnostics().stream().map(DiagnosticPrinter::render)
        .collect(Collectors.joining()));
    assertEquals(1, r.policies().size());
    org.kos.psl.model.Policy checked = r.policies().get(0);
    java.nio.file.Path base = java.nio.file.Path.of(checked.root().source().file().name()).toAbsolutePath().getParent();
    return SecurityModule.read(PolicyIr.render(checked, base).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code example} (a file of the spec's examples) plus {@code tests} to {@code dir}; runs the tests. */
  static PalReport run(Path dir, String example, String tests) throws IOException {
    return runText(dir, Files.readString(SPEC.resolve(example)) + "\n" + tests);
  }

  /** Writes a policy to {@code dir} and runs its tests. */
  static PalReport runText(Path dir, String policy) throws IOException {
    Path p = dir.resolve("security.psl");
    Files.writeString(p, policy);
    return new PalRunner(compile(p), Models::create).run();
  }

  /** The spec's kernel, Einit, client and server started, as 13.9 does. */
  static final String SETUP = """
      setup {
          core  <- execute dst=kl.core.Core
          einit <- execute src=core dst=Einit
          c     <- execute src=einit dst=demo.Client
          s     <- execute src=einit dst=demo.Server
      }
      """;
}
