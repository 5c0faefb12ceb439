package org.kos.romfs.source;

import java.util.List;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.PathPattern;

/** Exclusion patterns ({@code -x}): an entry is left out when it or any directory above it matches. */
public final class Exclusions {
  public static final Exclusions NONE = new Exclusions(List.of());

  private final List<PathPattern> patterns;

  public Exclusions(List<PathPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public boolean excludes(String path) {
    if (patterns.isEmpty()) {
      return false;
    }
    for (String p = path; !p.isEmpty(); p = ImagePaths.parent(p)) {
      for (PathPattern pattern : patterns) {
        if (pattern.matches(p)) {
          return true;
        }
      }
    }
    return false;
  }
}
