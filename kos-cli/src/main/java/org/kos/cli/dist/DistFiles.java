package org.kos.cli.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kos.cli.Kos;
import org.kos.io.AtomicFiles;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the generated files of the distribution under DIR: {@code completion/kos.bash} (picocli's
 * {@code AutoComplete}; the same script serves zsh through bashcompinit) and
 * {@code man/man1/*.1} ({@link ManPages}). Run at {@code package} time: {@code DistFiles DIR VERSION}.
 */
public final class DistFiles {
  private DistFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DistFiles DIR VERSION");
    }
    write(Path.of(args[0]), args[1]);
  }

  static void write(Path dir, String version) throws IOException {
    CommandLine kos = Kos.commandLine();
    Path completion = dir.resolve("completion/kos.bash");
    Files.createDirectories(completion.getParent());
    AtomicFiles.write(completion, AutoComplete.bash("kos", kos));
    Path man = dir.resolve("man/man1");
    Files.createDirectories(man);
    for (Map.Entry<String, String> page : new ManPages(version).pages(kos).entrySet()) {
      AtomicFiles.write(man.resolve(page.getKey()), page.getValue());
    }
  }
}
