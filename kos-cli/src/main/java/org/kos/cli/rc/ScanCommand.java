package org.kos.cli.rc;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.scan.ScanResult;
import org.kos.rcdb.scan.TreeScanner;
import org.kos.rcdb.store.DbFormatException;
import org.kos.rcdb.store.RcDatabase;
import org.kos.rcdb.store.RcDatabaseFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos rc scan DIR...}: find code definitions in sources and update the database. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Scan sources for code definitions and update the database.",
        "Finds MAKE_RETCODE(...) definitions in C/C++ sources and Retcode.make(...) in Java under each DIR,"
        + " and updates the database: codes from the scanned files are replaced, all others kept.",
        "Safe to run from parallel builds: the update is locked and the file replaced atomically."},    footerHeading = "%nExit codes:%n",
    footer = {"  0   database updated (warnings may have been printed)", "  1   errors in the sources, or the database is malformed (not overwritten)", "  2   usage error", "  3   a file could not be read or written"})
final class ScanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories or files to scan.")
  List<Path> roots;

  @Option(names = "--json", description = "Print diagnostics as JSON.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  @Mixin DbOption db;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path dbFile = db.path();
    Path base = dbFile.toAbsolutePath().normalize().getParent();
    TreeScanner scanner = new TreeScanner(base);
    ScanResult result = scanner.scan(roots);
    List<String> prefixes = new ArrayList<>();
    for (Path r : roots) {
      prefixes.add(scanner.name(r));
    }
    RcDatabase[] before = new RcDatabase[1];
    RcDatabase after;
    try {
      after = RcDatabaseFile.update(dbFile, old -> {
        before[0] = old;
        return old.merge(prefixes, result.entries());
      });
    } catch (DbFormatException e) {
      spec.commandLine().getErr().print(DbErrors.render(e, dbFile));
      spec.commandLine().getErr().println("kos rc scan: " + dbFile + " was not overwritten");
      return ExitCodes.INPUT_ERROR;
    }
    List<Diagnostic> diagnostics = new Findings(base).toDiagnostics(result.findings());
    if (json) {
      out.print(DiagnosticPrinter.toJson(diagnostics));
    } else {
      spec.commandLine().getErr().print(DiagnosticPrinter.renderAll(diagnostics));
      if (!quiet) {
        out.println(summary(result, before[0], after, dbFile));
      }
    }
    out.flush();
    spec.commandLine().getErr().flush();
    return diagnostics.stream().anyMatch(Diagnostic::isError) ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }

  private static String summary(ScanResult result, RcDatabase before, RcDatabase after, Path dbFile) {
    Set<RcEntry> old = new HashSet<>(before.entries());
    Set<RcEntry> now = new HashSet<>(after.entries());
    long added = after.entries().stream().filter(e -> !old.contains(e)).count();
    long removed = before.entries().stream().filter(e -> !now.contains(e)).count();
    return "scanned " + result.files().size() + (result.files().size() == 1 ? " file" : " files") + ": "
        + result.entries().size() + (result.entries().size() == 1 ? " code" : " codes")
        + (added + removed == 0 ? ", database unchanged" : ", " + added + " added or changed, " + removed + " removed")
        + " (" + dbFile + ", " + after.entries().size() + " in total)";
  }
}
