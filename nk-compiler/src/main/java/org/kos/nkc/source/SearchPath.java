package org.kos.nkc.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.kos.nkc.ast.UnitKind;
import org.kos.nkc.diag.SourceFile;

/** The ordered include roots: package {@code a.b.C} of kind k is {@code a/b/C.<k>} in the first root having it. */
public final class SearchPath {
  private final List<SourceRoot> roots;

  public SearchPath(List<SourceRoot> roots) {
    this.roots = List.copyOf(roots);
  }

  public List<SourceRoot> roots() {
    return roots;
  }

  /** The relative file path of a qualified name: {@code a.b.C} → {@code a/b/C.idl}. */
  public static String relativePath(String qualifiedName, UnitKind kind) {
    return qualifiedName.replace('.', '/') + "." + kind.extension;
  }

  /** The file for a name, or null; read failures are unchecked so lookups stay simple in the resolver. */
  public SourceFile find(String qualifiedName, UnitKind kind) {
    String rel = relativePath(qualifiedName, kind);
    for (SourceRoot root : roots) {
      try {
        SourceFile f = root.open(rel);
        if (f != null) {
          return f;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  /** "testdata/nk, <sdk>" for "looked in" notes. */
  public String describe() {
    return roots.stream().map(SourceRoot::describe).collect(Collectors.joining(", "));
  }
}
