package org.kos.nkc.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kos.nkc.diag.SourceFile;

/** A directory given with {@code -I} (or inferred from an input's package name). */
public record DirectoryRoot(Path dir) implements SourceRoot {
  @Override
  public SourceFile open(String relativePath) throws IOException {
    Path file = dir.resolve(relativePath);
    return Files.isRegularFile(file) ? SourceFile.read(file) : null;
  }

  @Override
  public String describe() {
    return dir.toString().isEmpty() ? "." : dir.toString();
  }
}
