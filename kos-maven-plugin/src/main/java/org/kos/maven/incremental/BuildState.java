package org.kos.maven.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kos.io.AtomicFiles;

/**
 * What the last successful run read and wrote, kept in a small text file under {@code target/}:
 *
 * <pre>
 * kos-maven-plugin state 1
 * configuration &lt;hash of options, roots, generator code&gt;
 * input &lt;hash&gt; &lt;absolute path&gt;
 * lookup &lt;root index&gt; &lt;hash or -&gt; &lt;relative path&gt;
 * output &lt;hash&gt; &lt;path relative to the output directory&gt;
 * </pre>
 *
 * Fields are tab-separated, the path last, so paths may hold spaces.
 */
public record BuildState(String configuration, SortedMap<Path, String> inputs, List<Lookup> lookups,
    SortedMap<String, String> outputs) {
  private static final String HEADER = "kos-maven-plugin state 1";

  public BuildState {
    inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    lookups = List.copyOf(lookups);
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
  }

  /** One file looked up in the directory root at {@code root} (its index among the search path's directory roots). */
  public record Lookup(int root, String relativePath, String hash) {}

  /** The state in {@code file}, or null when there is none or it is not one this version wrote. */
  public static BuildState read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return null;
    }
    String configuration = null;
    SortedMap<Path, String> inputs = new TreeMap<>();
    List<Lookup> lookups = new ArrayList<>();
    SortedMap<String, String> outputs = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", 4);
      switch (f[0]) {
        case "configuration" -> configuration = f.length == 2 ? f[1] : null;
        case "input" -> {
          if (f.length != 3) {
            return null;
          }
          inputs.put(Path.of(f[2]), f[1]);
        }
        case "lookup" -> {
          if (f.length != 4) {
            return null;
          }
          try {
            lookups.add(new Lookup(Integer.parseInt(f[1]), f[3], f[2]));
          } catch (NumberFormatException e) {
            return null;
          }
        }
        case "output" -> {
          if (f.length != 3) {
            return null;
          }
          outputs.put(f[2], f[1]);
        }
        default -> {
          return null;
        }
      }
    }
    return configuration == null ? null : new BuildState(configuration, inputs, lookups, outputs);
  }

  public void write(Path file) throws IOException {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append("configuration\t").append(configuration).append('\n');
    inputs.forEach((path, hash) -> out.append("input\t").append(hash).append('\t').append(path).append('\n'));
    for (Lookup l : lookups) {
      out.append("lookup\t").append(l.root()).append('\t').append(l.hash()).append('\t').append(l.relativePath()).append('\n');
    }
    outputs.forEach((path, hash) -> out.append("output\t").append(hash).append('\t').append(path).append('\n'));
    AtomicFiles.write(file, out.toString());
  }
}
