package org.kos.nkc.source;

import java.util.Map;
import java.util.TreeMap;
import org.kos.nkc.diag.SourceFile;

/** Files held in memory (tests, editors with unsaved buffers): relative path to text. */
public final class MemoryRoot implements SourceRoot {
  private final String name;
  private final Map<String, String> files;

  public MemoryRoot(String name, Map<String, String> files) {
    this.name = name;
    this.files = new TreeMap<>(files);
  }

  @Override
  public SourceFile open(String relativePath) {
    String text = files.get(relativePath);
    return text == null ? null : new SourceFile(relativePath, text);
  }

  @Override
  public String describe() {
    return name;
  }
}
