package org.kos.nkc.javagen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.io.AtomicFiles;

/**
 * Writing generated sources: each file atomically (a temporary file in its directory moved into
 * place), and only when its content changed, so an incremental build sees untouched modification
 * times; and the make-style dependency file ({@code outputs: inputs}, as the vendor's
 * {@code .nk.d}).
 */
public final class GeneratedSources {
  private GeneratedSources() {}

  /** Writes {@code files} under {@code outDir}; returns those written (the others were unchanged). */
  public static List<GeneratedFile> write(Path outDir, List<GeneratedFile> files) throws IOException {
    List<GeneratedFile> written = new ArrayList<>();
    for (GeneratedFile f : files) {
      if (AtomicFiles.writeIfChanged(outDir.resolve(f.path()), f.content())) {
        written.add(f);
      }
    }
    return written;
  }

  /**
   * One make rule per generated file, {@code outDir/path: input...}, paths with '/' separators and
   * spaces escaped as make reads them; sorted as {@code files} are.
   */
  public static String renderDeps(Path outDir, List<GeneratedFile> files) {
    StringBuilder b = new StringBuilder();
    for (GeneratedFile f : files) {
      b.append(escape(outDir.resolve(f.path()))).append(':');
      for (Path in : f.sources()) {
        b.append(' ').append(escape(in));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String escape(Path p) {
    return p.toString().replace('\\', '/').replace(" ", "\\ ");
  }
}
