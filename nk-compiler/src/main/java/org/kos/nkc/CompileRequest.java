package org.kos.nkc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.sdk.SdkVersion;
import org.kos.nkc.source.DirectoryRoot;
import org.kos.nkc.source.SourceRoot;

/**
 * What to compile: input files, the include roots searched for imports and references (in
 * order; empty means "infer from each input's package name"), whether the bundled SDK root is
 * searched last, whether to stop after parsing, and the SDK generation whose rules apply
 * (docs/sdk-versions.md).
 */
public record CompileRequest(List<Input> inputs, List<SourceRoot> includeRoots, boolean bundledSdk,
    boolean syntaxOnly, SdkVersion sdk) {
  public CompileRequest {
    inputs = List.copyOf(inputs);
    includeRoots = List.copyOf(includeRoots);
    sdk = sdk == null ? SdkVersion.NEWEST : sdk;
  }

  /** The newest SDK's rules. */
  public CompileRequest(List<Input> inputs, List<SourceRoot> includeRoots, boolean bundledSdk, boolean syntaxOnly) {
    this(inputs, includeRoots, bundledSdk, syntaxOnly, SdkVersion.NEWEST);
  }

  /** A file to compile: read from {@code path}, or given as {@code source} (path may then be null). */
  public record Input(Path path, SourceFile source) {
    public static Input of(Path path) {
      return new Input(path, null);
    }

    public static Input of(SourceFile source) {
      return new Input(null, source);
    }
  }

  /** Files on disk, {@code -I} directories, bundled SDK on, full check. */
  public static CompileRequest of(List<Path> files, List<Path> includeDirs) {
    List<Input> in = new ArrayList<>();
    files.forEach(f -> in.add(Input.of(f)));
    List<SourceRoot> roots = new ArrayList<>();
    includeDirs.forEach(d -> roots.add(new DirectoryRoot(d)));
    return new CompileRequest(in, roots, true, false);
  }

  public CompileRequest withSyntaxOnly(boolean only) {
    return new CompileRequest(inputs, includeRoots, bundledSdk, only, sdk);
  }

  public CompileRequest withSdk(SdkVersion version) {
    return new CompileRequest(inputs, includeRoots, bundledSdk, syntaxOnly, version);
  }
}
