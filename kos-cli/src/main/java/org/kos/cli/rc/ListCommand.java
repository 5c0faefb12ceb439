package org.kos.cli.rc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeSpace;
import org.kos.rcdb.catalog.Catalog;
import org.kos.rcdb.decode.Decoded;
import org.kos.rcdb.model.RcEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kos rc list [--space S]}: every known code. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the generic codes and the database's codes, sorted by name.",    footerHeading = "%nExit codes:%n",
    footer = {"  0   listed", "  1   the database is malformed", "  2   usage error (e.g. an unknown --space)", "  3   the database could not be read"})
final class ListCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--space", paramLabel = "S",
      description = "Only codes of this space: a number, an SDK name (General, Kernel, RC_SPACE_NK, ...)"
          + " or a symbol the sources used (RC_SPACE_ACME).")
  String space;

  @Option(names = "--json", description = "Print JSON for scripts.")
  boolean json;

  @Mixin DbOption db;

  @Override
  public Integer call() {
    Catalog catalog;
    try {
      catalog = Databases.catalog(db, spec.commandLine().getErr());
    } catch (Databases.Stop s) {
      return s.exitCode;
    }
    Integer spaceId = null;
    if (space != null) {
      spaceId = spaceId(space, catalog);
      if (spaceId == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown space '" + space + "': give a number 0..31, an SDK space (General, Kernel, Drivers, NK, SDK, Test)"
                + " or a space symbol from the database");
      }
    }
    List<Decoded> shown = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (RcEntry e : catalog.entries()) {
      if ((spaceId == null || Retcode.space(e.value()) == spaceId) && seen.add(e.name() + "\0" + e.value())) {
        shown.add(CodeLines.of(e, catalog));
      }
    }
    SearchCommand.print(spec.commandLine().getOut(), shown, json);
    return ExitCodes.OK;
  }

  private static Integer spaceId(String s, Catalog catalog) {
    if (s.matches("\\d{1,2}")) {
      int n = Integer.parseInt(s);
      return n <= Retcode.SPACE_MASK ? n : null;
    }
    RetcodeSpace sdk = RetcodeSpace.byName(s);
    if (sdk != null) {
      return sdk.id();
    }
    for (RcEntry e : catalog.entries()) {
      if (s.equals(e.spaceName())) {
        return Retcode.space(e.value());
      }
    }
    return null;
  }
}
