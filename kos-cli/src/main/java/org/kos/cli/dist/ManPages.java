package org.kos.cli.dist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Section-1 man pages in roff (the {@code man} macros), one per command, from picocli's model.
 * picocli-codegen's ManPageGenerator writes AsciiDoc, which needs Asciidoctor (not a dependency
 * of this project) to become a page {@code man} reads; the model holds everything a page needs, so
 * the roff is written here directly.
 */
public final class ManPages {
  private final String version;

  public ManPages(String version) {
    this.version = version;
  }

  /** Page file name ({@code kos-nk-check.1}) to content, for {@code root} and every visible subcommand. */
  public Map<String, String> pages(CommandLine root) {
    Map<String, String> out = new LinkedHashMap<>();
    collect(root, out);
    return out;
  }

  /** {@code kos nk check} to {@code kos-nk-check}. */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  private void collect(CommandLine cl, Map<String, String> out) {
    out.put(pageName(cl.getCommandSpec()) + ".1", page(cl));
    for (CommandLine sub : visibleSubcommands(cl)) {
      collect(sub, out);
    }
  }

  private static List<CommandLine> visibleSubcommands(CommandLine cl) {
    List<CommandLine> subs = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
      CommandLine sub = e.getValue();
      // Aliases appear under every name; the help command documents nothing of its own.
      boolean primary = e.getKey().equals(sub.getCommandName());
      if (primary && !sub.getCommandSpec().usageMessage().hidden() && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        subs.add(sub);
      }
    }
    return subs;
  }

  private String page(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    String name = pageName(spec);
    String[] description = spec.usageMessage().description();
    StringBuilder r = new StringBuilder();
    r.append(".\\\" Generated from the kos commands' picocli model (org.kos.cli.dist.ManPages); do not edit.\n");
    r.append(".TH ").append(escape(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"\" \"kos ")
        .append(escape(version)).append("\" \"kos manual\"\n");
    r.append(".SH NAME\n").append(escape(name)).append(" \\- ")
        .append(escape(description.length > 0 ? stripFinalDot(description[0]) : spec.qualifiedName())).append('\n');
    r.append(".SH SYNOPSIS\n.nf\n");
    String synopsis = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)).synopsis(0);
    for (String line : synopsis.strip().split("\n")) {
      r.append(text(line.replaceFirst("^Usage: ", ""))).append('\n');
    }
    r.append(".fi\n");
    if (description.length > 1) {
      r.append(".SH DESCRIPTION\n");
      lines(r, List.of(description).subList(1, description.length));
    }
    List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    if (!params.isEmpty()) {
      r.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : params) {
        r.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n");
        lines(r, List.of(p.renderedDescription()));
      }
    }
    List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
    if (!options.isEmpty()) {
      r.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        r.append(".TP\n").append(optionHead(o)).append('\n');
        lines(r, List.of(o.renderedDescription()));
      }
    }
    List<CommandLine> subs = visibleSubcommands(cl);
    if (!subs.isEmpty()) {
      r.append(".SH COMMANDS\n");
      for (CommandLine sub : subs) {
        String[] d = sub.getCommandSpec().usageMessage().description();
        r.append(".TP\n\\fB").append(escape(sub.getCommandName())).append("\\fR\n")
            .append(text(d.length > 0 ? d[0] : "")).append(" See \\fB")
            .append(escape(pageName(sub.getCommandSpec()))).append("\\fR(1).\n");
      }
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      r.append(".SH EXIT STATUS\n.nf\n");
      for (String line : footer) {
        r.append(text(line.strip())).append('\n');
      }
      r.append(".fi\n");
    }
    r.append(".SH SEE ALSO\n");
    List<String> see = new ArrayList<>();
    if (spec.parent() != null) {
      see.add("\\fB" + escape(pageName(spec.parent())) + "\\fR(1)");
    }
    for (CommandLine sub : subs) {
      see.add("\\fB" + escape(pageName(sub.getCommandSpec())) + "\\fR(1)");
    }
    see.add("the documentation in the kos distribution's README.md");
    r.append(String.join(", ", see)).append('\n');
    return r.toString();
  }

  private static String optionHead(OptionSpec o) {
    List<String> names = new ArrayList<>();
    for (String n : o.names()) {
      names.add("\\fB" + escape(n) + "\\fR");
    }
    String head = String.join(", ", names);
    if (o.arity().max() > 0) {
      head += "=\\fI" + escape(o.paramLabel()) + "\\fR";
    }
    return head;
  }

  /** Description lines: indented ones (examples) verbatim, the others as one filled paragraph. */
  private static void lines(StringBuilder r, List<String> lines) {
    boolean verbatim = false;
    for (String line : lines) {
      for (String l : line.split("\n", -1)) {
        boolean indented = l.startsWith(" ");
        if (indented != verbatim) {
          r.append(indented ? ".nf\n" : ".fi\n");
          verbatim = indented;
        }
        if (!l.isBlank()) {
          r.append(text(l.strip())).append('\n');
        } else if (!verbatim) {
          r.append(".sp\n");
        }
      }
    }
    if (verbatim) {
      r.append(".fi\n");
    }
  }

  /** A line of text: escaped, and never read as a request (a leading '.' or '''). */
  static String text(String s) {
    String e = escape(s);
    return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
  }

  /** roff escapes: backslash, and '-' as a real minus so that options can be searched and copied. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\e");
        case '-' -> b.append("\\-");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String stripFinalDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
