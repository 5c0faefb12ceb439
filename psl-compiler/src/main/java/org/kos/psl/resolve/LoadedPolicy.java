package org.kos.psl.resolve;

import java.util.List;
import org.kos.psl.ast.Decl;
import org.kos.psl.ast.PslFile;

/**
 * A top-level policy with every fragment it includes, each file once, in include order: the root,
 * then each fragment where it is first used (depth first). {@code includedBy} gives, for each
 * file after the root, the {@code use} that first brought it in.
 */
public record LoadedPolicy(PslFile root, List<PslFile> files, List<Decl.Use> includedBy) {
  public LoadedPolicy {
    files = List.copyOf(files);
    includedBy = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(includedBy));
  }

  /** Whether the file was reached through the SDK (a bundled model file, nonsecurity). */
  public boolean isSdk(PslFile file) {
    return file.source().sdk();
  }
}
