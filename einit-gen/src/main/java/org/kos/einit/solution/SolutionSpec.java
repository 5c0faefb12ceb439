package org.kos.einit.solution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A solution directory as {@code solution.yaml} describes it (docs/solutions.md): the init.yaml,
 * the NK search path, a program per image path (Java sources and a main class, or a prebuilt jar)
 * and extra files. Paths are resolved against the directory.
 */
public record SolutionSpec(Path dir, Path initYaml, List<Path> nkDirs, Map<String, Program> programs,
    Map<String, Path> files) {
  public static final String FILE_NAME = "solution.yaml";
  private static final Set<String> TOP_KEYS = Set.of("init", "nk", "programs", "files");
  private static final Set<String> PROGRAM_KEYS = Set.of("main", "src", "jar");

  public SolutionSpec {
    nkDirs = List.copyOf(nkDirs);
    programs = Map.copyOf(programs);
    files = Map.copyOf(files);
  }

  /** A program: sources under {@code src} with {@code mainClass}, or a prebuilt {@code jar} (else null). */
  public record Program(String path, String mainClass, Path src, Path jar) {}

  /** Reads DIR/solution.yaml. */
  public static SolutionSpec read(Path dir) throws IOException, SolutionException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new SolutionException(dir + ": no " + FILE_NAME + " (see docs/solutions.md)");
    }
    Object root;
    try {
      root = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(Files.readString(file));
    } catch (YamlEngineException e) {
      throw new SolutionException(file + ": not YAML: " + e.getMessage());
    }
    Map<String, Object> top = mapping(file, "the file", root == null ? Map.of() : root, TOP_KEYS);
    Path init = dir.resolve(text(file, "init", top.getOrDefault("init", defaultInit(dir))));
    List<Path> nk = new ArrayList<>();
    Object nkValue = top.getOrDefault("nk", "nk");
    for (Object d : nkValue instanceof List<?> l ? l : List.of(nkValue)) {
      nk.add(dir.resolve(text(file, "nk", d)));
    }
    Map<String, Program> programs = new TreeMap<>();
    Map<String, Object> given = mapping(file, "programs", top.getOrDefault("programs", Map.of()), null);
    for (Map.Entry<String, Object> e : given.entrySet()) {
      String where = "programs." + e.getKey();
      Map<String, Object> p = mapping(file, where, e.getValue() == null ? Map.of() : e.getValue(), PROGRAM_KEYS);
      if (p.containsKey("jar")) {
        if (p.containsKey("main") || p.containsKey("src")) {
          throw new SolutionException(file + ": " + where + ": give either jar, or main (and src), not both");
        }
        programs.put(e.getKey(), new Program(e.getKey(), null, null, dir.resolve(text(file, where + ".jar", p.get("jar")))));
      } else {
        if (!p.containsKey("main")) {
          throw new SolutionException(file + ": " + where + ": needs main (the class with main(String[])) or jar");
        }
        Path src = dir.resolve(text(file, where + ".src", p.getOrDefault("src", "programs/" + e.getKey())));
        programs.put(e.getKey(), new Program(e.getKey(), text(file, where + ".main", p.get("main")), src, null));
      }
    }
    Map<String, Path> files = new TreeMap<>();
    for (Map.Entry<String, Object> e : mapping(file, "files", top.getOrDefault("files", Map.of()), null).entrySet()) {
      files.put(e.getKey(), dir.resolve(text(file, "files." + e.getKey(), e.getValue())));
    }
    return new SolutionSpec(dir, init, nk, programs, files);
  }

  private static String defaultInit(Path dir) {
    return Files.exists(dir.resolve("init.yaml.in")) && !Files.exists(dir.resolve("init.yaml")) ? "init.yaml.in" : "init.yaml";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapping(Path file, String where, Object value, Set<String> keys)
      throws SolutionException {
    if (!(value instanceof Map<?, ?> m)) {
      throw new SolutionException(file + ": " + where + " must be a mapping");
    }
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String k)) {
        throw new SolutionException(file + ": " + where + ": key " + e.getKey() + " is not text");
      }
      if (keys != null && !keys.contains(k)) {
        throw new SolutionException(file + ": " + where + ": unknown key '" + k + "' (known: "
            + String.join(", ", new TreeSet<>(keys)) + ")");
      }
      out.put(k, e.getValue());
    }
    return (Map<String, Object>) (Map<String, ?>) out;
  }

  private static String text(Path file, String where, Object value) throws SolutionException {
    if (!(value instanceof String s) || s.isEmpty()) {
      throw new SolutionException(file + ": " + where + " must be a non-empty text");
    }
    return s;
  }
}
