package org.kos.cli.rc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kos.cli.ExitCodes;
import org.kos.rcdb.catalog.GenericEntries;
import org.kos.rcdb.export.ExportLanguage;
import org.kos.rcdb.export.Exporter;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.store.RcDatabase;
import org.kos.rcdb.store.RcDatabaseFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kos rc export --lang c|java|markdown}: the database as a header, constants or a table. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the codes as a C header, Java constants or a Markdown table.",
        "Renders the database's codes (and with --generic the SDK's) through the templates of templates/retcode/."},    footerHeading = "%nExit codes:%n",
    footer = {"  0   written", "  1   the database is malformed", "  2   usage error", "  3   a file could not be read or written"})
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", required = true, paramLabel = "LANG", description = "c, java or markdown.")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (atomically) instead of stdout.")
  Path output;

  @Option(names = "--java-class", paramLabel = "CLASS", defaultValue = "Retcodes",
      description = "Fully qualified class for --lang java (default: ${DEFAULT-VALUE}).")
  String javaClass;

  @Option(names = "--generic", description = "Include the SDK's generic codes.")
  boolean generic;

  @Mixin DbOption db;

  @Override
  public Integer call() throws IOException {
    ExportLanguage language = ExportLanguage.parse(lang);
    if (language == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown --lang '" + lang + "': use c, java or markdown");
    }
    if (!javaClass.matches("([A-Za-z_$][A-Za-z0-9_$]*\\.)*[A-Za-z_$][A-Za-z0-9_$]*")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--java-class '" + javaClass + "' is not a Java class name");
    }
    if (output != null) {
      org.kos.cli.Outputs.refuseInput(spec.commandLine(), "-o", output, List.of(db.path()));
    }
    List<RcEntry> entries = new ArrayList<>();
    try {
      entries.addAll(Databases.entries(db, spec.commandLine().getErr()));
    } catch (Databases.Stop s) {
      return s.exitCode;
    }
    if (generic) {
      entries.addAll(GenericEntries.all());
    }
    String text = new Exporter().export(language, new RcDatabase(entries).entries(), javaClass);
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      RcDatabaseFile.writeAtomically(output, text);
    }
    return ExitCodes.OK;
  }
}
