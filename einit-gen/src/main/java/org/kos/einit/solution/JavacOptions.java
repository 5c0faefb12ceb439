package org.kos.einit.solution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.kos.einit.rules.EinitRule;
import org.kos.einit.yaml.Text;
import org.kos.einit.yaml.YamlTree;
import org.kos.nkc.resolve.Suggest;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * A {@code javac:} mapping of solution.yaml (top level or one program): options to {@code add} to
 * javac's command line for the programs' sources and default options to {@code remove}
 * (docs/reference/solution-yaml.md). A program's options are the defaults, less what the solution
 * and then the program remove, plus what the solution and then the program add. Einit and the
 * generated stubs keep the defaults.
 */
public record JavacOptions(List<String> add, List<String> remove) {
  /** What programs are compiled with unless a {@code remove} drops it. */
  public static final List<String> DEFAULTS = org.kos.einit.javac.Javac.DEFAULT_OPTIONS;
  /** No options beyond the defaults. */
  public static final JavacOptions NONE = new JavacOptions(List.of(), List.of());
  static final List<String> KEYS = List.of("add", "remove");
  /** Options the build sets itself (--release 17, UTF-8, where classes come from and go): never given. */
  private static final List<String> SET_BY_THE_BUILD = List.of("--release", "-release", "--source", "-source", "-target",
      "--target", "-encoding", "-classpath", "-cp", "--class-path", "-d", "-s", "-h", "-sourcepath", "--source-path",
      "--module-path", "-p", "--system", "-bootclasspath", "--boot-class-path", "-processorpath", "--processor-path",
      "-processor", "--upgrade-module-path", "-implicit:none", "-implicit:class", "-proc:none", "-proc:only", "-proc:full");

  public JavacOptions {
    add = List.copyOf(add);
    remove = List.copyOf(remove);
  }

  /** The options of a program of a solution whose own options are {@code solution}. */
  public List<String> forProgram(JavacOptions solution) {
    List<String> options = new ArrayList<>(DEFAULTS);
    options.removeAll(solution.remove);
    options.removeAll(remove);
    options.addAll(solution.add);
    options.addAll(add);
    return List.copyOf(options);
  }

  /** Reads a {@code javac:} entry; every problem is reported (EI0003, EI0012, EI0021) and leaves it out. */
  static JavacOptions read(YamlTree yaml, NodeTuple entry, String where) {
    if (entry == null || YamlTree.isNull(entry.getValueNode())) {
      return NONE;
    }
    Map<String, NodeTuple> keys = yaml.mapping(entry.getValueNode(), KEYS, "'javac' of " + where);
    if (keys == null) {
      return NONE;
    }
    return new JavacOptions(added(yaml, items(yaml, keys.get("add"))), removed(yaml, items(yaml, keys.get("remove"))));
  }

  private static List<Text> items(YamlTree yaml, NodeTuple entry) {
    List<Text> items = new ArrayList<>();
    if (entry == null || YamlTree.isNull(entry.getValueNode())) {
      return items;
    }
    for (Node n : yaml.sequence(entry.getValueNode(), "'" + YamlTree.keyOf(entry) + "' (a list of javac options)")) {
      Text t = yaml.text(n, "a javac option");
      if (t != null) {
        items.add(t);
      }
    }
    return items;
  }

  private static List<String> removed(YamlTree yaml, List<Text> items) {
    List<String> removed = new ArrayList<>();
    for (Text t : items) {
      if (DEFAULTS.contains(t.value())) {
        removed.add(t.value());
      } else {
        String near = Suggest.closest(t.value(), DEFAULTS);
        yaml.report(EinitRule.EI0021, t.span(), "'" + t.value() + "' is not a default javac option, so it cannot be "
            + "removed; the defaults are " + String.join(" ", DEFAULTS) + (near != null ? "; did you mean '" + near + "'?" : ""));
      }
    }
    return removed;
  }

  private static List<String> added(YamlTree yaml, List<Text> items) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Text t = items.get(i);
      String option = t.value();
      if (SET_BY_THE_BUILD.contains(option) || option.startsWith("-J") || option.startsWith("-proc:")
          || option.startsWith("-implicit:")) {
        yaml.report(EinitRule.EI0021, t.span(), "'" + option + "' is set by the build (programs are compiled with "
            + "--release 17, UTF-8 sources, against kos-runtime and the stubs): leave it out");
        continue;
      }
      int arguments = javac == null ? 0 : javac.isSupportedOption(option);
      if (arguments < 0 || !option.startsWith("-")) {
        yaml.report(EinitRule.EI0021, t.span(), "'" + option + "' is not an option of javac "
            + Runtime.version().feature() + (option.startsWith("-") ? "" : " (options start with '-'; an option's "
            + "value is the item after it)"));
        continue;
      }
      if (i + arguments >= items.size()) {
        yaml.report(EinitRule.EI0021, t.span(), "'" + option + "' takes " + arguments + " value"
            + (arguments == 1 ? "" : "s") + ": give " + (arguments == 1 ? "it as the next item" : "them as the next items"));
        continue;
      }
      added.add(option);
      for (int a = 1; a <= arguments; a++) {
        added.add(items.get(i + a).value());
      }
      i += arguments;
    }
    return added;
  }
}
