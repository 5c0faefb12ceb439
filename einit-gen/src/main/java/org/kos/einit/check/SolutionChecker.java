package org.kos.einit.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kos.einit.rules.EinitRule;
import org.kos.einit.yaml.InitYaml;
import org.kos.einit.yaml.Text;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.Diagnostic;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.layout.ComponentLayout;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.model.Model;
import org.kos.nkc.resolve.Suggest;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.SdkRoot;
import org.kos.nkc.source.SearchPath;
import org.kos.nkc.source.SourceRoot;

/**
 * Checks what an init.yaml says against itself and against the interfaces: task names unique,
 * every class's EDL on the search path (compiled, with everything it uses, by nk-compiler), every
 * connection target a task, ids unique per client. Fills in the vendor's defaults: {@code task} is
 * the class name, {@code path} the class name's last segment ({@code net.Client} → {@code Client}).
 */
public final class SolutionChecker {
  private final List<SourceRoot> roots;
  private final Diagnostics diagnostics;
  private final SdkVersion sdk;

  private SolutionChecker(List<SourceRoot> roots, Diagnostics diagnostics, SdkVersion sdk) {
    this.roots = List.copyOf(roots);
    this.diagnostics = diagnostics;
    this.sdk = sdk;
  }

  /**
   * @param roots the {@code -I} directories in order; the bundled SDK is searched after them
   * @return the solution, or empty when anything was reported as an error (here or before)
   * @throws IOException when an EDL or a file it uses cannot be read
   */
  public static Optional<Solution> check(InitYaml yaml, List<SourceRoot> roots, Diagnostics diagnostics)
      throws IOException {
    return check(yaml, roots, diagnostics, SdkVersion.NEWEST);
  }

  /** As above, the classes compiled with the rules of SDK generation {@code sdk}. */
  public static Optional<Solution> check(InitYaml yaml, List<SourceRoot> roots, Diagnostics diagnostics,
      SdkVersion sdk) throws IOException {
    return new SolutionChecker(roots, diagnostics, sdk).check(yaml);
  }

  /** An entity with its task name settled; {@code taskSpan} is where the name was written or defaulted from. */
  private record Named(InitYaml.Entity entity, String task, SourceSpan taskSpan) {}

  private Optional<Solution> check(InitYaml yaml) throws IOException {
    Map<String, Named> tasks = new LinkedHashMap<>();
    for (InitYaml.Entity e : yaml.entities()) {
      Text written = e.task().orElse(e.name());
      Named named = new Named(e, written.value(), written.span());
      Named first = tasks.putIfAbsent(named.task(), named);
      if (first != null) {
        diagnostics.report(EinitRule.EI0010.at(named.taskSpan(), "task '" + named.task() + "' is already started"
                + (e.task().isEmpty() ? " (a task is named after its class unless 'task:' says otherwise)" : "")
                + "; give each entity its own 'task:'")
            .withNote("first started here", first.taskSpan()));
      }
    }
    Map<String, ComponentLayout> classes = classes(tasks.values());
    List<Solution.Task> result = new ArrayList<>();
    for (Named n : tasks.values()) {
      List<Solution.Connection> connections = connections(n, tasks, classes);
      result.add(task(n, classes.get(n.entity().name().value()), connections));
    }
    new WiringCycles(tasks.keySet(), t -> tasks.get(t).entity().connections(), diagnostics).report();
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Solution(result));
  }

  private static Solution.Task task(Named n, ComponentLayout layout, List<Solution.Connection> connections) {
    InitYaml.Entity e = n.entity();
    String className = e.name().value();
    String path = e.path().map(Text::value).orElse(className.substring(className.lastIndexOf('.') + 1));
    Map<String, String> env = new TreeMap<>();
    e.env().forEach(v -> env.put(v.name().value(), v.value().value()));
    List<String> vars = env.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).toList();
    return new Solution.Task(n.task(), className, path, e.args().stream().map(Text::value).toList(), vars, layout,
        connections, e.dynamicConnectionManager());
  }

  /**
   * The layout of every class the tasks name, compiled in one nk-compiler run; a class without an
   * EDL is reported at each entity naming it and left out.
   */
  private Map<String, ComponentLayout> classes(Iterable<Named> tasks) throws IOException {
    List<SourceRoot> all = new ArrayList<>(roots);
    all.add(SdkRoot.INSTANCE);
    SearchPath searchPath = new SearchPath(all);
    Map<String, SourceFile> edls = new TreeMap<>();
    for (Named n : tasks) {
      String name = n.entity().name().value();
      if (edls.containsKey(name)) {
        continue;
      }
      SourceFile edl = find(searchPath, name, UnitKind.EDL);
      if (edl != null) {
        edls.put(name, edl);
        continue;
      }
      String file = SearchPath.relativePath(name, UnitKind.EDL);
      String component = find(searchPath, name, UnitKind.CDL) == null ? ""
          : "; " + SearchPath.relativePath(name, UnitKind.CDL) + " is a component, not a process class";
      String near = Suggest.closest(name, classesNextTo(name));
      diagnostics.report(EinitRule.EI0007.at(n.entity().name().span(), "no EDL for class '" + name + "': no " + file
          + " in the search path (" + searchPath.describe() + ")" + component
          + (near != null ? "; did you mean '" + near + "'?" : "")));
    }
    Map<String, ComponentLayout> layouts = new HashMap<>();
    if (edls.isEmpty()) {
      return layouts;
    }
    List<CompileRequest.Input> inputs = edls.values().stream().map(CompileRequest.Input::of).toList();
    CompileResult compiled = NkCompiler.compile(new CompileRequest(inputs, roots, true, false, sdk));
    // einit reads the interfaces, it does not lint them: their warnings belong to `kos nk check`.
    compiled.diagnostics().stream().filter(Diagnostic::isError).forEach(diagnostics::report);
    Optional<Model> model = compiled.model();
    if (model.isPresent()) {
      Layout layout = Layout.of(model.get());
      for (String name : edls.keySet()) {
        ComponentLayout c = layout.classes().get(name);
        if (c != null) {
          layouts.put(name, c);
        }
      }
    }
    return layouts;
  }

  /** The classes whose EDL files lie in the directory where {@code name}'s would be, in every -I root. */
  private List<String> classesNextTo(String name) throws IOException {
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "" : name.substring(0, dot + 1);
    List<String> names = new ArrayList<>();
    for (SourceRoot root : roots) {
      if (root instanceof DirectoryRoot d) {
        Path dir = d.dir().resolve(pkg.replace('.', '/'));
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".edl")).sorted()
                .forEach(f -> names.add(pkg + f.substring(0, f.length() - ".edl".length())));
          }
        }
      }
    }
    return names;
  }

  private static SourceFile find(SearchPath searchPath, String name, UnitKind kind) throws IOException {
    try {
      return searchPath.find(name, kind);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private List<Solution.Connection> connections(Named client, Map<String, Named> tasks,
      Map<String, ComponentLayout> classes) {
    Map<String, InitYaml.Connection> ids = new HashMap<>();
    List<Solution.Connection> result = new ArrayList<>();
    for (InitYaml.Connection c : client.entity().connections()) {
      InitYaml.Connection first = ids.putIfAbsent(c.id().key(), c);
      if (first != null) {
        diagnostics.report(EinitRule.EI0009.at(c.id().span(), "task '" + client.task() + "' already has a connection '"
                + c.id().key() + "'; a client names each of its channels once")
            .withNote("first connection '" + c.id().key() + "' here", first.id().span()));
        continue;
      }
      String target = c.target().value();
      Named server = tasks.get(target);
      if (server == null) {
        String near = Suggest.closest(target, tasks.keySet());
        diagnostics.report(EinitRule.EI0008.at(c.target().span(), "no task '" + target + "' to connect to"
            + (near != null ? "; did you mean '" + near + "'?" : "; tasks: " + String.join(", ", tasks.keySet()))));
        continue;
      }
      ComponentLayout serverClass = classes.get(server.entity().name().value());
      if (serverClass != null && serverClass.endpoints().isEmpty()) {
        diagnostics.report(EinitRule.EI0011.at(c.target().span(), "task '" + target + "' (class '"
            + serverClass.name() + "') has no endpoints: a client can call nothing over this connection"));
      }
      result.add(new Solution.Connection(c.id(), target));
    }
    result.sort(Comparator.comparing(x -> x.id().key()));
    return result;
  }
}
