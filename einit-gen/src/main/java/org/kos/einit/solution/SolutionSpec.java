package org.kos.einit.solution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kos.einit.rules.EinitRule;
import org.kos.einit.yaml.Text;
import org.kos.einit.yaml.YamlTree;
import org.kos.nkc.diag.Diagnostics;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.diag.SourceSpan;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.nkc.template.Expansion;
import org.kos.romfs.ImagePaths;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A solution directory as {@code solution.yaml} describes it (docs/solutions.md): the init.yaml,
 * the NK search path, a program per image path (Java sources and a main class, or a prebuilt jar)
 * and extra files. Paths are resolved against the directory. {@code programsAt} is where the
 * programs are listed, for problems found later (a task without a program, EI0014).
 */
public record SolutionSpec(Path dir, Path initYaml, List<Path> nkDirs, Map<String, Program> programs,
    Map<String, Path> files, SourceSpan programsAt, Path policy, SdkVersion sdk) {
  public static final String FILE_NAME = "solution.yaml";
  /** The generated init program's image path. */
  public static final String EINIT = "einit";
  private static final List<String> TOP_KEYS = List.of("init", "nk", "programs", "files", "policy", "sdk", "javac");
  /** The security module's image path, as vendor images name it. */
  public static final String KSM = "ksm.module";
  private static final List<String> PROGRAM_KEYS = List.of("main", "src", "jar", "javac");

  /** {@code programs} and {@code files} keep the order solution.yaml lists them in: the image's order. */
  public SolutionSpec {
    nkDirs = List.copyOf(nkDirs);
    programs = Collections.unmodifiableMap(new LinkedHashMap<>(programs));
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    sdk = sdk == null ? SdkVersion.NEWEST : sdk;
  }

  /** The same solution with the rules of another SDK generation (--sdk wins over 'sdk:'). */
  public SolutionSpec withSdk(SdkVersion version) {
    return new SolutionSpec(dir, initYaml, nkDirs, programs, files, programsAt, policy, version);
  }

  /**
   * A program: sources under {@code src} with {@code mainClass}, or a prebuilt {@code jar} (else null);
   * the javac options of its sources; where solution.yaml names it ({@code at}), its main class
   * and its sources (the key's span when {@code src} is left out), for problems found in the build.
   */
  public record Program(String path, String mainClass, Path src, Path jar, List<String> javacOptions,
      SourceSpan at, SourceSpan mainAt, SourceSpan srcAt) {
    public Program {
      javacOptions = List.copyOf(javacOptions);
    }

    /** A program with the default javac options, not read from a file. */
    public Program(String path, String mainClass, Path src, Path jar) {
      this(path, mainClass, src, jar, JavacOptions.DEFAULTS, null, null, null);
    }
  }

  /**
   * Reads DIR/solution.yaml, reporting every problem with its position; empty when it has errors.
   *
   * @throws SolutionException when there is no solution.yaml
   * @throws IOException when it cannot be read
   */
  public static Optional<SolutionSpec> read(Path dir, Diagnostics diagnostics) throws IOException, SolutionException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new SolutionException(dir + ": no " + FILE_NAME + " (see docs/solutions.md)");
    }
    Diagnostics own = new Diagnostics();
    SolutionSpec spec = new Reader(dir, new YamlTree(Expansion.identity(SourceFile.read(file)), own, EinitRule.EI0012)).read();
    own.all().forEach(diagnostics::report);
    return own.hasErrors() || spec == null ? Optional.empty() : Optional.of(spec);
  }

  /** Walks solution.yaml's node tree; every problem is reported, the first of a kind does not stop it. */
  private static final class Reader {
    private final Path dir;
    private final YamlTree yaml;
    /** The solution's own javac options, under every program's. */
    private JavacOptions javac = JavacOptions.NONE;

    Reader(Path dir, YamlTree yaml) {
      this.dir = dir;
      this.yaml = yaml;
    }

    SolutionSpec read() {
      Optional<Node> root = yaml.root();
      if (root.isEmpty()) {
        return null;
      }
      if (YamlTree.isNull(root.get())) {
        yaml.report(EinitRule.EI0005, yaml.start(), "the file is empty: a solution.yaml lists its programs under 'programs:'");
        return null;
      }
      Map<String, NodeTuple> top = yaml.mapping(root.get(), TOP_KEYS, "the top level of a solution.yaml");
      if (top == null) {
        return null;
      }
      javac = JavacOptions.read(yaml, top.get("javac"), "the solution");
      Path init = initYaml(top.get("init"));
      List<Path> nk = nkDirs(top.get("nk"));
      NodeTuple programsKey = top.get("programs");
      SourceSpan programsAt = programsKey != null ? yaml.span(programsKey.getKeyNode()) : yaml.firstKeySpan(root.get());
      Map<String, Program> programs = programs(programsKey);
      Map<String, Path> files = files(top.get("files"), programs.keySet());
      Path policy = policy(top.get("policy"));
      SdkVersion sdk = sdk(top.get("sdk"));
      return new SolutionSpec(dir, init, nk, programs, files, programsAt, policy, sdk);
    }

    /** 'sdk: 1.1' (or a full vendor version, 1.1.1.13); the newest when not given. */
    private SdkVersion sdk(NodeTuple entry) {
      if (entry == null) {
        return SdkVersion.NEWEST;
      }
      Text t = yaml.valueOf(entry, "sdk", "'sdk' has no value: give an SDK version (" + SdkVersion.known()
          + ") or leave it out for the newest");
      if (t == null) {
        return null;
      }
      Optional<SdkVersion> v = SdkVersion.parse(t.value());
      if (v.isEmpty()) {
        yaml.report(EinitRule.EI0020, t.span(), "unknown SDK version '" + t.value() + "'; known: "
            + SdkVersion.known() + " (docs/sdk-versions.md)");
        return null;
      }
      return v.get();
    }

    /** The security policy: 'policy:', else security.psl or security.psl.in when the directory has one, else none. */
    private Path policy(NodeTuple entry) {
      if (entry == null) {
        for (String name : List.of("security.psl", "security.psl.in")) {
          if (Files.isRegularFile(dir.resolve(name))) {
            return dir.resolve(name);
          }
        }
        return null;
      }
      Text t = yaml.valueOf(entry, "policy", "'policy' has no value: give the top-level policy file (security.psl)");
      return t == null ? null : existing(t, "policy", Files::isRegularFile);
    }

    private Path initYaml(NodeTuple entry) {
      if (entry == null) {
        String name = Files.exists(dir.resolve("init.yaml.in")) && !Files.exists(dir.resolve("init.yaml")) ? "init.yaml.in" : "init.yaml";
        if (!Files.isRegularFile(dir.resolve(name))) {
          yaml.report(EinitRule.EI0013, yaml.start(), "no init.yaml in the solution directory: add one, or name it with 'init:'");
        }
        return dir.resolve(name);
      }
      Text t = yaml.valueOf(entry, "init", "'init' has no value: leave it out for init.yaml");
      return t == null ? null : existing(t, "init.yaml", Files::isRegularFile);
    }

    private List<Path> nkDirs(NodeTuple entry) {
      List<Path> nk = new ArrayList<>();
      if (entry == null) {
        nk.add(dir.resolve("nk"));
        return nk;
      }
      Node v = entry.getValueNode();
      for (Node item : v instanceof SequenceNode ? yaml.sequence(v, "'nk'") : List.of(v)) {
        Text t = YamlTree.isNull(item) ? null : yaml.text(item, "'nk'");
        Path d = t == null ? null : existing(t, "NK directory", Files::isDirectory);
        if (d != null) {
          nk.add(d);
        } else if (t != null) {
          continue;
        } else if (YamlTree.isNull(item)) {
          yaml.report(EinitRule.EI0005, yaml.span(entry.getKeyNode()), "'nk' has no value: leave it out for nk");
        }
      }
      return nk;
    }

    private Map<String, Program> programs(NodeTuple entry) {
      Map<String, Program> programs = new LinkedHashMap<>();
      if (entry == null || YamlTree.isNull(entry.getValueNode())) {
        return programs;
      }
      Map<String, NodeTuple> given = yaml.mapping(entry.getValueNode(), null, "'programs' (image path: program)");
      if (given == null) {
        return programs;
      }
      for (NodeTuple t : given.values()) {
        String path = YamlTree.keyOf(t);
        if (!validImagePath(path, t)) {
          continue;
        }
        if (path.equals(EINIT)) {
          yaml.report(EinitRule.EI0015, yaml.span(t.getKeyNode()), "'einit' is the generated init program's path: give the program another");
          continue;
        }
        Program p = program(path, t);
        if (p != null) {
          programs.put(path, p);
        }
      }
      return programs;
    }

    private Program program(String path, NodeTuple entry) {
      SourceSpan at = yaml.span(entry.getKeyNode());
      String what = "program '" + path + "'";
      if (YamlTree.isNull(entry.getValueNode())) {
        yaml.report(EinitRule.EI0005, at, what + " needs 'main' (the class with main(String[])) or 'jar'");
        return null;
      }
      Map<String, NodeTuple> keys = yaml.mapping(entry.getValueNode(), PROGRAM_KEYS, what);
      if (keys == null) {
        return null;
      }
      if (keys.containsKey("jar")) {
        if (keys.containsKey("main") || keys.containsKey("src") || keys.containsKey("javac")) {
          NodeTuple other = keys.containsKey("main") ? keys.get("main") : keys.containsKey("src") ? keys.get("src")
              : keys.get("javac");
          yaml.report(EinitRule.EI0015.at(yaml.span(other.getKeyNode()), what + " gives both a jar and '"
              + YamlTree.keyOf(other) + "': a prebuilt jar has its own main class and classes; keep one")
              .withNote("the jar is given here", yaml.span(keys.get("jar").getKeyNode())));
          return null;
        }
        Text jar = yaml.valueOf(keys.get("jar"), "jar", "'jar' has no value: give the jar's file");
        Path file = jar == null ? null : existing(jar, "jar", Files::isRegularFile);
        return file == null ? null : new Program(path, null, null, file, List.of(), at, null, null);
      }
      Text main = yaml.required(keys, "main", at, what + " needs 'main' (the class with main(String[])) or 'jar'");
      List<String> options = JavacOptions.read(yaml, keys.get("javac"), what).forProgram(javac);
      Path src;
      Optional<Text> srcText = yaml.optionalText(keys.get("src"));
      SourceSpan srcAt = srcText.map(Text::span).orElse(at);
      if (srcText.isPresent()) {
        src = existing(srcText.get(), "source directory", Files::isDirectory);
      } else if (keys.containsKey("src")) {
        return null;
      } else {
        src = dir.resolve("programs").resolve(path);
        if (!Files.isDirectory(src)) {
          yaml.report(EinitRule.EI0013, at, what + " has no sources: no directory programs/" + path
              + " (give its directory with 'src:')");
          src = null;
        }
      }
      return main == null || src == null ? null
          : new Program(path, main.value(), src, null, options, at, main.span(), srcAt);
    }

    private Map<String, Path> files(NodeTuple entry, Set<String> programs) {
      Map<String, Path> files = new LinkedHashMap<>();
      if (entry == null || YamlTree.isNull(entry.getValueNode())) {
        return files;
      }
      Map<String, NodeTuple> given = yaml.mapping(entry.getValueNode(), null, "'files' (image path: file)");
      if (given == null) {
        return files;
      }
      for (NodeTuple t : given.values()) {
        String path = YamlTree.keyOf(t);
        if (!validImagePath(path, t)) {
          continue;
        }
        if (path.equals(EINIT) || path.equals(KSM) || programs.contains(path)) {
          yaml.report(EinitRule.EI0015, yaml.span(t.getKeyNode()), "'" + path + "' is "
              + (path.equals(EINIT) ? "the generated init program's path" : path.equals(KSM)
              ? "the security module's path (from 'policy:')" : "a program's path") + ": give the file another");
          continue;
        }
        Text f = yaml.valueOf(t, path, "'" + path + "' has no value: give the file in the solution to put there");
        Path file = f == null ? null : existing(f, "file", Files::isRegularFile);
        if (file != null) {
          files.put(path, file);
        }
      }
      return files;
    }

    /**
     * Whether {@code path} (a key of 'programs' or 'files') is a path an image may hold: relative,
     * without '.', '..' or empty segments, control characters or NUL (what the image readers and
     * the kernel accept), else reported. Reported here, the build never writes an image its own
     * readers would refuse.
     */
    private boolean validImagePath(String path, NodeTuple entry) {
      String bad = path.isEmpty() ? "the image path is empty" : ImagePaths.problem(path);
      for (int i = 0; i < path.length() && bad == null; i++) {
        if (Character.isISOControl(path.charAt(i))) {
          bad = "path contains a control character (U+" + String.format("%04X", (int) path.charAt(i)) + ")";
        }
      }
      if (bad == null) {
        return true;
      }
      yaml.report(EinitRule.EI0016, yaml.span(entry.getKeyNode()),
          "not an image path: " + bad.replaceAll("\\p{Cntrl}", "?") + "; image paths are relative, like bin/app");
      return false;
    }

    /** {@code text} resolved against the solution directory, or null after reporting it missing. */
    private Path existing(Text text, String what, Predicate<Path> exists) {
      Path p = dir.resolve(text.value());
      if (!exists.test(p)) {
        yaml.report(EinitRule.EI0013, text.span(), "no " + what + " '" + text.value() + "' in the solution directory");
        return null;
      }
      return p;
    }
  }
}
