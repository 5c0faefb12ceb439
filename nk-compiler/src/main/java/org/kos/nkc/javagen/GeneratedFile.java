package org.kos.nkc.javagen;

import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One generated source: {@code path} is '/'-separated and relative to the output root (e.g.
 * {@code echo/IPingProxy.java}); {@code sources} are the input files its content depends on (the
 * declaring file and every file it reaches through imports, instances and endpoints), for
 * incremental builds and the dependency file.
 */
public record GeneratedFile(String path, String content, SortedSet<Path> sources) {
  public GeneratedFile {
    sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
  }
}
