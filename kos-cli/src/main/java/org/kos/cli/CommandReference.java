package org.kos.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * docs/reference/commands.md, made from picocli's model of {@code kos} (every command that
 * {@code --help} lists, with its synopsis, description, options, parameters and footer), so the
 * page cannot drift from the code: {@code CommandReferenceTest} fails when the file differs.
 * Regenerate: {@code mvn -B -q -pl kos-cli -am test -Dtest=CommandReferenceTest -Dkos.golden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, or {@code java -cp kos-cli/target/kos-cli.jar
 * org.kos.cli.CommandReference docs/reference/commands.md}.
 */
public final class CommandReference {
  /** The width synopses are wrapped at, whatever the terminal. */
  private static final int WIDTH = 100;

  private CommandReference() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CommandReference OUTPUT.md");
      System.exit(ExitCodes.USAGE);
    }
    AtomicFiles.write(Path.of(args[0]), render());
  }

  /** The whole page. */
  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# `kos` commands\n\n")
        .append("<!-- Generated from picocli's model by org.kos.cli.CommandReference; do not edit by hand.\n")
        .append("     Regenerate: mvn -B -q -pl kos-cli -am test -Dtest=CommandReferenceTest -Dkos.golden.update=true"
            + " -Dsurefire.failIfNoSpecifiedTests=false -->\n\n")
        .append("Every command of `kos`, as `kos COMMAND --help` prints it. Options may be given in any order;\n")
        .append("`--` ends the options. Exit codes are listed per command; across all of them 0 is success,\n")
        .append("1 errors in the input, 2 a usage error, 3 an I/O error, 70 an internal error.\n\n");
    List<CommandLine> all = new ArrayList<>();
    collect(Kos.commandLine(), all);
    md.append("| command | what it does |\n| --- | --- |\n");
    for (CommandLine cl : all) {
      md.append("| [`").append(cl.getCommandSpec().qualifiedName()).append("`](#").append(anchor(cl)).append(") | ")
          .append(cell(first(cl.getCommandSpec().usageMessage().description()))).append(" |\n");
    }
    for (CommandLine cl : all) {
      command(cl, md);
    }
    return md.toString();
  }

  private static void collect(CommandLine cl, List<CommandLine> into) {
    into.add(cl);
    cl.getSubcommands().forEach((name, sub) -> {
      // aliases and "help" appear once under their own name; hidden commands not at all
      if (sub.getParent() == cl && name.equals(sub.getCommandName()) && !sub.getCommandSpec().usageMessage().hidden()
          && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        collect(sub, into);
      }
    });
  }

  private static void command(CommandLine cl, StringBuilder md) {
    CommandSpec spec = cl.getCommandSpec();
    spec.usageMessage().width(WIDTH);
    cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    md.append("\n## ").append(spec.qualifiedName()).append("\n\n```text\n")
        .append(cl.getHelp().synopsis(0).stripTrailing()).append("\n```\n\n");
    for (String line : spec.usageMessage().description()) {
      md.append(line).append('\n');
    }
    if (!cl.getSubcommands().isEmpty()) {
      md.append("\n| subcommand | what it does |\n| --- | --- |\n");
      cl.getSubcommands().forEach((name, sub) -> {
        if (name.equals(sub.getCommandName()) && !sub.getCommandSpec().usageMessage().hidden()
            && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
          md.append("| [`").append(name).append("`](#").append(anchor(sub)).append(") | ")
              .append(cell(first(sub.getCommandSpec().usageMessage().description()))).append(" |\n");
        }
      });
    }
    List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!params.isEmpty()) {
      md.append("\n| parameter | meaning |\n| --- | --- |\n");
      for (PositionalParamSpec p : params) {
        md.append("| `").append(p.paramLabel()).append("` | ").append(description(p)).append(" |\n");
      }
    }
    List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
    if (!options.isEmpty()) {
      md.append("\n| option | meaning |\n| --- | --- |\n");
      for (OptionSpec o : options) {
        String label = o.typeInfo().isBoolean() || o.arity().max() == 0 ? "" : " " + o.paramLabel();
        md.append("| `").append(String.join("`, `", o.names())).append(label.replace("|", "\\|")).append("` | ")
            .append(description(o)).append(" |\n");
      }
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      md.append("\n```text\n").append(String.format(spec.usageMessage().footerHeading()).strip())
          .append('\n');
      for (String line : footer) {
        md.append(String.format(line.replace("%n", "\n")).stripTrailing()).append('\n');
      }
      md.append("```\n");
    }
  }

  private static String description(ArgSpec a) {
    return cell(String.join(" ", a.description()));
  }

  private static String first(String[] description) {
    return description.length == 0 ? "" : description[0];
  }

  /** Text for a table cell: no line breaks, no column separators. */
  private static String cell(String s) {
    return s.replace("\n", " ").replace("%n", " ").replace("|", "\\|").strip();
  }

  /** GitHub's anchor of a heading "kos nk check": lower case, spaces to dashes, punctuation dropped. */
  private static String anchor(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
        .replace(' ', '-');
  }
}
