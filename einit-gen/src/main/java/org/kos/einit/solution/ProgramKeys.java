package org.kos.einit.solution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kos.einit.cache.Hashes;

/**
 * The key of a program's own inputs: the build's options (tool version and solution.yaml), the program's image path, main class and
 * source root, and each source file's path (relative to the root) and bytes. What it compiles
 * against (the stub classes javac read) is checked separately, by the build directory.
 */
final class ProgramKeys {
  private ProgramKeys() {}

  static String sources(String options, SolutionSpec.Program p, List<Path> files) throws IOException {
    Hashes h = new Hashes().add("program sources").add(options).add(p.path()).add(p.mainClass())
        .add(Integer.toString(files.size()));
    for (Path f : files) {
      h.add(p.src().relativize(f).toString()).add(Files.readAllBytes(f));
    }
    return h.hex();
  }
}
