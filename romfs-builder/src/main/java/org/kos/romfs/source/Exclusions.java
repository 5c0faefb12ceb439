package org.kos.romfs.source;

import java.util.List;
import org.kos.romfs.ImagePaths;
import org.kos.romfs.PathPattern;

/** Exclusion patterns ({@code -x}): an entry is left out when it or any directory above it matches. */
public final class Exclusions {
  public static final Exclusions NONE = new Exclusions(List.of());

  private final List<PathPattern> patterns;
  /** The image path of the output being built, when it lies in the tree scanned; else null. */
  private final String output;

  public Exclusions(List<PathPattern> patterns) {
    this(patterns, null);
  }

  private Exclusions(List<PathPattern> patterns, String output) {
    this.patterns = List.copyOf(patterns);
    this.output = output;
  }

  /**
   * These exclusions, and also the image being written at {@code imagePath} of the tree with its
   * temporary files ({@code .<name>.kos-tmp-*}): a build never packs its own output.
   */
  public Exclusions withOutput(String imagePath) {
    return new Exclusions(patterns, imagePath);
  }

  /** The image path of the output left out of the tree, or null. */
  public String output() {
    return output;
  }

  public boolean excludes(String path) {
    if (output != null && isOutput(path)) {
      return true;
    }
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

  private boolean isOutput(String path) {
    if (path.equals(output)) {
      return true;
    }
    String name = ImagePaths.baseName(path);
    return name.startsWith(".") && name.contains(org.kos.io.AtomicFiles.TEMP_MARK)
        && ImagePaths.parent(path).equals(ImagePaths.parent(output))
        && name.startsWith("." + truncated(ImagePaths.baseName(output)));
  }

  private static String truncated(String name) {
    return name.length() > 100 ? name.substring(0, 100) : name;
  }
}
