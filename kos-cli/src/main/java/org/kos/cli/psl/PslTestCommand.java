package org.kos.cli.psl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.io.AtomicFiles;
import org.kos.ksm.models.Models;
import org.kos.ksm.module.SecurityModule;
import org.kos.ksm.pal.JunitXml;
import org.kos.ksm.pal.PalReport;
import org.kos.ksm.pal.PalRunner;
import org.kos.ksm.pal.PalText;
import org.kos.psl.ir.PolicyIr;
import org.kos.psl.model.Policy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kos psl test}: runs a policy's PAL test sets against its compiled module (the module
 * {@code kos psl compile} writes, read back as the kernel reads it), without booting anything.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Check a security policy and run its tests (assert \"set\" { setup {...} sequence \"test\" {...} "
          + "finally {...} }) against the compiled security module, with the engine kos run uses.",
      "Every sequence is one test: setup, its steps, then finally, with all module state rolled back "
          + "afterwards. A test stops at its first failing step; every test runs. See docs/psl.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   every test passed (or the policy has none)",
      "  1   a test failed, or the policy has errors",
      "  2   usage error (not exactly one top-level policy)",
      "  3   a file could not be read or written"
    })
public final class PslTestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PslInputs sources;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "Also write the results as JUnit XML to FILE (atomically): a testsuite per test set, a "
          + "testcase per sequence.")
  Path junit;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only (no warnings) and failing tests only.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    OnePolicy checked = OnePolicy.check(cl, sources, quiet, "no tests run", "--junit", junit);
    if (checked.policy() == null) {
      return checked.exitCode();
    }
    Policy policy = checked.policy();
    // As kos psl compile writes it: files named relative to the policy's directory.
    java.nio.file.Path base = java.nio.file.Path.of(policy.root().source().file().name()).toAbsolutePath().getParent();
    SecurityModule module = SecurityModule.read(PolicyIr.render(policy, base).getBytes(StandardCharsets.UTF_8));
    PalRunner runner;
    try {
      runner = new PalRunner(module, Models::create);
    } catch (IllegalArgumentException e) {
      cl.getErr().println("error: the policy's objects cannot be created: " + e.getMessage() + "; no tests run");
      return ExitCodes.INPUT_ERROR;
    }
    PalReport report = runner.run();
    PrintWriter out = cl.getOut();
    out.print(quiet ? failuresOnly(report) : PalText.render(report));
    out.flush();
    if (junit != null) {
      AtomicFiles.write(junit, JunitXml.render(report, policy.root().source().file().name()));
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
  }

  /** The text report without its PASS lines. */
  private static String failuresOnly(PalReport report) {
    StringBuilder b = new StringBuilder();
    for (String line : PalText.render(report).split("\n")) {
      if (!line.startsWith("PASS ")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }
}
