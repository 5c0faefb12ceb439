package org.kos.maven.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.ast.UnitKind;

/** The NK files of the source roots, as absolute paths sorted by path (so a run never depends on listing order). */
public final class SourceFiles {
  private SourceFiles() {}

  /** Roots that do not exist contribute nothing; hidden files (editor back-ups) are skipped. */
  public static List<Path> find(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root.toAbsolutePath().normalize())) {
        walk.filter(Files::isRegularFile).filter(SourceFiles::isNkFile).forEach(files::add);
      }
    }
    files.sort(null);
    return List.copyOf(files);
  }

  static boolean isNkFile(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && UnitKind.ofFileName(name) != null;
  }
}
