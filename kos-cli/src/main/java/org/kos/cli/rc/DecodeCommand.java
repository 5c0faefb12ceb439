package org.kos.cli.rc;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos rc decode CODE...}: what a number or name means. */
@Command(name = "decode", mixinStandardHelpOptions = true,
    description = {"Explain return codes given as hex, decimal or name.",
        "Accepts hex (0x90000015 or 90000015), signed or unsigned decimal (-1879048171, 2415919125) or a name"
        + " (rcSecurityDisallow). Prints hex, signed decimal, name, severity, customer flag, space, facility, code"
        + " and description, one line per code.",
        "Input that can be read several ways (90000015: hex or decimal) prints one line per reading."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0   every argument is a known code", "  1   some argument is unknown or not a code, or the database is malformed",
        "  2   usage error", "  3   the database cannot be read"})
final class DecodeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CODE", description = "Codes to decode.")
  List<String> codes;

  @Option(names = "--json", description = "Print JSON for scripts.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing; only the exit code tells.")
  boolean quiet;

  @Mixin DbOption db;

  @Override
  public Integer call() {
    return Decoding.run(codes, json, quiet, db.path(), db.explicit(),
        spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
