package org.kos.psl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.diag.SourceFile;

/**
 * Where {@code use a.b._} finds {@code a/b.psl} (or the template {@code a/b.psl.in}): the {@code -I}
 * directories in order, then the policy files bundled with kos (resources under
 * {@code org/kos/psl/sdk/}, shown as {@code <sdk>/nk/base.psl}). The standard models' files
 * ({@code nk/*.psl}) and {@code nonsecurity.psl} are always the bundled ones, even when a vendor SDK
 * directory on the path has its own: they declare the models our engine implements, while the
 * vendor's describe its C implementation (docs/psl.md, "Standard models").
 */
public final class PslSearchPath {
  private static final String PREFIX = "org/kos/psl/sdk/";

  private final List<Path> dirs;

  public PslSearchPath(List<Path> dirs) {
    this.dirs = List.copyOf(dirs);
  }

  /**
   * A policy file found on the path: its identity (for include-once), where it is (a file, or a
   * bundled resource when {@code path} is null), and whether it is bundled. Not read yet: a file
   * included by many policies is read once.
   */
  public record Found(String key, Path path, boolean sdk) {
    public SourceFile read() throws IOException {
      if (path != null) {
        return SourceFile.read(path);
      }
      try (InputStream in = PslSearchPath.class.getClassLoader().getResourceAsStream(PREFIX + key.substring(6))) {
        if (in == null) {
          throw new IOException(key + ": bundled file missing");
        }
        return SourceFile.decode(key, in.readAllBytes());
      }
    }
  }

  /** The relative path of a fragment name: {@code a.b} is {@code a/b.psl}. */
  public static String relativePath(String fragment) {
    return fragment.replace('.', '/') + ".psl";
  }

  /** Whether the bundled copy of a fragment wins over the search path's. */
  public static boolean bundledFirst(String fragment) {
    return fragment.startsWith("nk.") || fragment.equals("nonsecurity");
  }

  /** The fragment's file, or null when no directory has it. */
  public Found find(String fragment) {
    String rel = relativePath(fragment);
    if (bundledFirst(fragment)) {
      Found f = bundled(rel);
      if (f != null) {
        return f;
      }
    }
    for (Path dir : dirs) {
      for (String name : new String[] {rel, rel + ".in"}) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
          return new Found(file.toAbsolutePath().normalize().toString(), file, false);
        }
      }
    }
    return bundled(rel);
  }

  private static Found bundled(String rel) {
    return BUNDLED.computeIfAbsent(rel, r -> PslSearchPath.class.getClassLoader().getResource(PREFIX + r) == null
        ? MISSING : new Found("<sdk>/" + r, null, true)) == MISSING ? null : BUNDLED.get(rel);
  }

  /** Bundled files by relative path (MISSING when there is none): resources do not change during a run. */
  private static final java.util.Map<String, Found> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Found MISSING = new Found("", null, true);

  /** "dir1, dir2, <sdk>" for "looked in" notes. */
  public String describe() {
    List<String> names = new ArrayList<>();
    dirs.forEach(d -> names.add(d.toString().isEmpty() ? "." : d.toString()));
    names.add("<sdk>");
    return String.join(", ", names);
  }
}
