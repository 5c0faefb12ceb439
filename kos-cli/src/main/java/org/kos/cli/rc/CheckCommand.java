package org.kos.cli.rc;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.rcdb.check.Checker;
import org.kos.rcdb.model.Finding;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.scan.ScanResult;
import org.kos.rcdb.scan.TreeScanner;
import org.kos.rcdb.store.RcDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos rc check [DIR...]}: collisions and malformed codes, as source diagnostics. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Report colliding or malformed codes as source diagnostics.",
        "Checks the database (and the sources under each DIR, scanned afresh without writing) for codes"
        + " that collide or are malformed: RC0001 one value with two names, RC0002 one name with two values,"
        + " RC0003 a solution's code without the customer flag, RC0004 a field wider than its bits;"
        + " RC0005/RC0006 for definitions that cannot be read. Pages: docs/errors/RCxxxx.md."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0   no errors (warnings may have been printed)", "  1   errors were found",
        "  2   nothing to check"})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "DIR", description = "Source directories or files to check too.")
  List<Path> roots = new ArrayList<>();

  @Option(names = "--json", description = "Print diagnostics as JSON.")
  boolean json;

  @Mixin DbOption db;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (roots.isEmpty() && !db.exists()) {
      err.println("kos rc check: nothing to check: no database at " + db.path() + " and no DIR given");
      return ExitCodes.USAGE;
    }
    Path base = db.path().toAbsolutePath().normalize().getParent();
    List<RcEntry> entries;
    try {
      entries = new ArrayList<>(Databases.entries(db, err, !roots.isEmpty()));
    } catch (Databases.Stop s) {
      return s.exitCode;
    }
    List<Finding> findings = new ArrayList<>();
    if (!roots.isEmpty()) {
      TreeScanner scanner = new TreeScanner(base);
      ScanResult scanned = scanner.scan(roots);
      List<String> prefixes = roots.stream().map(scanner::name).toList();
      entries = new RcDatabase(entries).merge(prefixes, scanned.entries()).entries();
      findings.addAll(scanned.findings());
    }
    findings.addAll(Checker.check(entries));
    List<Diagnostic> diagnostics = new Findings(base).toDiagnostics(findings);
    if (json) {
      out.print(DiagnosticPrinter.toJson(diagnostics));
    } else if (diagnostics.isEmpty()) {
      out.println("kos rc check: " + entries.size() + (entries.size() == 1 ? " code" : " codes") + ", no problems");
    } else {
      err.print(DiagnosticPrinter.renderAll(diagnostics));
    }
    out.flush();
    err.flush();
    return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }
}
