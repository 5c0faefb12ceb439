package org.kos.cli.rc;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.decode.Decoded;
import org.kos.rcdb.model.RcEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos rc search WORDS...}: codes whose name or description holds every word. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Find codes by words.",
        "Lists the codes whose name, description, hex value, space or facility contains every WORD (case-insensitive)."},
    footerHeading = "%nExit codes:%n", footer = {"  0   something matched", "  1   nothing matched, or the database is malformed", "  2   usage error",
        "  3   the database cannot be read"})
final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words that must all appear.")
  List<String> words;

  @Option(names = "--json", description = "Print JSON for scripts.")
  boolean json;

  @Mixin DbOption db;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Catalog catalog;
    try {
      catalog = Databases.catalog(db, spec.commandLine().getErr());
    } catch (Databases.Stop s) {
      return s.exitCode;
    }
    List<Decoded> found = new ArrayList<>();
    for (RcEntry e : catalog.search(words)) {
      found.add(CodeLines.of(e, catalog));
    }
    print(out, found, json);
    if (found.isEmpty() && !json) {
      spec.commandLine().getErr().println("kos rc search: no code matches " + String.join(" ", words));
    }
    return found.isEmpty() ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
  }

  static void print(PrintWriter out, List<Decoded> codes, boolean json) {
    if (json) {
      out.println(Json.write(CodeLines.json(codes)));
    } else {
      for (Decoded d : codes) {
        out.println(CodeLines.line(d));
      }
    }
    out.flush();
  }
}
