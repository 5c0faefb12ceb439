package org.kos.cli.scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kos.cli.ExitCodes;
import org.kos.io.AtomicFiles;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.DiagnosticPrinter;
import org.kos.nkc.diag.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kos new program NAME [-C DIR] [--package PKG]}. */
@Command(
    name = "program",
    mixinStandardHelpOptions = true,
    description = {
      "Add a program to a solution directory.",
      "Writes its class, nk/PKG/Name.edl, and its source,",
      "programs/Name/PKG/NAME/Name.java (a main that prints a line); adds it to",
      "solution.yaml and a task to init.yaml, and, when the solution has a",
      "security.psl, a rule letting Einit start it. Existing files are never",
      "overwritten. See docs/new.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   the program was added",
      "  1   no solution here, name taken, file exists: nothing written",
      "  2   usage error: a bad NAME",
      "  3   a file could not be read or written"
    })
public final class NewProgramCommand implements Callable<Integer> {
  private static final Pattern TOP_SCALAR = Pattern.compile("(?m)^(init|policy|nk):[ \\t]*([^\\s#\\[{]+)[ \\t]*(#.*)?$");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The program's task name (lowercase letters and digits); its class is NAME capitalised.")
  String name;

  @Option(names = {"-C", "--directory"}, paramLabel = "DIR", defaultValue = ".",
      description = "The solution directory (default: the current directory).")
  Path dir;

  @Option(names = "--package", paramLabel = "PKG",
      description = "The NK and Java package (default: the one directory under nk/, else the solution directory's name).")
  String pkg;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing when it worked.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return add(err);
    } catch (IOException e) {
      err.println("kos new program: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    } finally {
      err.flush();
      spec.commandLine().getOut().flush();
    }
  }

  private int add(PrintWriter err) throws IOException {
    Optional<Diagnostic> bad = Names.check("program", name);
    if (bad.isPresent()) {
      err.print(DiagnosticPrinter.render(bad.get()));
      return ExitCodes.USAGE;
    }
    Path solutionYaml = dir.resolve("solution.yaml");
    if (!Files.isRegularFile(solutionYaml)) {
      err.println(dir + ": error[" + NewErrors.NOT_A_SOLUTION.id() + "]: not a solution directory (no solution.yaml); "
          + "run kos new program inside one, or name it with -C DIR");
      return ExitCodes.INPUT_ERROR;
    }
    String solutionText = Files.readString(solutionYaml);
    Map<String, String> keys = topScalars(solutionText);
    String p = pkg != null ? pkg : defaultPackage(dir.resolve(keys.getOrDefault("nk", "nk")));
    for (String segment : p.split("\\.", -1)) {
      Optional<Diagnostic> badPkg = Names.check("package", segment);
      if (badPkg.isPresent()) {
        err.println("kos new program: package '" + p + "' (" + (pkg != null ? "--package" : "from nk/ or the directory name")
            + "); set one with --package:");
        err.print(DiagnosticPrinter.render(badPkg.get()));
        return ExitCodes.USAGE;
      }
    }
    String cls = Names.className(name);
    Map<String, String> model = Map.of("pkg", p, "Name", cls, "task", name);
    Path initYaml = dir.resolve(keys.getOrDefault("init", Files.exists(dir.resolve("init.yaml")) || !Files.exists(dir.resolve("init.yaml.in"))
        ? "init.yaml" : "init.yaml.in"));
    String initText = Files.readString(initYaml);
    List<String> problems = new ArrayList<>();
    Optional<YamlBlock> programs = YamlBlock.find(solutionText, "programs");
    Optional<YamlBlock> entities = YamlBlock.find(initText, "entities");
    if (programs.isEmpty()) {
      problems.add(cannotEdit(solutionYaml, "programs"));
    }
    if (entities.isEmpty()) {
      problems.add(cannotEdit(initYaml, "entities"));
    }
    if (programs.isPresent()) {
      taken(solutionYaml, solutionText, programs.get(), Pattern.compile(Pattern.quote(cls) + ":\\s*(#.*)?"),
          "solution.yaml already has a program '" + cls + "'").ifPresent(problems::add);
    }
    if (entities.isPresent()) {
      taken(initYaml, initText, entities.get(), Pattern.compile("(-\\s+)?task:\\s*['\"]?" + Pattern.quote(name) + "['\"]?\\s*(#.*)?"),
          "init.yaml already has a task '" + name + "'").ifPresent(problems::add);
    }
    problems.forEach(err::print);
    Map<String, String> files = ScaffoldTemplates.render(ScaffoldTemplates.PROGRAM, model);
    boolean free = NewFiles.reportExisting(dir, files.keySet(), "choose another NAME", err);
    if (!problems.isEmpty() || !free) {
      err.println("kos new program: nothing written");
      return ExitCodes.INPUT_ERROR;
    }
    Map<String, String> entryModel = new LinkedHashMap<>(model);
    entryModel.put("indent", programs.get().entryIndent().orElse("  "));
    entryModel.put("prefix", entities.get().entryIndent().orElse(""));
    String newSolution = programs.get().withEntry(ScaffoldTemplates.renderOne("program/solution-entry.ftl", entryModel));
    String newInit = entities.get().withEntry(ScaffoldTemplates.renderOne("program/init-entry.ftl", entryModel));
    Path policy = dir.resolve(keys.getOrDefault("policy", "security.psl"));
    NewFiles.write(dir, files);
    AtomicFiles.write(solutionYaml, newSolution);
    AtomicFiles.write(initYaml, newInit);
    boolean policyEdited = Files.isRegularFile(policy);
    if (policyEdited) {
      String text = Files.readString(policy);
      AtomicFiles.write(policy, (text.endsWith("\n") || text.isEmpty() ? text : text + "\n")
          + ScaffoldTemplates.renderOne("program/policy-entry.ftl", model));
    }
    if (!quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("kos new program: added " + p + "." + cls + " (task " + name + "): " + String.join(", ", files.keySet())
          + "; edited " + solutionYaml.getFileName() + ", " + initYaml.getFileName() + (policyEdited ? ", " + policy.getFileName() : ""));
    }
    return ExitCodes.OK;
  }

  private static String cannotEdit(Path file, String key) {
    return file + ": error[" + NewErrors.CANNOT_EDIT.id() + "]: no block-style '" + key
        + ":' at the start of a line to add the program to; add it by hand (docs/new.md)\n";
  }

  private static Optional<String> taken(Path file, String text, YamlBlock block, Pattern entry, String message) {
    int line = block.lineOf(entry);
    if (line < 0) {
      return Optional.empty();
    }
    SourceFile source = new SourceFile(file.toString(), text);
    String lineText = source.lineText(line + 1);
    int indent = lineText.length() - lineText.stripLeading().length();
    int start = source.offset(line + 1, indent + 1);
    return Optional.of(DiagnosticPrinter.render(Diagnostic.error(NewErrors.PROGRAM_EXISTS.id(),
        source.span(start, start + lineText.strip().length()), message + "; choose another NAME")));
  }

  /** The solution.yaml keys {@code init}, {@code policy}, {@code nk} when they are plain scalars. */
  private static Map<String, String> topScalars(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = TOP_SCALAR.matcher(text);
    while (m.find()) {
      out.put(m.group(1), m.group(2).replaceAll("^['\"]|['\"]$", ""));
    }
    return out;
  }

  private String defaultPackage(Path nk) throws IOException {
    if (Files.isDirectory(nk)) {
      try (Stream<Path> s = Files.list(nk)) {
        List<Path> dirs = s.filter(Files::isDirectory).toList();
        if (dirs.size() == 1) {
          return dirs.get(0).getFileName().toString();
        }
      }
    }
    return dir.toAbsolutePath().normalize().getFileName().toString();
  }
}
